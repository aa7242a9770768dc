package io.github.logbuch.output;

import io.github.logbuch.content.PhotoRef;
import io.github.logbuch.images.Photo;
import io.github.logbuch.markdown.Figure;
import io.github.logbuch.markdown.ImageResolver;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Site;
import io.github.logbuch.site.SiteLinks;
import io.github.logbuch.theme.view.PhotoView;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The photos one document shows inline, as figures; remembers which, so the gallery at its end
 * shows the others.
 */
final class EntryImages implements ImageResolver {
    private final Site site;
    private final Entry entry;
    private final SiteLinks links;
    private final Map<Path, Photo> photos;
    private final PhotoViews views;
    private final Set<Path> placed = new LinkedHashSet<>();

    EntryImages(
            Site site, Entry entry, SiteLinks links, Map<Path, Photo> photos, PhotoViews views) {
        this.site = site;
        this.entry = entry;
        this.links = links;
        this.photos = photos;
        this.views = views;
    }

    @Override
    public Optional<Figure> figure(String destination, int line) {
        Optional<Path> target = links.target(destination);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Photo photo = photos.get(target.get());
        String folder = site.photoFolders().get(target.get());
        if (photo == null || folder == null) {
            return Optional.empty();
        }
        placed.add(target.get());
        return Optional.of(views.figure(photo, folder, caption(entry, photo)));
    }

    /** A photo of the site as a template shows it, e.g. for the {@code figure} shortcode. */
    Optional<PhotoView> view(String destination) {
        Optional<Path> target = links.target(destination);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Photo photo = photos.get(target.get());
        String folder = site.photoFolders().get(target.get());
        if (photo == null || folder == null) {
            return Optional.empty();
        }
        return Optional.of(views.view(photo, folder, caption(entry, photo), null));
    }

    /** The photos placed inline, in the order the text shows them. */
    Set<Path> placed() {
        return placed;
    }

    /** A photo's caption in a document: its front matter's, else the photo's own. */
    static String caption(Entry entry, Photo photo) {
        Path bundle = entry.document().bundle().dir();
        for (PhotoRef ref : entry.document().photos()) {
            if (ref.caption() != null
                    && bundle.resolve(ref.file()).normalize().equals(photo.source())) {
                return ref.caption().strip();
            }
        }
        return photo.metadata().caption(entry.language().locale().getLanguage()).orElse(null);
    }
}
