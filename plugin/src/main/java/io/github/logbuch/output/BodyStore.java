package io.github.logbuch.output;

import io.github.logbuch.cache.Fields;
import io.github.logbuch.markdown.Figure;
import io.github.logbuch.markdown.RenderedMarkdown;
import io.github.logbuch.problem.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Every document's rendered body kept in one file of the cache, for the next build of the blog in a
 * new JVM (after {@code mvn clean}, on CI): a body is taken again when its document is the same (by
 * {@link io.github.logbuch.cache.KeyDigest digest}, which also holds the templates, messages,
 * configuration and plugin code) and every link, photo and ref it resolved resolves the same way,
 * as {@link RenderMemory} does within a session.
 */
public final class BodyStore {
    private static final String HEADER = "logbuch-bodies 2";

    /** Bodies encoded together before they are written: a few MB. */
    private static final int SAVE_BATCH = 256;

    private final Path file;
    private final Path base;

    /**
     * @param base the folder the kept paths count from (the source folder): a blog checked out
     *     elsewhere keeps its bodies
     */
    public BodyStore(Path file, Path base) {
        this.file = file;
        this.base = base.toAbsolutePath().normalize();
    }

    private String path(Path path) {
        return Fields.relative(base, path);
    }

    private Path path(String path) {
        return base.resolve(path);
    }

    /**
     * Puts the kept bodies into {@code memory}, which must hold none; a missing, older or damaged
     * file puts none.
     *
     * @return how many bodies it put
     */
    public int load(RenderMemory memory) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Map<Path, RenderMemory.Markdown> read = new HashMap<>();
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!HEADER.equals(text(in))) {
                return 0;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                Path source = path(text(in));
                read.put(source, markdown(in));
            }
        } catch (IOException | RuntimeException e) {
            return 0; // made again, and kept anew by this build
        }
        memory.markdown.putAll(read);
        return read.size();
    }

    /**
     * Writes the bodies in {@code memory} that have a digest beside the file, which they replace at
     * {@link #commit}: a build writes them while it renders its pages, and keeps them once it
     * succeeded.
     *
     * @return the file written
     */
    public Path write(RenderMemory memory) throws IOException {
        List<Map.Entry<Path, RenderMemory.Markdown>> kept = new ArrayList<>();
        for (Map.Entry<Path, RenderMemory.Markdown> entry : memory.markdown.entrySet()) {
            if (entry.getValue().digest() != null) {
                kept.add(entry);
            }
        }
        Files.createDirectories(file.getParent());
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        try (DataOutputStream out =
                new DataOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(fresh), 1 << 16))) {
            text(out, HEADER);
            out.writeInt(kept.size());
            // the bodies encoded on every core, a batch at a time, and written in order (UTF-8
            // encoding them one after another was 3 % of a cold 5,000-post build's main thread,
            // with the other core idle); a batch, not all: a large blog's bodies as bytes would
            // take hundreds of MB beside everything the build holds
            for (int from = 0; from < kept.size(); from += SAVE_BATCH) {
                int to = Math.min(kept.size(), from + SAVE_BATCH);
                int first = from;
                byte[][] records = new byte[to - from][];
                IntStream.range(from, to)
                        .parallel()
                        .forEach(
                                i -> {
                                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
                                    try (DataOutputStream record = new DataOutputStream(bytes)) {
                                        text(record, path(kept.get(i).getKey()));
                                        markdown(record, kept.get(i).getValue());
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                    records[i - first] = bytes.toByteArray();
                                });
                for (byte[] record : records) {
                    out.write(record);
                }
            }
        }
        return fresh;
    }

    /** Makes what {@link #write} wrote the bodies kept. */
    public void commit(Path written) throws IOException {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private void markdown(DataOutputStream out, RenderMemory.Markdown memo) throws IOException {
        text(out, memo.digest());
        RenderedMarkdown rendered = memo.rendered();
        text(out, rendered.html());
        text(out, rendered.summaryHtml());
        text(out, rendered.summaryText());
        out.writeBoolean(rendered.truncated());
        text(out, rendered.toc());
        out.writeInt(rendered.words());
        text(out, rendered.text());
        out.writeInt(memo.links().size());
        for (Map.Entry<String, Optional<String>> link : memo.links().entrySet()) {
            text(out, link.getKey());
            text(out, link.getValue().orElse(null));
        }
        out.writeInt(memo.figures().size());
        for (Map.Entry<String, Optional<Figure>> entry : memo.figures().entrySet()) {
            text(out, entry.getKey());
            Figure figure = entry.getValue().orElse(null);
            out.writeBoolean(figure != null);
            if (figure != null) {
                text(out, figure.src());
                text(out, figure.srcset());
                out.writeInt(figure.width());
                out.writeInt(figure.height());
                text(out, figure.large());
                out.writeInt(figure.largeWidth());
                out.writeInt(figure.largeHeight());
                text(out, figure.caption());
            }
        }
        out.writeInt(memo.refs().size());
        for (EntryShortcodes.RefUse ref : memo.refs()) {
            out.writeBoolean(ref.absolute());
            text(out, ref.path());
            text(out, ref.lang());
            text(out, ref.url().orElse(null));
        }
        out.writeInt(memo.placed().size());
        for (Path placed : memo.placed()) {
            text(out, path(placed));
        }
        problems(out, memo.warnings());
        problems(out, memo.errors());
    }

    private RenderMemory.Markdown markdown(DataInputStream in) throws IOException {
        String digest = text(in);
        RenderedMarkdown rendered =
                new RenderedMarkdown(
                        text(in),
                        text(in),
                        text(in),
                        in.readBoolean(),
                        text(in),
                        in.readInt(),
                        text(in));
        Map<String, Optional<String>> links = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            links.put(text(in), Optional.ofNullable(text(in)));
        }
        Map<String, Optional<Figure>> figures = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String destination = text(in);
            Figure figure =
                    in.readBoolean()
                            ? new Figure(
                                    text(in),
                                    text(in),
                                    in.readInt(),
                                    in.readInt(),
                                    text(in),
                                    in.readInt(),
                                    in.readInt(),
                                    text(in))
                            : null;
            figures.put(destination, Optional.ofNullable(figure));
        }
        List<EntryShortcodes.RefUse> refs = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            refs.add(
                    new EntryShortcodes.RefUse(
                            in.readBoolean(), text(in), text(in), Optional.ofNullable(text(in))));
        }
        Set<Path> placed = new LinkedHashSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            placed.add(path(text(in)));
        }
        List<Problem> warnings = problems(in);
        List<Problem> errors = problems(in);
        return new RenderMemory.Markdown(
                null,
                digest,
                rendered,
                Map.copyOf(links),
                Map.copyOf(figures),
                List.copyOf(refs),
                null,
                SiteRenderer.ordered(placed),
                warnings,
                errors);
    }

    private void problems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            Path where = problem.file();
            text(out, where == null ? null : path(where));
            out.writeInt(problem.line());
            text(out, problem.message());
        }
    }

    private List<Problem> problems(DataInputStream in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String where = text(in);
            problems.add(new Problem(where == null ? null : path(where), in.readInt(), text(in)));
        }
        return List.copyOf(problems);
    }

    /** Text of any length, or null, as its UTF-8 bytes after their count (-1 for null). */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available() && length > 1 << 26) {
            throw new IOException("a text of " + length + " bytes: the file is damaged");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
