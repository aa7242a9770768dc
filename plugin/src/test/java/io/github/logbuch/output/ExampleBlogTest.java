package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.testing.Feeds;
import io.github.logbuch.testing.HtmlValidator;
import io.github.logbuch.testing.SitemapSchema;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example blog of site-example/ builds without a warning into valid pages, feeds and sitemap.
 */
class ExampleBlogTest {
    private static final Path EXAMPLE = Path.of("../site-example/src/main/blog");

    @Test
    void theExampleBlogBuildsCleanAndValid(@TempDir Path dir) throws Exception {
        assertTrue(Files.isDirectory(EXAMPLE), "the example blog is beside the plugin");
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(EXAMPLE)
                        .outputDirectory(dir.resolve("site"))
                        .cacheDirectory(dir.resolve("cache"))
                        .baseUrl("https://logbuch.github.io/logbuch/")
                        .languages("de,en")
                        .title("Logbuch")
                        .author("Erika Mustermann")
                        .timeZone("Europe/Berlin")
                        .clock(TestSite.CLOCK)
                        .build();
        java.util.List<String> warnings = new java.util.ArrayList<>();
        BuildResult result =
                Blog.build(
                        config,
                        new BuildListener() {
                            @Override
                            public void warning(io.github.logbuch.problem.Problem problem) {
                                warnings.add(problem.toString());
                            }
                        });
        assertEquals(java.util.List.of(), warnings);
        assertTrue(result.documents() >= 10, "documents: " + result.documents());
        Path site = dir.resolve("site");
        new HtmlValidator().assertValid(site);
        SitemapSchema.assertValid(site.resolve("sitemap.xml"));
        Feeds.assertValidAtom(site.resolve("feed.xml"));
        Feeds.assertValidAtom(site.resolve("en/feed.xml"));
    }
}
