package io.github.logbuch.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs work on every element in parallel and returns only when all of it has ended, even when a
 * part failed; then rethrows the first failure. A plain parallel stream gives up early and leaves
 * tasks writing while the caller cleans up.
 *
 * <p>The caller and one task per worker of the common pool take the next element as they finish
 * one. A parallel stream cuts a list into a few runs of neighbours up front (eight on two cores),
 * and neighbours cost alike: in a cold 5,000-post build one thread was left with the last run of
 * pages for a second and more while the other had nothing to do.
 */
final class Parallel {
    private Parallel() {}

    static <T> void forEach(Collection<T> items, Consumer<T> work) {
        List<T> list =
                items instanceof List<T> random && items instanceof RandomAccess
                        ? random
                        : new ArrayList<>(items);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable loop =
                () -> {
                    for (int i;
                            failure.get() == null && (i = next.getAndIncrement()) < list.size(); ) {
                        try {
                            work.accept(list.get(i));
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                };
        int helpers = Math.min(list.size() - 1, ForkJoinPool.getCommonPoolParallelism());
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinTask.adapt(loop).fork());
        }
        loop.run();
        // the last forked first: a task no worker has started yet is run here, finding no work
        for (int i = tasks.size() - 1; i >= 0; i--) {
            tasks.get(i).join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
