package io.github.logbuch.server;

import io.github.logbuch.BuildResult;
import io.github.logbuch.Session;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code blog:serve}: builds, serves the site on the loopback address, and builds again whenever a
 * source changes, telling open browser tabs to reload. A build that fails is shown in the browser
 * and the log; the site stays as it was until a build succeeds again.
 */
public final class Preview implements AutoCloseable {
    private final Session session;
    private final BuildListener listener;
    private final Path projectDirectory;
    private DevServer server;
    private SourceWatcher watcher;
    private String problem;

    /**
     * @param projectDirectory problems name files relative to it
     */
    public Preview(Session session, BuildListener listener, Path projectDirectory) {
        this.session = session;
        this.listener = listener;
        this.projectDirectory = projectDirectory;
    }

    /**
     * Builds, then serves and watches.
     *
     * @throws PortInUseException when another program has the port
     */
    public String start(int port) throws IOException {
        build();
        server =
                DevServer.start(
                        session.config().outputDirectory(), session.config().basePath(), port);
        watcher = new SourceWatcher(session.config().sourceDirectory(), this::rebuild);
        watcher.start();
        return server.url();
    }

    private synchronized boolean build() throws IOException {
        try {
            BuildResult result = session.build();
            listener.info(
                    String.format(
                            Locale.ROOT,
                            "Built in %d ms: %d of %d files changed",
                            result.duration().toMillis(),
                            result.changed(),
                            result.files()));
            problem = null;
            if (server != null) {
                server.reload();
            }
            return true;
        } catch (BuildFailedException e) {
            String report = e.report(projectDirectory);
            problem = report;
            listener.warning(new io.github.logbuch.problem.Problem(null, 0, report));
            if (server != null) {
                server.problem(report);
            }
            return false;
        }
    }

    /** Called by the watcher; a failure of the file system is reported, not thrown. */
    private void rebuild() {
        try {
            build();
        } catch (IOException | RuntimeException e) {
            String report = "The blog could not be built: " + e;
            listener.warning(new io.github.logbuch.problem.Problem(null, 0, report));
            server.problem(report);
        }
    }

    public DevServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
