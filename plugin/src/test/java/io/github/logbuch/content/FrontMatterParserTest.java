package io.github.logbuch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    private static final Path FILE = Path.of("index.md");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Problems problems = new Problems();

    private SourceText parse(String text) {
        Optional<SourceText> parsed = FrontMatterParser.parse(FILE, text, problems);
        assertTrue(parsed.isPresent(), () -> problems.errors().toString());
        return parsed.get();
    }

    private List<String> failures(String text) {
        assertTrue(FrontMatterParser.parse(FILE, text, problems).isEmpty());
        return problems.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void yamlFieldsAreTypedAndTheBodyKnowsItsFirstLine() {
        SourceText source =
                parse(
                        """
                        ---
                        title: "Hello: World"
                        tags: [a, b]
                        draft: true
                        weight: 3
                        date: 2016-06-29
                        ---
                        Body.
                        """);
        FrontMatter fm = source.frontMatter();
        assertEquals(Optional.of("Hello: World"), fm.string("title"));
        assertEquals(List.of("a", "b"), fm.strings("tags"));
        assertTrue(fm.bool("draft", false));
        assertEquals(Optional.of(3), fm.integer("weight"));
        assertEquals(
                ZonedDateTime.parse("2016-06-29T00:00+02:00[Europe/Berlin]"),
                fm.date("date", BERLIN).get());
        assertEquals("Body.\n", source.body() + "\n");
        assertEquals(8, source.bodyLine());
        assertEquals(4, fm.lineOf("draft"));
    }

    @Test
    void aSingleTagIsAListOfOne() {
        assertEquals(
                List.of("travel"), parse("---\ntags: travel\n---\n").frontMatter().strings("tags"));
    }

    @Test
    void tomlFrontMatterAsHugoWritesItIsReadToo() {
        SourceText source =
                parse(
                        """
                        +++
                        title = "Hugo post"
                        date = 2016-06-29T10:00:00+02:00
                        tags = ["a", "b"]
                        draft = false
                        +++
                        Body.
                        """);
        FrontMatter fm = source.frontMatter();
        assertEquals(Optional.of("Hugo post"), fm.string("title"));
        assertEquals(List.of("a", "b"), fm.strings("tags"));
        assertEquals(ZonedDateTime.parse("2016-06-29T10:00+02:00"), fm.date("date", BERLIN).get());
        assertFalse(fm.bool("draft", true));
        assertEquals(3, fm.lineOf("date"));
        assertEquals(7, source.bodyLine());
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        SourceText source = parse("# Just text\n");
        assertFalse(source.frontMatter().has("title"));
        assertEquals(1, source.bodyLine());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreFine() {
        SourceText source = parse("\uFEFF---\r\ntitle: Windows\r\n---\r\nBody.\r\n");
        assertEquals(Optional.of("Windows"), source.frontMatter().string("title"));
        assertEquals("Body.", source.body());
    }

    @Test
    void brokenYamlIsReportedAtItsLine() {
        List<String> errors = failures("---\ntitle: ok\ntags: [a, b\nsummary: x\n---\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("index.md:4: broken YAML front matter"), errors.get(0));
    }

    @Test
    void aDuplicateFieldIsReportedAtItsLine() {
        List<String> errors = failures("---\ntitle: a\ntitle: b\n---\n");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("index.md:3: broken YAML front matter"), errors.get(0));
        assertTrue(errors.get(0).contains("title"), errors.get(0));
    }

    @Test
    void unclosedFrontMatterIsReported() {
        List<String> errors = failures("---\ntitle: a\nBody without end.\n");
        assertEquals(
                List.of(
                        "index.md:1: the front matter opened with --- on line 1 is never closed: end it with a line of ---"),
                errors);
    }

    @Test
    void frontMatterThatIsNoMappingIsReported() {
        List<String> errors = failures("---\n- just\n- a list\n---\n");
        assertEquals(
                List.of(
                        "index.md:2: the front matter must be a list of fields such as \"title: Hello\""),
                errors);
    }

    @Test
    void brokenTomlIsReportedAtItsLine() {
        List<String> errors = failures("+++\ntitle = \"a\"\ndate = = 3\n+++\n");
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).startsWith("index.md:3: broken TOML front matter"), errors.get(0));
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedAtItsLine() {
        FrontMatter fm = parse("---\ntitle: a\ntags: {x: 1}\ndate: yesterday\n---\n").frontMatter();
        assertEquals(List.of(), fm.strings("tags"));
        assertTrue(fm.date("date", BERLIN).isEmpty());
        List<String> errors = problems.errors().stream().map(Problem::toString).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(
                "index.md:3: tags: expected a text or a list of texts, found a mapping",
                errors.get(0));
        assertTrue(
                errors.get(1).startsWith("index.md:4: date: \"yesterday\" is not a date"),
                errors.get(1));
    }
}
