package io.github.logbuch.maven;

import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.ForkedBuild;
import io.github.logbuch.Session;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog: Markdown posts and pages from {@code src/main/blog} into a static site in {@code
 * target/site}. Bound to the {@code site} phase, so {@code mvn site} builds the blog.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractBlogMojo {
    /**
     * After a successful build, remove the processed photos it did not use from {@code
     * cacheDirectory} (as {@code hugo --gc} does). Off by default: a cache that several branches
     * share keeps what the others show.
     */
    @Parameter(property = "blog.pruneCache", defaultValue = "false")
    boolean pruneCache;

    /**
     * Build a large blog (from {@value #FORK_FROM} Markdown files) in a JVM of its own that runs
     * with the quick JIT compiler only: a cold build of 1,000 posts then takes about half the CPU
     * time it takes in Maven's JVM. An unchanged blog is put back from the cache without one. When
     * Maven's JVM runs with the quick JIT compiler only ({@code -XX:TieredStopAtLevel=1} in {@code
     * .mvn/jvm.config}), new photos are processed in a JVM with the full one.
     */
    @Parameter(property = "blog.fork", defaultValue = "true")
    boolean fork;

    /**
     * From how many bytes of new photos on they are processed in a JVM with the full JIT compiler
     * when Maven's runs the quick one only: where the full compiler's faster resampling pays for
     * starting a JVM. Cold `mvn clean site`, alternating runs on 3 December 2026: a fresh blog from
     * the archetype, 4 photos of 0.25 MB in all, 2.26 s without it, 2.93 s with; the example blog,
     * 9 photos of 5.7 MB, 4.72 s without, 4.55 s with; about 4.7 MB, straight between them.
     */
    static final long FULL_JIT_PHOTO_BYTES = 5L << 20;

    /** From how many Markdown files on a build is forked. */
    static final int FORK_FROM = 100;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the blog (blog.skip)");
            return;
        }
        BlogConfig config = config();
        MavenBuildListener listener = listener();
        ForkedBuild.Child early = null;
        try {
            Session session = Blog.session(config, listener);
            BuildResult result;
            Optional<BuildResult> restored = session.restoreUnchanged();
            if (restored.isPresent()) {
                result = restored.get();
            } else {
                // a blog that will fork starts its child first, to start beside what follows
                early = fork && !pruneCache && likelyForked(config) ? startChild(listener) : null;
                Session.ContentFiles files =
                        fork ? session.contentFiles() : Session.ContentFiles.NONE;
                long markdown = pruneCache ? 0 : files.markdown();
                boolean forked = markdown >= FORK_FROM;
                if (!forked && early != null) {
                    early.close(); // fewer Markdown files than its posts folder has entries
                    early = null;
                }
                boolean quickJit = fork && ForkedBuild.quickJitOnly();
                // new photos first, where the full JIT compiler runs: in this JVM before a build
                // forked into a quick one, in a JVM of their own when this one is the quick one and
                // they are worth a JVM's start (a few small ones are made here, in the build)
                Session.NewPhotos pending =
                        forked || quickJit
                                ? session.photosToProcess(files)
                                : Session.NewPhotos.NONE;
                boolean fullJit = quickJit && pending.bytes() >= FULL_JIT_PHOTO_BYTES;
                if (pending.photos() > 0 && (forked || fullJit)) {
                    if (fullJit) {
                        getLog().info(
                                        "Processing new photos in a JVM with the full JIT compiler"
                                                + " (this one runs with -XX:TieredStopAtLevel=1)");
                        if (forked) {
                            ForkedBuild.processPhotos(config, listener);
                        } else {
                            // while this JVM renders the pages, which need only the photos'
                            // names and sizes
                            session.photosMadeBeside(photoJvm(config, listener));
                        }
                    } else {
                        session.processPhotos();
                    }
                }
                if (forked) {
                    getLog().info(
                                    "Building "
                                            + markdown
                                            + " Markdown files in a JVM of its own (blog.fork)");
                    result =
                            early != null
                                    ? ForkedBuild.build(session, listener, early)
                                    : ForkedBuild.build(session, listener);
                } else {
                    result = session.build();
                }
            }
            getLog().info(
                            String.format(
                                    Locale.ROOT,
                                    "Built %d posts and pages into %d HTML pages, %d files in"
                                            + " %.1f s: %s",
                                    result.documents(),
                                    result.pages(),
                                    result.files(),
                                    result.duration().toMillis() / 1000.0,
                                    outputDirectory));
            if (pruneCache) {
                prune(session);
            }
        } catch (BuildFailedException e) {
            throw new MojoFailureException(e.report(project.getBasedir().toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("The blog could not be written: " + e.getMessage(), e);
        } finally {
            if (early != null) {
                early.close(); // ends a child that did not build
            }
        }
    }

    /**
     * Whether {@code content/posts} holds {@value #FORK_FROM} entries or more, a folder or file a
     * post: one look into one folder, where knowing takes a walk through them all.
     */
    private static boolean likelyForked(BlogConfig config) {
        try (Stream<Path> entries = Files.list(config.contentDirectory().resolve("posts"))) {
            return entries.limit(FORK_FROM).count() >= FORK_FROM;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** A forked build's JVM started ahead; none when it cannot be (the build starts its own). */
    private static ForkedBuild.Child startChild(MavenBuildListener listener) {
        try {
            return ForkedBuild.startBuild(listener);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The photo JVM, run from a thread of its own; it completes normally when the JVM failed (the
     * build then makes what it did not, and says why).
     */
    private CompletableFuture<Void> photoJvm(BlogConfig config, MavenBuildListener listener) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        ForkedBuild.processPhotos(config, listener);
                    } catch (IOException | RuntimeException e) {
                        getLog().warn(
                                        "The photo JVM failed ("
                                                + e.getMessage()
                                                + "): the photos it did not make are made in this"
                                                + " one");
                    }
                },
                task -> {
                    Thread thread = new Thread(task, "logbuch-photo-jvm");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** A cache that cannot be pruned is no reason to fail a build that succeeded. */
    private void prune(Session session) {
        try {
            int removed = session.pruneCache();
            getLog().info(
                            String.format(
                                    Locale.ROOT,
                                    "Removed %d processed photos this build did not use from %s",
                                    removed,
                                    cacheDirectory));
        } catch (IOException | java.io.UncheckedIOException e) {
            getLog().warn("The photo cache could not be pruned: " + e.getMessage());
        }
    }
}
