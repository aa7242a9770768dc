package io.github.logbuch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlogConfigTest {
    private static BlogConfig.Builder valid() {
        return BlogConfig.builder()
                .sourceDirectory(Path.of("src/main/blog"))
                .outputDirectory(Path.of("target/site"))
                .baseUrl("https://blog.example.org");
    }

    @Test
    void theBaseUrlAlwaysEndsInASlashAndItsPathPrefixesLinks() {
        BlogConfig config = valid().baseUrl("https://example.org/blog").build();
        assertEquals("https://example.org/blog/", config.baseUrl().toString());
        assertEquals("/blog", config.basePath());
        assertEquals("https://example.org/blog/en/", config.absolute("/en/"));
        assertEquals("", valid().build().basePath());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "example.org",
                "/blog/",
                "ftp://example.org/",
                "https://example.org/?x=1",
                "https://"
            })
    void aBaseUrlThatIsNoAbsoluteHttpUrlIsRefused(String url) {
        ConfigException e = assertThrows(ConfigException.class, () -> valid().baseUrl(url).build());
        assertEquals("baseUrl", e.setting());
    }

    @Test
    void languagesAreACommaListAndTheFirstIsTheDefault() {
        List<Language> languages = valid().languages(" de , en ").build().languages();
        assertEquals(List.of("de", "en"), languages.stream().map(Language::code).toList());
        assertTrue(languages.get(0).isDefault());
        assertEquals("", languages.get(0).prefix());
        assertEquals("/en", languages.get(1).prefix());
        assertEquals(Locale.GERMAN, languages.get(0).locale());
        assertEquals("Deutsch", languages.get(0).nativeName());
        assertEquals("English", languages.get(1).nativeName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",", "de,de", "german", "de,EN", "de_DE"})
    void badLanguagesAreRefused(String languages) {
        ConfigException e =
                assertThrows(ConfigException.class, () -> valid().languages(languages).build());
        assertEquals("languages", e.setting());
    }

    @Test
    void aBadTimeZoneIsRefused() {
        assertEquals(
                "timeZone",
                assertThrows(ConfigException.class, () -> valid().timeZone("Mars/Olympus").build())
                        .setting());
    }

    @Test
    void aBlogBelowAPathLinksEverythingBelowThatPath(@TempDir Path dir) {
        TestSite site =
                TestSite.in(dir)
                        .with(b -> b.baseUrl("https://example.org/blog/"))
                        .files(
                                "-- content/posts/2016-06-29-post/index.md --\n---\ntitle: Beitrag\n---\nText.\n");
        site.build();
        String home = site.read("index.html");
        assertTrue(home.contains("href=\"/blog/2016/06/post/\""), home);
        assertTrue(home.contains("href=\"/blog/assets/logbuch."), home);
        assertTrue(
                home.contains("<link rel=\"canonical\" href=\"https://example.org/blog/\">"), home);
        assertTrue(
                site.read("feed.xml").contains("<id>https://example.org/blog/2016/06/post/</id>"));
    }
}
