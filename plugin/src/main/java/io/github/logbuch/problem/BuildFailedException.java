package io.github.logbuch.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The blog could not be built because of problems in its input; it lists every one of them. */
public final class BuildFailedException extends Exception {
    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(
                "The blog has "
                        + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem on its own line, paths shown relative to {@code base}. */
    public String report(Path base) {
        return getMessage()
                + ":\n"
                + problems.stream()
                        .map(p -> "  " + p.describe(base))
                        .collect(Collectors.joining("\n"));
    }
}
