package io.github.logbuch.maven;

import io.github.logbuch.Blog;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.server.PortInUseException;
import io.github.logbuch.server.Preview;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog, serves it on 127.0.0.1 and builds again on every change to the content,
 * templates, static files and translations, reloading open browser tabs. Drafts with {@code
 * -Dblog.drafts}. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractBlogMojo {

    /** The port to serve on, on the loopback address only. */
    @Parameter(property = "blog.port", defaultValue = "8080")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BlogConfig config = config();
        MavenBuildListener listener = listener();
        Preview preview =
                new Preview(
                        Blog.session(config, listener), listener, project.getBasedir().toPath());
        String url;
        try {
            url = preview.start(port);
        } catch (PortInUseException e) {
            throw new MojoFailureException(
                    "Port "
                            + e.port()
                            + " is in use: stop the program that has it, or serve on another"
                            + " port with -Dblog.port="
                            + (e.port() + 1));
        } catch (IOException e) {
            throw new MojoExecutionException("The blog could not be served: " + e.getMessage(), e);
        }
        getLog().info("Serving the blog at " + url + " (press Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        preview.close();
                                    } catch (IOException e) {
                                        // stopping anyway
                                    }
                                    stopped.countDown();
                                },
                                "logbuch-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
