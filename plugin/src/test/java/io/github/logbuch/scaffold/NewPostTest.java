package io.github.logbuch.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.Language;
import io.github.logbuch.content.FrontMatterParser;
import io.github.logbuch.content.SourceText;
import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewPostTest {
    private static final Language DE = new Language("de", Locale.GERMAN, true);
    private static final Language EN = new Language("en", Locale.ENGLISH, false);
    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2016, 6, 3, 21, 15, 0, 0, ZoneId.of("Europe/London"));

    @TempDir Path content;

    @Test
    void aPostGetsADatedFolderAndItsFrontMatter() throws IOException {
        Path file = NewPost.create(content, "Strata + Hadoop World 2016", EN, NOW, false);
        assertEquals(
                content.resolve("posts/2016-06-03-strata-hadoop-world-2016/index.en.md"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(
                "---\ntitle: \"Strata + Hadoop World 2016\"\ndate: 2016-06-03T21:15:00+01:00\ntags: []\n---\n\n",
                text);
    }

    @Test
    void germanLettersAreSluggedAsGermansWriteThem() throws IOException {
        assertEquals(
                "2016-06-03-ueber-die-baakenhafen-bruecke-an-der-strasse",
                NewPost.create(content, "Über die Baakenhafen Brücke an der Straße", DE, NOW, false)
                        .getParent()
                        .getFileName()
                        .toString());
        assertEquals(
                "index.de.md",
                NewPost.create(content, "Grüße", DE, NOW, false).getFileName().toString());
    }

    @Test
    void aTitleWithQuotesAndColonsSurvivesTheFrontMatter() throws IOException {
        String title = "Rule, Britannia! \"Britannia\": rule the waves # really";
        Path file = NewPost.create(content, title, DE, NOW, true);
        Problems problems = new Problems();
        SourceText source =
                FrontMatterParser.parse(file, Files.readString(file), problems).orElseThrow();
        assertEquals(title, source.frontMatter().string("title").orElseThrow());
        assertTrue(source.frontMatter().bool("draft", false));
        assertEquals(List.of(), problems.errors());
    }

    @Test
    void anExistingPostIsNeverOverwritten() throws IOException {
        Path file = NewPost.create(content, "ContainerDays 2016", EN, NOW, false);
        Files.writeString(file, "my words");
        assertThrows(
                FileAlreadyExistsException.class,
                () -> NewPost.create(content, "ContainerDays 2016", EN, NOW, false));
        assertEquals("my words", Files.readString(file));
    }

    @Test
    void aTitleWithoutLettersOrDigitsIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> NewPost.create(content, "!!!", DE, NOW, false));
    }
}
