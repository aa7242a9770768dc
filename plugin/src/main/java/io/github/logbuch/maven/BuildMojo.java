package io.github.logbuch.maven;

import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.Session;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog: Markdown posts and pages from {@code src/main/blog} into a static site in {@code
 * target/site}. Bound to the {@code site} phase, so {@code mvn site} builds the blog.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractBlogMojo {
    /**
     * After a successful build, remove the processed photos it did not use from {@code
     * cacheDirectory} (as {@code hugo --gc} does). Off by default: a cache that several branches
     * share keeps what the others show.
     */
    @Parameter(property = "blog.pruneCache", defaultValue = "false")
    boolean pruneCache;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the blog (blog.skip)");
            return;
        }
        BlogConfig config = config();
        MavenBuildListener listener = listener();
        try {
            Session session = Blog.session(config, listener);
            BuildResult result = session.build();
            getLog().info(
                            String.format(
                                    Locale.ROOT,
                                    "Built %d posts and pages into %d HTML pages, %d files in"
                                            + " %.1f s: %s",
                                    result.documents(),
                                    result.pages(),
                                    result.files(),
                                    result.duration().toMillis() / 1000.0,
                                    outputDirectory));
            if (pruneCache) {
                prune(session);
            }
        } catch (BuildFailedException e) {
            throw new MojoFailureException(e.report(project.getBasedir().toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("The blog could not be written: " + e.getMessage(), e);
        }
    }

    /** A cache that cannot be pruned is no reason to fail a build that succeeded. */
    private void prune(Session session) {
        try {
            int removed = session.pruneCache();
            getLog().info(
                            String.format(
                                    Locale.ROOT,
                                    "Removed %d processed photos this build did not use from %s",
                                    removed,
                                    cacheDirectory));
        } catch (IOException | java.io.UncheckedIOException e) {
            getLog().warn("The photo cache could not be pruned: " + e.getMessage());
        }
    }
}
