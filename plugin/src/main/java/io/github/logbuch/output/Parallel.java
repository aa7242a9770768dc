package io.github.logbuch.output;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs work on every element in parallel and returns only when all of it has ended, even when a
 * part failed; then rethrows the first failure. A plain parallel stream gives up early and leaves
 * tasks writing while the caller cleans up.
 */
final class Parallel {
    private Parallel() {}

    static <T> void forEach(Collection<T> items, Consumer<T> work) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        items.parallelStream()
                .forEach(
                        item -> {
                            if (failure.get() != null) {
                                return;
                            }
                            try {
                                work.accept(item);
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            }
                        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
