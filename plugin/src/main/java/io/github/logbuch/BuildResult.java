package io.github.logbuch;

import io.github.logbuch.problem.Problem;
import java.time.Duration;
import java.util.List;

/**
 * What a successful build made.
 *
 * @param documents Markdown files published (each language counts)
 * @param pages HTML pages written
 * @param files every file of the site
 * @param changed the files this build wrote or replaced (the others were unchanged)
 * @param warnings problems that did not stop the build, such as a broken relative link
 */
public record BuildResult(
        int documents,
        int pages,
        int files,
        int changed,
        long bytes,
        Duration duration,
        List<Problem> warnings) {}
