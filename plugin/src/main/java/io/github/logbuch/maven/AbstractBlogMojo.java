package io.github.logbuch.maven;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.ConfigException;
import io.github.logbuch.config.PhotoSettings;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that builds the blog shares, and their mapping onto the core's {@link
 * BlogConfig}; a bad value fails naming its POM element and its property.
 */
abstract class AbstractBlogMojo extends AbstractMojo {

    /** The blog's sources: {@code content/}, {@code static/}, {@code templates/}, {@code i18n/}. */
    @Parameter(
            property = "blog.sourceDirectory",
            defaultValue = "${project.basedir}/src/main/blog",
            required = true)
    File sourceDirectory;

    /** Where the site is written. A successful build replaces it whole; a failed one leaves it. */
    @Parameter(
            property = "blog.outputDirectory",
            defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    File outputDirectory;

    /**
     * The absolute URL the blog is published at, e.g. {@code https://blog.example.org/}. Feeds, the
     * sitemap and canonical links need it.
     */
    @Parameter(property = "blog.baseUrl")
    String baseUrl;

    /** The blog's languages as a comma list; the first is the default, served at the root. */
    @Parameter(property = "blog.languages", defaultValue = "en")
    String languages;

    /** Build posts marked {@code draft: true} too. */
    @Parameter(property = "blog.drafts", defaultValue = "false")
    boolean drafts;

    /** Build posts dated in the future too. */
    @Parameter(property = "blog.future", defaultValue = "false")
    boolean future;

    /**
     * Processed photos are kept here between builds; outside {@code target/}, so {@code mvn clean}
     * keeps it.
     */
    @Parameter(property = "blog.cacheDirectory", defaultValue = "${project.basedir}/.logbuch-cache")
    File cacheDirectory;

    /** Skip building the blog. */
    @Parameter(property = "blog.skip", defaultValue = "false")
    boolean skip;

    /** The blog's title. */
    @Parameter(property = "blog.title", defaultValue = "${project.name}")
    String title;

    /** A sentence about the blog, for the home page's description and the feeds. */
    @Parameter(property = "blog.description", defaultValue = "${project.description}")
    String description;

    /** The author's name, for feeds and page metadata. */
    @Parameter(property = "blog.author")
    String author;

    /** The time zone that dates without one are read in, e.g. {@code Europe/Berlin}. */
    @Parameter(property = "blog.timeZone", defaultValue = "UTC")
    String timeZone;

    /** How many posts a page of the home, tag and archive lists shows. */
    @Parameter(property = "blog.postsPerPage", defaultValue = "10")
    int postsPerPage;

    /** How many posts each language's feed carries. */
    @Parameter(property = "blog.feedLimit", defaultValue = "20")
    int feedLimit;

    /**
     * List a post written in one language only on the other languages' pages too, marked with its
     * language.
     */
    @Parameter(property = "blog.listOtherLanguages", defaultValue = "true")
    boolean listOtherLanguages;

    /** The widths photos are made in, as a comma list; a photo is never scaled up. */
    @Parameter(property = "blog.photoWidths", defaultValue = "480,960,1600,2400")
    String photoWidths;

    /** The side of the square thumbnails of galleries, in pixels. */
    @Parameter(property = "blog.thumbnailSize", defaultValue = "400")
    int thumbnailSize;

    /** JPEG quality of processed photos, 0 to 1. */
    @Parameter(property = "blog.photoQuality", defaultValue = "0.82")
    float photoQuality;

    /** Photos larger than this are left out with a warning, before any memory is spent on them. */
    @Parameter(property = "blog.maxPhotoMegapixels", defaultValue = "120")
    int maxPhotoMegapixels;

    /**
     * Also publish the photos as they are. Off by default: originals carry their camera's metadata,
     * the GPS position too.
     */
    @Parameter(property = "blog.publishOriginals", defaultValue = "false")
    boolean publishOriginals;

    /**
     * Search pages per language ({@code /search/}) and the index they read; false turns both off.
     */
    @Parameter(property = "blog.search", defaultValue = "true")
    boolean search;

    /**
     * Show under each gallery photo, and in the lightbox, how it was taken: camera, lens, focal
     * length, aperture, shutter, ISO and date, written the page language's way. Never the position,
     * serial numbers or owner. {@code photoDetails: false} in a post's front matter turns it off
     * for that post.
     */
    @Parameter(property = "blog.photoDetails", defaultValue = "true")
    boolean photoDetails;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    BlogConfig config() throws MojoFailureException {
        try {
            return BlogConfig.builder()
                    .sourceDirectory(sourceDirectory.toPath())
                    .outputDirectory(outputDirectory.toPath())
                    .cacheDirectory(cacheDirectory.toPath())
                    .baseUrl(baseUrl)
                    .languages(languages)
                    .title(title != null ? title : project.getArtifactId())
                    .description(description)
                    .author(author)
                    .timeZone(timeZone)
                    .drafts(drafts)
                    .future(future)
                    .postsPerPage(postsPerPage)
                    .feedLimit(feedLimit)
                    .listOtherLanguages(listOtherLanguages)
                    .photos(
                            new PhotoSettings(
                                    PhotoSettings.parseWidths(photoWidths),
                                    thumbnailSize,
                                    photoQuality,
                                    maxPhotoMegapixels,
                                    publishOriginals))
                    .search(search)
                    .photoDetails(photoDetails)
                    .build();
        } catch (ConfigException e) {
            throw failure(e);
        }
    }

    /** A setting's problem, named by its pom element and its property. */
    static MojoFailureException failure(ConfigException e) {
        return new MojoFailureException(
                "<" + e.setting() + "> " + e.getMessage() + " (property blog." + e.setting() + ")");
    }

    MavenBuildListener listener() {
        return new MavenBuildListener(getLog(), project.getBasedir().toPath());
    }
}
