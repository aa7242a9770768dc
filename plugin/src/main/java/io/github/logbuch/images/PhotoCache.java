package io.github.logbuch.images;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Processed photos on disk, one folder per photo content and settings, so an unchanged photo is
 * never processed twice: not on the next build, not after {@code mvn clean}, not when two posts
 * share it. A folder appears whole or not at all.
 */
final class PhotoCache {
    /** 2: shooting data ({@code shot.*}) kept with the metadata; a thumbnail twice the size. */
    private static final String FORMAT = "2";

    private final Path root;

    PhotoCache(Path root) {
        this.root = root;
    }

    /**
     * What one processed photo consists of, before it is given names. {@code thumbnail2x} is null
     * for a photo too small for a thumbnail twice the size; {@code damage} says what the decoder
     * found wrong in a photo published as far as it decoded, to be named on every build.
     */
    record Entry(
            List<int[]> variants,
            int[] thumbnail,
            int[] thumbnail2x,
            PhotoMetadata metadata,
            List<String> damage,
            Path folder) {}

    /** Where the photo of {@code hash} is, or will be once stored. */
    Path folder(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    /**
     * Why a photo could not be processed, remembered like a result: a broken file is not decoded
     * again on every build, and its problem is still reported.
     */
    Optional<Failure> failure(String hash) {
        Path file = root.resolve(hash.substring(0, 2)).resolve(hash + ".failed");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean refused = text.startsWith(REFUSED);
            return Optional.of(
                    new Failure(refused ? text.substring(REFUSED.length()) : text, refused));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why a photo was left out; {@code refused} if it may be fine (too large), not broken. */
    record Failure(String message, boolean refused) {}

    private static final String REFUSED = "refused\t";

    void storeFailure(String hash, String message, boolean refused) {
        if (refused) {
            message = REFUSED + message;
        }
        Path file = root.resolve(hash.substring(0, 2)).resolve(hash + ".failed");
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp-" + UUID.randomUUID());
            Files.writeString(temporary, message, StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not remembering a failure only costs time on the next build
        }
    }

    Optional<Entry> load(String hash) {
        Path folder = folder(hash);
        Path info = folder.resolve("photo.properties");
        if (!Files.isRegularFile(info)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            return Optional.empty();
        }
        try {
            List<int[]> variants = new ArrayList<>();
            for (String size : p.getProperty("variants").split(",")) {
                int[] wh = dimensions(size);
                if (!Files.isRegularFile(folder.resolve("w" + wh[0] + ".jpg"))) {
                    return Optional.empty();
                }
                variants.add(wh);
            }
            int[] thumbnail = dimensions(p.getProperty("thumbnail"));
            int[] thumbnail2x =
                    p.getProperty("thumbnail2x") == null
                            ? null
                            : dimensions(p.getProperty("thumbnail2x"));
            if (thumbnail2x != null && !Files.isRegularFile(folder.resolve("thumb2x.jpg"))) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(folder.resolve("thumb.jpg"))) {
                return Optional.empty();
            }
            Map<String, String> captions = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("caption.")) {
                    captions.put(key.substring("caption.".length()), p.getProperty(key));
                }
            }
            String captured = p.getProperty("captured");
            PhotoMetadata metadata =
                    new PhotoMetadata(
                            Integer.parseInt(p.getProperty("orientation", "1")),
                            p.getProperty("caption"),
                            Map.copyOf(captions),
                            captured == null ? null : ZonedDateTime.parse(captured),
                            new ShootingData(
                                    p.getProperty("shot.camera"),
                                    p.getProperty("shot.lens"),
                                    number(p, "shot.focalLength"),
                                    number(p, "shot.aperture"),
                                    number(p, "shot.exposure"),
                                    p.getProperty("shot.iso") == null
                                            ? null
                                            : Integer.valueOf(p.getProperty("shot.iso"))));
            List<String> damage = new ArrayList<>();
            for (int i = 0; p.getProperty("damage." + i) != null; i++) {
                damage.add(p.getProperty("damage." + i));
            }
            return Optional.of(
                    new Entry(
                            List.copyOf(variants),
                            thumbnail,
                            thumbnail2x,
                            metadata,
                            List.copyOf(damage),
                            folder));
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged entry is processed again
        }
    }

    private static Double number(Properties p, String key) {
        String text = p.getProperty(key);
        return text == null ? null : Double.valueOf(text);
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, String.valueOf(value));
        }
    }

    private static int[] dimensions(String text) {
        String[] parts = text.strip().split("x");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /**
     * Stores the encoded files ({@code w480.jpg}…, {@code thumb.jpg}, {@code thumb2x.jpg}) and
     * their description.
     */
    Entry store(
            String hash,
            Map<String, byte[]> files,
            List<int[]> variants,
            int[] thumbnail,
            int[] thumbnail2x,
            PhotoMetadata metadata,
            List<String> damage) {
        Path folder = folder(hash);
        Path temporary = folder.resolveSibling(hash + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(temporary);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(temporary.resolve(file.getKey()), file.getValue());
            }
            Properties p = new Properties();
            p.setProperty("format", FORMAT);
            p.setProperty(
                    "variants",
                    String.join(",", variants.stream().map(v -> v[0] + "x" + v[1]).toList()));
            p.setProperty("thumbnail", thumbnail[0] + "x" + thumbnail[1]);
            if (thumbnail2x != null) {
                p.setProperty("thumbnail2x", thumbnail2x[0] + "x" + thumbnail2x[1]);
            }
            p.setProperty("orientation", String.valueOf(metadata.orientation()));
            if (metadata.caption() != null) {
                p.setProperty("caption", metadata.caption());
            }
            metadata.captionsByLanguage()
                    .forEach((lang, text) -> p.setProperty("caption." + lang, text));
            if (metadata.captured() != null) {
                p.setProperty("captured", metadata.captured().toString());
            }
            for (int i = 0; i < damage.size(); i++) {
                p.setProperty("damage." + i, damage.get(i));
            }
            ShootingData shot = metadata.shooting();
            put(p, "shot.camera", shot.camera());
            put(p, "shot.lens", shot.lens());
            put(p, "shot.focalLength", shot.focalLength());
            put(p, "shot.aperture", shot.aperture());
            put(p, "shot.exposure", shot.exposure());
            put(p, "shot.iso", shot.iso());
            try (Writer writer =
                    Files.newBufferedWriter(
                            temporary.resolve("photo.properties"), StandardCharsets.UTF_8)) {
                p.store(writer, null);
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder);
            } catch (IOException e) {
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
                deleteQuietly(temporary); // the same photo was stored meanwhile
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot write the photo cache " + folder, e);
        }
        return new Entry(variants, thumbnail, thumbnail2x, metadata, damage, folder);
    }

    /**
     * Removes every processed photo and remembered failure whose hash is not in {@code keep}, and
     * temporary folders an interrupted build left (an hour old). Files the cache did not make are
     * left alone.
     *
     * @return how many photos were removed
     */
    int prune(java.util.Set<String> keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (var shards = Files.list(root)) {
            for (Path shard : shards.toList()) {
                String prefix = shard.getFileName().toString();
                if (!Files.isDirectory(shard) || !prefix.matches("[0-9a-f]{2}")) {
                    continue;
                }
                try (var entries = Files.list(shard)) {
                    for (Path entry : entries.toList()) {
                        String name = entry.getFileName().toString();
                        String hash = name.replaceFirst("(\\.failed|\\.tmp-[0-9a-f-]+)$", "");
                        if (!hash.matches("[0-9a-f]{64}") || !hash.startsWith(prefix)) {
                            continue;
                        }
                        // a temporary folder may be another build's, storing right now
                        boolean leftover =
                                name.contains(".tmp-")
                                        && Files.getLastModifiedTime(entry)
                                                .toInstant()
                                                .isBefore(Instant.now().minus(Duration.ofHours(1)));
                        if (leftover || !name.contains(".tmp-") && !keep.contains(hash)) {
                            if (Files.isDirectory(entry)) {
                                deleteQuietly(entry);
                                removed += leftover ? 0 : 1;
                            } else {
                                Files.deleteIfExists(entry);
                            }
                        }
                    }
                }
                try (var left = Files.list(shard)) {
                    if (left.findAny().isEmpty()) {
                        Files.deleteIfExists(shard);
                    }
                }
            }
        }
        return removed;
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless; the next build makes its own
        }
    }
}
