package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyElementIsWorkedOnOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        ConcurrentHashMap<Integer, AtomicInteger> done = new ConcurrentHashMap<>();
        Parallel.forEach(
                items, i -> done.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(items.size(), done.size());
        done.values().forEach(count -> assertEquals(1, count.get()));
    }

    @Test
    void aCollectionWithoutIndexesAndAnEmptyOneWork() {
        Set<String> items = new LinkedHashSet<>(List.of("a", "b", "c"));
        Set<String> done = ConcurrentHashMap.newKeySet();
        Parallel.forEach(items, done::add);
        assertEquals(items, done);
        Parallel.forEach(new ArrayList<String>(), item -> done.add("never"));
        assertEquals(items, done);
    }

    @Test
    void workWithinWorkEnds() {
        Set<String> done = ConcurrentHashMap.newKeySet();
        Parallel.forEach(
                List.of(1, 2, 3, 4),
                outer ->
                        Parallel.forEach(List.of(1, 2, 3), inner -> done.add(outer + "." + inner)));
        assertEquals(12, done.size());
    }

    @Test
    void theFirstFailureIsThrownOnceTheWorkStartedHasEnded() {
        RuntimeException failure = new IllegalStateException("broken");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        RuntimeException thrown =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                Parallel.forEach(
                                        IntStream.range(0, 100)
                                                .boxed()
                                                .collect(Collectors.toList()),
                                        i -> {
                                            running.incrementAndGet();
                                            try {
                                                if (i == 3) {
                                                    throw failure;
                                                }
                                                Thread.sleep(2);
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                            } finally {
                                                ended.incrementAndGet();
                                            }
                                        }));
        assertSame(failure, thrown);
        assertEquals(running.get(), ended.get(), "nothing is still running when it returns");
    }
}
