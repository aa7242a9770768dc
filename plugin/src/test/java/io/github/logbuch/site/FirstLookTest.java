package io.github.logbuch.site;

import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstLookTest {
    @Test
    void buildsABilingualBlog(@TempDir Path dir) throws Exception {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-containerdays-2016/index.en.md --
                ---
                title: ContainerDays 2016
                tags: [Conference, Docker]
                ---
                I skipped the workshop day. See [the photos](../2016-06-30-baakenhafen/).

                ## Talks

                | a | b |
                |:-:|--:|
                | 1 | 2 |

                Footnote[^1].

                [^1]: Here.
                -- content/posts/2016-06-30-baakenhafen/index.md --
                ---
                title: Baakenhafen, HafenCity
                tags: Hamburg
                ---
                Am Petersenkai.
                -- content/pages/about/index.de.md --
                ---
                title: Über mich
                ---
                Hallo.
                -- content/pages/about/index.en.md --
                ---
                title: About me
                ---
                Hello.
                """);
        site.build();
        System.out.println(site.read("index.html"));
        System.out.println(site.read("en/2016/06/containerdays-2016/index.html"));
        System.out.println(site.read("sitemap.xml"));
        System.out.println(site.read("en/feed.xml"));
    }
}
