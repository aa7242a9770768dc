package io.github.logbuch.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the blog's sources (content, static files, templates, translations: everything under the
 * source folder) and calls back once a burst of changes is over; an editor's save is often several
 * events.
 */
public final class SourceWatcher implements AutoCloseable {
    /** Quiet time that ends a burst of events. */
    private static final long SETTLE_MILLIS = 25;

    private final Path root;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    public SourceWatcher(Path root, Runnable onChange) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::run, "logbuch-watch");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                // let the burst settle: more events within the quiet time belong to it
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server stops
        }
    }

    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created); // a new post folder: watch it too
                    } catch (IOException e) {
                        // it went away again
                    }
                }
            }
        }
        key.reset();
        return changed;
    }

    private void registerTree(Path start) throws IOException {
        if (!Files.isDirectory(start)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(
                        watcher,
                        new WatchEvent.Kind<?>[] {
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY
                        },
                        sensitivity());
            }
        }
    }

    /**
     * The JDK polls on macOS, by default every 10 s; its unsupported HIGH sensitivity makes that 2
     * s. Elsewhere the modifier is unknown and nothing is asked for.
     */
    private static WatchEvent.Modifier[] sensitivity() {
        try {
            Class<?> type = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
            Object high = type.getField("HIGH").get(null);
            return new WatchEvent.Modifier[] {(WatchEvent.Modifier) high};
        } catch (ReflectiveOperationException | LinkageError e) {
            return new WatchEvent.Modifier[0];
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
