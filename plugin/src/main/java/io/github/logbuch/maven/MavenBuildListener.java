package io.github.logbuch.maven;

import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/** Prints what the core reports to Maven's log, paths relative to the project. */
final class MavenBuildListener implements BuildListener {
    private final Log log;
    private final Path basedir;

    MavenBuildListener(Log log, Path basedir) {
        this.log = log;
        this.basedir = basedir;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(message);
        }
    }

    @Override
    public void warning(Problem problem) {
        log.warn(problem.describe(basedir));
    }

    @Override
    public void leftOut(Problem problem) {
        log.error(problem.describe(basedir));
    }
}
