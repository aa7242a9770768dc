package io.github.logbuch.testing;

import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps what a build tells: its info and debug lines, warnings and what it left out. */
public final class RecordingListener implements BuildListener {
    public final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    public final List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
    public final List<Problem> leftOut = Collections.synchronizedList(new ArrayList<>());
    public final List<String> debugs = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void debug(String message) {
        debugs.add(message);
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warning(Problem problem) {
        warnings.add(problem);
    }

    @Override
    public void leftOut(Problem problem) {
        leftOut.add(problem);
    }

    /** Forgets everything told so far. */
    public void clear() {
        infos.clear();
        warnings.clear();
        leftOut.clear();
        debugs.clear();
    }
}
