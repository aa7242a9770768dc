package io.github.logbuch.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.logbuch.Blog;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckTest {
    @TempDir Path dir;

    private List<Finding> check(TestSite site, Set<URI> external) throws IOException {
        return new LinkChecker(site.output(), URI.create("https://blog.example.org/"))
                .check(external);
    }

    @Test
    void aSiteLogbuchBuiltHasNothingBroken() throws IOException {
        TestSite site = SampleBlogs.kitchenSink(dir);
        site.build();
        Set<URI> external = new TreeSet<>();
        assertEquals(List.of(), check(site, external));
        assertTrue(external.contains(URI.create("https://containerdays.io")), external.toString());
    }

    @Test
    void plantedBrokenLinksAndImagesAreListedWithTheirPage() throws IOException {
        TestSite site = SampleBlogs.kitchenSink(dir);
        site.build();
        Path page = site.output().resolve("2016/06/baakenhafen/index.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        html =
                html.replace(
                        "</main>",
                        """
                <p><a href="/2016/06/nowhere/">gone</a> <a href="../containerdays-2016/#no-such-heading">anchor</a>
                <a href="https://blog.example.org/2015/01/old/">old</a> <a href="../containerdays-2016/#fn-1">fine</a>
                <img src="/missing.jpg" alt="x"> <img src="../containerdays-2016/programme.pdf">
                <a href="/2016/06/containerdays-2016/"><img src="/missing-too.jpg" alt=""></a></p></main>""");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        List<String> findings =
                check(site, new TreeSet<>()).stream().map(Finding::toString).toList();
        assertEquals(
                List.of(
                        "2016/06/baakenhafen/index.html: ../containerdays-2016/#no-such-heading: broken link: the page has no #no-such-heading",
                        "2016/06/baakenhafen/index.html: ../containerdays-2016/programme.pdf: image without alt text",
                        "2016/06/baakenhafen/index.html: /2016/06/nowhere/: broken link: no such page or file in the site",
                        "2016/06/baakenhafen/index.html: /missing-too.jpg: image without alt text is the only content of a link, which has no name then",
                        "2016/06/baakenhafen/index.html: /missing-too.jpg: missing: no such file in the site",
                        "2016/06/baakenhafen/index.html: /missing.jpg: missing: no such file in the site",
                        "2016/06/baakenhafen/index.html: https://blog.example.org/2015/01/old/: broken link: no such page or file in the site"),
                findings);
    }

    @Test
    void postsMissingARequiredLanguageAreListed() throws Exception {
        TestSite site = SampleBlogs.kitchenSink(dir);
        List<String> findings =
                MissingTranslations.find(
                                Blog.assemble(site.config(), BuildListener.SILENT),
                                site.config().languages())
                        .stream()
                        .map(Finding::toString)
                        .toList();
        assertEquals(
                List.of(
                        "content/pages/impressum/index.md: has no English version (en)",
                        "content/posts/2016-06-02-strata/index.en.md: has no Deutsch version (de)",
                        "content/posts/2016-06-30-baakenhafen/index.md: has no English version (en)"),
                findings);
    }

    @Test
    void externalLinksAreCheckedOnlyAgainstWhatAnswers() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/fine",
                exchange -> {
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
        server.createContext(
                "/gone",
                exchange -> {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                });
        server.createContext(
                "/no-head",
                exchange -> {
                    exchange.sendResponseHeaders(
                            exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
                    exchange.close();
                });
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<URI, String> problems =
                    new ExternalLinks(Duration.ofSeconds(5))
                            .check(
                                    List.of(
                                            URI.create(origin + "/fine"),
                                            URI.create(origin + "/gone"),
                                            URI.create(origin + "/no-head"),
                                            URI.create("http://127.0.0.1:1/closed")));
            assertEquals(2, problems.size(), problems.toString());
            assertEquals("answers HTTP 404", problems.get(URI.create(origin + "/gone")));
            assertTrue(
                    problems.get(URI.create("http://127.0.0.1:1/closed"))
                            .startsWith("cannot be reached"));
        } finally {
            server.stop(0);
        }
    }
}
