package io.github.logbuch.theme;

import io.github.logbuch.problem.Problem;

/** A template failed: a typo, a missing variable, a missing UI string. Carries file and line. */
public final class ThemeException extends Exception {
    private final transient Problem problem;

    public ThemeException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
