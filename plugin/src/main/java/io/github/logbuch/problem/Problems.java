package io.github.logbuch.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one build from every phase and thread, so that a run reports all of them
 * at once instead of stopping at the first. The same problem is kept once: a typo in a template
 * fails every page that uses it, but is one problem.
 */
public final class Problems {
    private final Set<Problem> errors = new LinkedHashSet<>();
    private final Set<Problem> warnings = new LinkedHashSet<>();
    private final Set<Problem> leftOut = new LinkedHashSet<>();

    public synchronized void error(Problem problem) {
        errors.add(problem);
    }

    public synchronized void warning(Problem problem) {
        warnings.add(problem);
    }

    /**
     * Something the site must do without, e.g. a photo no reader can decode: reported as an error
     * line, but the build goes on and publishes the rest.
     */
    public synchronized void leftOut(Problem problem) {
        leftOut.add(problem);
    }

    public synchronized List<Problem> leftOut() {
        return leftOut.stream().sorted(Problem.ORDER).toList();
    }

    /** Takes over the problems another collector gathered, e.g. one file's. */
    public void addAll(Problems other) {
        List<Problem> otherErrors = other.errors();
        List<Problem> otherWarnings = other.warnings();
        List<Problem> otherLeftOut = other.leftOut();
        synchronized (this) {
            errors.addAll(otherErrors);
            warnings.addAll(otherWarnings);
            leftOut.addAll(otherLeftOut);
        }
    }

    public synchronized boolean hasErrors() {
        return !errors.isEmpty();
    }

    public synchronized List<Problem> errors() {
        return errors.stream().sorted(Problem.ORDER).toList();
    }

    public synchronized List<Problem> warnings() {
        return warnings.stream().sorted(Problem.ORDER).toList();
    }

    /** If anything went wrong, the build stops here with every error. */
    public void throwIfErrors() throws BuildFailedException {
        if (hasErrors()) {
            throw new BuildFailedException(errors());
        }
    }
}
