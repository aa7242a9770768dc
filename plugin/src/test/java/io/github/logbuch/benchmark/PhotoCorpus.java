package io.github.logbuch.benchmark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the photo benchmark's corpus: album posts ({@code content/posts/<yyyy-mm-dd-album-NN>/}
 * holding only photos), each photo 4000×3000 (12 MP), JPEG quality 0.90 with 4:2:0 chroma (the JDK
 * writer's default), every photo distinct. The content imitates the peers' corpus ({@code
 * peer-speed.md}: plasma, blur, grain): a fractal plasma for light (diamond-square, roughness
 * varied per photo) over a sky-to-ground gradient, smooth colour fields, a few soft-edged shapes
 * (edges show ringing), a Gaussian blur of varying strength, and film grain (mostly in light, a
 * little in colour), which is what makes a 12 MP JPEG 2.5-3 MB and what resizers can alias.
 *
 * <p>Deterministic: {@link SplittableRandom} is specified to the bit, each photo has its own seed,
 * and the JDK's JPEG writer is libjpeg 6b on every platform.
 */
final class PhotoCorpus {
    /** Bump when the output changes, so a corpus left in {@code target/} is written anew. */
    static final int VERSION = 1;

    static final int WIDTH = 4000;
    static final int HEIGHT = 3000;

    private PhotoCorpus() {}

    /** One photo of the corpus: its file, and its album folder's name. */
    record Entry(Path file, String album) {}

    /**
     * The photo files of a corpus of {@code albums}×{@code perAlbum} photos under {@code
     * sourceDirectory/content/posts}, in order; the first photo is {@code IMG_0001.jpg}.
     */
    static List<Entry> layout(Path sourceDirectory, int albums, int perAlbum) {
        List<Entry> entries = new ArrayList<>();
        Path posts = sourceDirectory.resolve("content").resolve("posts");
        int n = 0;
        for (int a = 0; a < albums; a++) {
            String album =
                    String.format(
                            Locale.ROOT,
                            "2024-%02d-%02d-album-%02d",
                            1 + a % 12,
                            1 + a / 12,
                            a + 1);
            for (int p = 0; p < perAlbum; p++) {
                n++;
                entries.add(
                        new Entry(
                                posts.resolve(album)
                                        .resolve(String.format(Locale.ROOT, "IMG_%04d.jpg", n)),
                                album));
            }
        }
        return entries;
    }

    /**
     * Writes the corpus unless the folder already holds the same one (a stamp written last names
     * size, seed and generator version); returns a line describing it.
     */
    static String ensure(Path corpus, int albums, int perAlbum, long seed, int threads)
            throws IOException, InterruptedException {
        Path stamp = corpus.resolve("corpus.properties");
        String key =
                "albums="
                        + albums
                        + " perAlbum="
                        + perAlbum
                        + " seed="
                        + seed
                        + " generator="
                        + VERSION;
        Path source = corpus.resolve("src/main/blog");
        List<Entry> entries = layout(source, albums, perAlbum);
        Properties properties = new Properties();
        String how;
        if (Files.isRegularFile(stamp) && key.equals(load(stamp).getProperty("key"))) {
            properties = load(stamp);
            how = "reused";
        } else {
            Files.deleteIfExists(stamp);
            Machine.deleteRecursively(source);
            System.out.printf(
                    Locale.ROOT,
                    "generating %d photos of %dx%d into %s (not timed)%n",
                    entries.size(),
                    WIDTH,
                    HEIGHT,
                    source);
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<Long>> sizes = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    Path file = entries.get(i).file();
                    long photoSeed = seed * 1_000_003L + i;
                    sizes.add(pool.submit(() -> write(file, photoSeed)));
                }
                long min = Long.MAX_VALUE;
                long max = 0;
                long total = 0;
                for (Future<Long> size : sizes) {
                    long bytes = size.get();
                    min = Math.min(min, bytes);
                    max = Math.max(max, bytes);
                    total += bytes;
                }
                properties.setProperty("minBytes", String.valueOf(min));
                properties.setProperty("maxBytes", String.valueOf(max));
                properties.setProperty("totalBytes", String.valueOf(total));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("cannot generate the photo corpus", e.getCause());
            } finally {
                pool.shutdownNow();
            }
            properties.setProperty("key", key);
            try (OutputStream out = Files.newOutputStream(stamp)) {
                properties.store(out, "PhotoCorpus");
            }
            how =
                    String.format(
                            Locale.ROOT, "generated in %.0f s", (System.nanoTime() - start) / 1e9);
        }
        long total = Long.parseLong(properties.getProperty("totalBytes"));
        return String.format(
                Locale.ROOT,
                "photos-%d: %d albums x %d photos, %dx%d JPEG q90 4:2:0, %.2f MB mean (%.2f-%.2f),"
                        + " %.0f MB in all; %s",
                entries.size(),
                albums,
                perAlbum,
                WIDTH,
                HEIGHT,
                total / 1e6 / entries.size(),
                Long.parseLong(properties.getProperty("minBytes")) / 1e6,
                Long.parseLong(properties.getProperty("maxBytes")) / 1e6,
                total / 1e6,
                how);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    /** Generates and writes one photo; returns its size in bytes. */
    static long write(Path file, long seed) throws IOException {
        BufferedImage image = render(WIDTH, HEIGHT, seed);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            encode(image, 0.90f, out);
        }
        Files.move(
                temporary,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return Files.size(file);
    }

    /** Baseline JPEG with the JDK's writer: JFIF, 4:2:0 for colour, the IJG tables at {@code q}. */
    static void encode(BufferedImage image, float quality, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = null;
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (writer == null || candidate.getClass().getName().startsWith("com.sun.imageio")) {
                writer = candidate;
            }
        }
        if (writer == null) {
            throw new IOException("this Java has no JPEG writer");
        }
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** The picture of one photo, as {@code TYPE_3BYTE_BGR}. */
    static BufferedImage render(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // per photo: how rough the plasma is, how blurred, how grainy, and its colours
        double roughness = 0.60 + 0.12 * random.nextDouble(); // amplitude factor per octave
        double blur = 0.6 + 1.4 * random.nextDouble(); // Gaussian sigma, pixels
        double grain = 3.8 + 2.0 * random.nextDouble(); // sigma of light grain, 8-bit levels
        double contrast = 55 + 35 * random.nextDouble();

        int n = width * height;
        float[] light = new float[n];
        // plasma for light over a gradient from a bright "sky" to a darker "ground"
        float[] plasma = diamondSquare(12, roughness, random.split());
        int side = (1 << 12) + 1;
        double top = 150 + 60 * random.nextDouble();
        double bottom = 60 + 60 * random.nextDouble();
        double tilt = (random.nextDouble() - 0.5) * 0.4;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = (double) y / height + tilt * ((double) x / width - 0.5);
                light[y * width + x] =
                        (float) (top + (bottom - top) * t + contrast * plasma[y * side + x]);
            }
        }
        plasma = null;
        shapes(light, width, height, random.split());

        // colour: two smooth fields (red-green and blue-yellow), coarse like real chroma
        float[] chromaA = smoothField(width, height, 9, 0.55, random.split());
        float[] chromaB = smoothField(width, height, 9, 0.55, random.split());
        double saturation = 25 + 35 * random.nextDouble();
        double warm = (random.nextDouble() - 0.5) * 30;

        float[] r = new float[n];
        float[] g = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            double l = light[i];
            double a = saturation * chromaA[i] + warm;
            double c = saturation * chromaB[i];
            r[i] = (float) (l + 0.8 * a + 0.3 * c);
            g[i] = (float) (l - 0.5 * a + 0.2 * c);
            b[i] = (float) (l - 0.3 * a - 1.0 * c);
        }
        light = null;
        chromaA = null;
        chromaB = null;
        gaussianBlur(r, width, height, blur);
        gaussianBlur(g, width, height, blur);
        gaussianBlur(b, width, height, blur);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        double chromaGrain = grain * 0.35;
        for (int y = 0; y < height; y++) {
            long state = seed * 0x9E3779B97F4A7C15L + y * 0xBF58476D1CE4E5B9L + 1;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                state += 0x9E3779B97F4A7C15L;
                double common = gaussian(mix(state)) * grain;
                state += 0x9E3779B97F4A7C15L;
                long bits = mix(state);
                double gr = gaussian(bits) * chromaGrain;
                double gb = gaussian(Long.rotateLeft(bits, 32)) * chromaGrain;
                data[i * 3] = clamp(b[i] + common + gb);
                data[i * 3 + 1] = clamp(g[i] + common);
                data[i * 3 + 2] = clamp(r[i] + common + gr);
            }
        }
        return image;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value from a counter. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** About normally distributed, mean 0, variance 1: the sum of four 16-bit uniforms. */
    private static double gaussian(long bits) {
        long sum =
                (bits & 0xFFFF)
                        + ((bits >>> 16) & 0xFFFF)
                        + ((bits >>> 32) & 0xFFFF)
                        + ((bits >>> 48) & 0xFFFF);
        return (sum / 65536.0 - 2.0) * 1.7320508075688772;
    }

    private static byte clamp(double v) {
        long rounded = Math.round(v);
        return (byte) (rounded < 0 ? 0 : rounded > 255 ? 255 : rounded);
    }

    /**
     * A square fractal of side 2^k+1 by the diamond-square algorithm, values about in -1..1: detail
     * at every scale down to one pixel, less of it the lower {@code roughness}.
     */
    static float[] diamondSquare(int k, double roughness, SplittableRandom random) {
        int side = (1 << k) + 1;
        float[] f = new float[side * side];
        double scale = 1.0;
        f[0] = (float) (random.nextDouble() - 0.5);
        f[side - 1] = (float) (random.nextDouble() - 0.5);
        f[(side - 1) * side] = (float) (random.nextDouble() - 0.5);
        f[side * side - 1] = (float) (random.nextDouble() - 0.5);
        for (int step = side - 1; step > 1; step /= 2) {
            int half = step / 2;
            for (int y = half; y < side; y += step) {
                for (int x = half; x < side; x += step) {
                    double mean =
                            (f[(y - half) * side + x - half]
                                            + f[(y - half) * side + x + half]
                                            + f[(y + half) * side + x - half]
                                            + f[(y + half) * side + x + half])
                                    / 4.0;
                    f[y * side + x] = (float) (mean + (random.nextDouble() - 0.5) * scale);
                }
            }
            for (int y = 0; y < side; y += half) {
                for (int x = (y / half % 2 == 0) ? half : 0; x < side; x += step) {
                    double sum = 0;
                    int count = 0;
                    if (y >= half) {
                        sum += f[(y - half) * side + x];
                        count++;
                    }
                    if (y + half < side) {
                        sum += f[(y + half) * side + x];
                        count++;
                    }
                    if (x >= half) {
                        sum += f[y * side + x - half];
                        count++;
                    }
                    if (x + half < side) {
                        sum += f[y * side + x + half];
                        count++;
                    }
                    f[y * side + x] = (float) (sum / count + (random.nextDouble() - 0.5) * scale);
                }
            }
            scale *= roughness;
        }
        return f;
    }

    /**
     * A smooth field: a coarse diamond-square plasma (side 2^k+1) stretched bilinearly over the
     * picture.
     */
    private static float[] smoothField(
            int width, int height, int k, double roughness, SplittableRandom random) {
        float[] coarse = diamondSquare(k, roughness, random);
        int side = (1 << k) + 1;
        double step = (double) (side - 1) / Math.max(width, height);
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            double fy = y * step;
            int y0 = (int) fy;
            double wy = fy - y0;
            for (int x = 0; x < width; x++) {
                double fx = x * step;
                int x0 = (int) fx;
                double wx = fx - x0;
                int i = y0 * side + x0;
                double top = coarse[i] * (1 - wx) + coarse[i + 1] * wx;
                double bottom = coarse[i + side] * (1 - wx) + coarse[i + side + 1] * wx;
                out[y * width + x] = (float) (top * (1 - wy) + bottom * wy);
            }
        }
        return out;
    }

    /**
     * A few shapes lighter or darker than their surroundings, with soft edges (0.5-3 pixels):
     * ellipses like lamps and leaves, rectangles like windows, one long roof line.
     */
    private static void shapes(float[] light, int width, int height, SplittableRandom random) {
        int count = 4 + random.nextInt(8);
        for (int s = 0; s < count; s++) {
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double rx = 40 + random.nextDouble() * 500;
            double ry = 40 + random.nextDouble() * 500;
            double soft = 0.5 + random.nextDouble() * 2.5;
            double delta = (random.nextDouble() - 0.5) * 120;
            boolean ellipse = random.nextBoolean();
            int x0 = (int) Math.max(0, cx - rx - 4 * soft);
            int x1 = (int) Math.min(width - 1, cx + rx + 4 * soft);
            int y0 = (int) Math.max(0, cy - ry - 4 * soft);
            int y1 = (int) Math.min(height - 1, cy + ry + 4 * soft);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    // signed distance to the outline, in pixels (negative inside)
                    double distance;
                    if (ellipse) {
                        double dx = (x - cx) / rx;
                        double dy = (y - cy) / ry;
                        distance = (Math.sqrt(dx * dx + dy * dy) - 1) * Math.min(rx, ry);
                    } else {
                        distance = Math.max(Math.abs(x - cx) - rx, Math.abs(y - cy) - ry);
                    }
                    double cover = 1 / (1 + Math.exp(distance / soft * 1.7));
                    light[y * width + x] += (float) (delta * cover);
                }
            }
        }
        // a roof line: everything below a slanted line a little darker, with a sharp edge
        double y0 = height * (0.3 + 0.4 * random.nextDouble());
        double slope = (random.nextDouble() - 0.5) * 0.3;
        double delta = -20 - 40 * random.nextDouble();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double distance = y0 + slope * (x - width / 2.0) - y;
                double cover = 1 / (1 + Math.exp(distance / 0.7 * 1.7));
                light[y * width + x] += (float) (delta * cover);
            }
        }
    }

    /** In place, separable, radius 3 sigma, edges extended. */
    static void gaussianBlur(float[] plane, int width, int height, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            double w = Math.exp(-(i * i) / (2 * sigma * sigma));
            kernel[i + radius] = (float) w;
            total += w;
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= (float) total;
        }
        float[] line = new float[Math.max(width, height) + 2 * radius];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = -radius; x < width + radius; x++) {
                line[x + radius] = plane[row + Math.min(width - 1, Math.max(0, x))];
            }
            for (int x = 0; x < width; x++) {
                float sum = 0;
                for (int k = 0; k < kernel.length; k++) {
                    sum += kernel[k] * line[x + k];
                }
                plane[row + x] = sum;
            }
        }
        // columns, a band of them at a time so reads stay in cache
        int band = 64;
        float[] sums = new float[band];
        float[] column = new float[(height + 2 * radius) * band];
        for (int x0 = 0; x0 < width; x0 += band) {
            int bw = Math.min(band, width - x0);
            for (int y = -radius; y < height + radius; y++) {
                int from = Math.min(height - 1, Math.max(0, y)) * width + x0;
                System.arraycopy(plane, from, column, (y + radius) * band, bw);
            }
            for (int y = 0; y < height; y++) {
                java.util.Arrays.fill(sums, 0);
                for (int k = 0; k < kernel.length; k++) {
                    float w = kernel[k];
                    int base = (y + k) * band;
                    for (int i = 0; i < bw; i++) {
                        sums[i] += w * column[base + i];
                    }
                }
                System.arraycopy(sums, 0, plane, y * width + x0, bw);
            }
        }
    }

    /** Writes a few photos to a folder, to look at: {@code PhotoCorpus <folder> <count> [seed]}. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Path file = folder.resolve(String.format(Locale.ROOT, "IMG_%04d.jpg", i + 1));
            long bytes = write(file, seed * 1_000_003L + i);
            System.out.printf(
                    Locale.ROOT,
                    "%s %.2f MB in %.1f s%n",
                    file,
                    bytes / 1e6,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
