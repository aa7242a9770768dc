package io.github.logbuch.output;

import io.github.logbuch.cache.KeyDigest;
import io.github.logbuch.content.Document;
import io.github.logbuch.markdown.Figure;
import io.github.logbuch.markdown.RenderedMarkdown;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.theme.view.PostView;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the previous build of a session rendered, so the next renders only what changed: every
 * output file with the key it was made from, and every document's HTML with the links it resolved.
 * A key is the data a file is made of (a page's view records, a file's stamp); equal data makes an
 * equal file, so an equal key means the file on disk is still right.
 */
public final class RenderMemory {
    /**
     * A document's rendered body and what it depended on besides its own text.
     *
     * @param document what it was rendered from; null for a body kept by an earlier JVM, known by
     *     its digest only
     * @param digest the document's {@link KeyDigest} (with the templates, messages, configuration
     *     and code), or null when the build keeps nothing for the next
     * @param links every relative destination it resolved, with the result
     * @param figures every image destination it asked for, with the photo it got
     * @param refs every ref and relref shortcode it resolved, with the URL it got
     * @param theme the theme whose templates or UI strings made part of it, or null if none did
     * @param warnings the problems its links had, reported again when it is reused
     * @param errors the same for problems that fail the build (an unknown shortcode)
     */
    record Markdown(
            Document document,
            String digest,
            RenderedMarkdown rendered,
            Map<String, Optional<String>> links,
            Map<String, Optional<Figure>> figures,
            List<EntryShortcodes.RefUse> refs,
            Object theme,
            Set<Path> placed,
            List<Problem> warnings,
            List<Problem> errors) {}

    final Map<Path, Markdown> markdown = new ConcurrentHashMap<>();
    final Map<String, Object> outputs = new ConcurrentHashMap<>();

    /** The search index's analysis of each document, for the documents that did not change. */
    final io.github.logbuch.search.SearchCache search = new io.github.logbuch.search.SearchCache();

    /**
     * How documents are digested for a {@link BodyStore}, or null when the build keeps nothing for
     * the next.
     */
    KeyDigest digests;

    /** The documents whose bodies the last build rendered (the others it took from here). */
    List<Path> rendered = List.of();

    /** The documents whose bodies the last build rendered, not taking them from this memory. */
    public List<Path> rendered() {
        return rendered;
    }

    /** How many documents' bodies it holds. */
    public int bodies() {
        return markdown.size();
    }

    /** Sets how this session's next build digests documents for a {@link BodyStore}, or null. */
    public void digestWith(KeyDigest digests) {
        this.digests = digests;
    }

    /** The previous build's post views (see {@link Views#created()}). */
    Map<String, PostView> postViews = Map.of();

    /** The previous build's feed entries, by the post view they were made from. */
    Map<PostView, PostView> feedEntries = new IdentityHashMap<>();

    /**
     * Forgets what the outputs were made from, so everything is rendered again (the theme changed);
     * the files stay known, so those the next build does not make are deleted (a search index file
     * or a stylesheet named by its content).
     */
    public void forgetOutputs() {
        outputs.replaceAll((file, key) -> FORGOTTEN);
    }

    /** Forgets the outputs and their files: they were written into a staging folder, now gone. */
    public void clearOutputs() {
        outputs.clear();
    }

    /** A key no file is made from. */
    private static final Object FORGOTTEN = new Object();
}
