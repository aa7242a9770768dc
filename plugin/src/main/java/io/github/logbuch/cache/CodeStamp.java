package io.github.logbuch.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What code a build runs: the plugin's jar (or class folder), by path, size and time, so that a
 * rebuilt plugin (a snapshot) never reuses what an older one made. The jar holds the plugin's pom,
 * so a changed dependency makes a new jar too; and the class path of the JVM a build is forked into
 * differs from Maven's, so the rest of it is no part of the stamp. Reading sizes and times is
 * enough: a build writes a jar anew.
 */
public final class CodeStamp {
    private static volatile String stamp;

    private CodeStamp() {}

    /** The stamp of the code that loaded {@code anchor}'s class. */
    public static String of(Class<?> anchor) {
        String known = stamp;
        if (known == null) {
            known = compute(anchor);
            stamp = known;
        }
        return known;
    }

    private static String compute(Class<?> anchor) {
        Set<Path> entries = new LinkedHashSet<>();
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            add(entries, source.getLocation());
        }
        MessageDigest digest = SourceStamps.sha256();
        try {
            for (Path entry : entries) {
                for (String line : describe(entry)) {
                    digest.update((line + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(Set<Path> entries, URL url) {
        try {
            if (url.getProtocol().equals("file")) {
                entries.add(Path.of(url.toURI()));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            entries.add(Path.of(url.getPath()));
        }
    }

    private static List<String> describe(Path entry) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    lines.add(line(file));
                }
            }
        } else if (Files.exists(entry)) {
            lines.add(line(entry));
        }
        return lines;
    }

    private static String line(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return file + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
    }
}
