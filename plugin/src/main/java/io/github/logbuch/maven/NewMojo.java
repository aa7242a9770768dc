package io.github.logbuch.maven;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.ConfigException;
import io.github.logbuch.config.Language;
import io.github.logbuch.scaffold.NewPost;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Creates a new post: {@code mvn blog:new -Dtitle="Strata + Hadoop World 2016" -Dlang=en} writes
 * {@code content/posts/<today>-strata-hadoop-world-2016/index.en.md}. Never overwrites a file.
 */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /**
     * The post's title; its slug names the folder (Über → ueber, Brücke → bruecke, ß → ss). Not
     * named {@code title}: the blog's own title in the plugin's configuration would win.
     */
    @Parameter(property = "title", required = true)
    String postTitle;

    /** The language the post is written in; the blog's default language if not given. */
    @Parameter(property = "lang")
    String lang;

    /** Start the post as a draft, left out of builds until it is ready. */
    @Parameter(property = "draft", defaultValue = "false")
    boolean draft;

    /** The blog's sources: the post is written under {@code content/posts/} in it. */
    @Parameter(
            property = "blog.sourceDirectory",
            defaultValue = "${project.basedir}/src/main/blog",
            required = true)
    File sourceDirectory;

    /** The blog's languages as a comma list; the first is the default. */
    @Parameter(property = "blog.languages", defaultValue = "en")
    String languages;

    /** The time zone whose today dates the post and names its folder. */
    @Parameter(property = "blog.timeZone", defaultValue = "UTC")
    String timeZone;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** For tests: when "now" is. */
    Clock clock = Clock.systemUTC();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BlogConfig config;
        try {
            config =
                    BlogConfig.builder()
                            .sourceDirectory(sourceDirectory.toPath())
                            .outputDirectory(sourceDirectory.toPath()) // unused here
                            .baseUrl("https://localhost/") // unused here
                            .languages(languages)
                            .timeZone(timeZone)
                            .build();
        } catch (ConfigException e) {
            throw new MojoFailureException("<" + e.setting() + "> " + e.getMessage());
        }
        Language language = language(config);
        try {
            Path file =
                    NewPost.create(
                            config.contentDirectory(),
                            postTitle,
                            language,
                            ZonedDateTime.now(clock.withZone(config.timeZone())),
                            draft);
            Path basedir = project.getBasedir().toPath();
            getLog().info("Created " + basedir.relativize(file.toAbsolutePath()));
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(
                    e.getFile() + " exists already; it is left as it is. Choose another title.");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("The post could not be written: " + e.getMessage(), e);
        }
    }

    private Language language(BlogConfig config) throws MojoFailureException {
        if (lang == null || lang.isBlank()) {
            return config.defaultLanguage();
        }
        for (Language language : config.languages()) {
            if (language.code().equalsIgnoreCase(lang.strip())) {
                return language;
            }
        }
        throw new MojoFailureException(
                "-Dlang="
                        + lang
                        + " is not one of the blog's languages ("
                        + languages
                        + "); set <languages> in the plugin's configuration");
    }
}
