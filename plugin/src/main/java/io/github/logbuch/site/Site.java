package io.github.logbuch.site;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled blog: every post and page at its URL, and what each language lists.
 *
 * @param posts newest first
 * @param pages in navigation order (weight, then title)
 * @param listings per language: the posts its home, archive and tag pages show, newest first; a
 *     post missing in that language is represented by its primary version
 * @param tags per language, by slug
 * @param groupsBySource every Markdown file's group
 * @param entriesBySource every Markdown file's entry
 * @param groupsByFolder every bundle folder's group, so links to a folder find their post
 * @param resources every bundle file published as it is, and its site path
 * @param photoFolders every photo to process, and the site folder its sizes are published in
 */
public record Site(
        BlogConfig config,
        List<Group> posts,
        List<Group> pages,
        Map<Language, List<Entry>> listings,
        Map<Language, List<Tag>> tags,
        Map<Path, Group> groupsBySource,
        Map<Path, Entry> entriesBySource,
        Map<Path, Group> groupsByFolder,
        Map<Path, String> resources,
        Map<Path, String> photoFolders) {

    public List<Language> languages() {
        return config.languages();
    }

    public Group groupOf(Entry entry) {
        return groupsBySource.get(entry.document().source());
    }

    /** The version of a post or page a reader of {@code language} should get. */
    public Optional<Entry> entryFor(Group group, Language language) {
        Optional<Entry> own = group.in(language);
        return own.isPresent() ? own : Optional.of(group.primary());
    }
}
