package io.github.logbuch.maven;

import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the blog: Markdown posts and pages from {@code src/main/blog} into a static site in {@code
 * target/site}. Bound to the {@code site} phase, so {@code mvn site} builds the blog.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractBlogMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the blog (blog.skip)");
            return;
        }
        BlogConfig config = config();
        MavenBuildListener listener = listener();
        try {
            BuildResult result = Blog.build(config, listener);
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
        } catch (BuildFailedException e) {
            throw new MojoFailureException(e.report(project.getBasedir().toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("The blog could not be written: " + e.getMessage(), e);
        }
    }
}
