package io.github.logbuch.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What folders hold, remembered by the folder's modification time, which changes whenever an entry
 * is added, removed or renamed: a rebuild lists only the folders that changed, and looks at the
 * others with one {@code stat} each. Hidden entries are left out.
 */
final class Listings {
    /** A folder's entry: its path and whether it is a folder itself. */
    record Item(Path path, boolean folder) {}

    private record Listing(FileTime modified, List<Item> items) {}

    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();

    List<Item> list(Path folder) throws IOException {
        FileTime modified = Files.getLastModifiedTime(folder);
        Listing known = listings.get(folder);
        if (known != null && known.modified().equals(modified)) {
            return known.items();
        }
        List<Item> items = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (child.getFileName().toString().startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes =
                        Files.readAttributes(child, BasicFileAttributes.class);
                if (attributes.isDirectory() || attributes.isRegularFile()) {
                    items.add(new Item(child, attributes.isDirectory()));
                }
            }
        }
        List<Item> result = List.copyOf(items);
        listings.put(folder, new Listing(modified, result));
        return result;
    }
}
