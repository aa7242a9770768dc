package io.github.logbuch.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HighlighterTest {

    /** A sample per language the issue names, and a token in it that must get a colour class. */
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(
                        "java",
                        "/** Doc */\npublic final class A<T> {\n  String s = \"a<b&c\"; // note\n  int n = 0x1F;\n}\n",
                        "public",
                        "hl-keyword"),
                Arguments.of("kotlin", "fun main() {\n  val x = \"hi\"\n}\n", "fun", "hl-keyword"),
                Arguments.of(
                        "groovy",
                        "def greet(name) {\n  println \"Hi ${name}\"\n}\n",
                        "def",
                        "hl-keyword"),
                Arguments.of(
                        "xml",
                        "<?xml version=\"1.0\"?>\n<project a=\"b\"><!-- c --></project>\n",
                        "<!-- c -->",
                        "hl-comment"),
                Arguments.of(
                        "html",
                        "<p class=\"x\">Fish &amp; chips</p>\n<script>let a = 1;</script>\n",
                        "&amp;",
                        "hl-entity"),
                Arguments.of(
                        "yaml",
                        "# settings\nname: logbuch\nlist:\n  - a\n",
                        "# settings",
                        "hl-comment"),
                Arguments.of("json", "{\"a\": [\"x\", 1, true, null]}\n", "\"x\"", "hl-string"),
                Arguments.of(
                        "properties",
                        "# comment\nkey=value\nother: x\n",
                        "# comment",
                        "hl-comment"),
                Arguments.of(
                        "toml", "# Hugo\n[params]\ntitle = \"Logbuch\"\n", "# Hugo", "hl-comment"),
                Arguments.of(
                        "bash",
                        "#!/bin/sh\nif [ -f x ]; then\n  echo \"$HOME\" # home\nfi\n",
                        "if",
                        "hl-keyword"),
                Arguments.of(
                        "python", "def f(x):\n    return 'a' + str(x)  # c\n", "def", "hl-keyword"),
                Arguments.of(
                        "go",
                        "package main\n\nfunc main() {\n\tfmt.Println(\"x\")\n}\n",
                        "func",
                        "hl-keyword"),
                Arguments.of(
                        "javascript",
                        "const a = 1; // c\nfunction f() { return `t`; }\n",
                        "function",
                        "hl-keyword"),
                Arguments.of(
                        "typescript",
                        "interface A { b: string }\nconst c: A = { b: 'x' };\n",
                        "interface",
                        "hl-keyword"),
                Arguments.of(
                        "sql",
                        "SELECT name FROM posts WHERE id = 1; -- c\n",
                        "SELECT",
                        "hl-keyword"),
                Arguments.of(
                        "dockerfile",
                        "FROM eclipse-temurin:17\nRUN mvn -B verify\n",
                        "FROM",
                        "hl-keyword"),
                Arguments.of(
                        "diff",
                        "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n",
                        "+new",
                        "hl-inserted"),
                Arguments.of("markdown", "# Title\n\nSome *text*.\n", "# Title", null),
                Arguments.of(
                        "c",
                        "#include <stdio.h>\nint main(void) { return 0; }\n",
                        "int",
                        "hl-type"),
                Arguments.of(
                        "cpp",
                        "#include <vector>\nauto main() -> int { return 0; }\n",
                        "return",
                        "hl-keyword"),
                Arguments.of(
                        "rust", "fn main() {\n    let x: i32 = 5; // c\n}\n", "fn", "hl-keyword"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyNamedLanguageGetsColouredTokensAndKeepsItsTextExactly(
            String language, String code, String token, String expectedClass) {
        String html = Highlighter.html(code, language, CodeOptions.NONE);
        Element pre = Jsoup.parseBodyFragment(html).selectFirst("pre");
        assertEquals(code, pre.wholeText(), html);
        assertEquals("language-" + language, pre.child(0).className(), html);
        assertTrue(pre.select("span[class^=hl-]").size() > 0, html);
        if (expectedClass != null) {
            boolean found =
                    pre.select("span." + expectedClass).stream()
                            .anyMatch(span -> span.text().contains(token));
            assertTrue(found, token + " should be " + expectedClass + ": " + html);
        }
    }

    @Test
    void multiLineCommentsAndTextBlocksCarryOverLines() {
        String html =
                Highlighter.html(
                        "/* one\n two */ int x;\nString t = \"\"\"\n  a\n  \"\"\";\n",
                        "java",
                        CodeOptions.NONE);
        assertTrue(html.contains("<span class=\"hl-comment\"> two */</span>"), html);
        assertTrue(html.contains("<span class=\"hl-string\">  a</span>"), html);
    }

    @Test
    void textIsEscapedAsCommonmarkEscapesIt() {
        String html = Highlighter.html("a < b && c > \"d\"\n", "java", CodeOptions.NONE);
        assertTrue(html.contains("&lt;"), html);
        assertTrue(html.contains("&amp;&amp;"), html);
        assertTrue(html.contains("&quot;d&quot;"), html);
        assertFalse(html.contains("< b"), html);
    }

    @Test
    void anUnknownLanguageOrNoneIsPlainAsCommonmarkWritesIt() {
        assertEquals(
                "<pre><code class=\"language-klingon\">a &lt; b\n</code></pre>\n",
                Highlighter.html("a < b\n", "klingon", CodeOptions.NONE));
        assertEquals(
                "<pre><code>a &lt; b\n</code></pre>\n",
                Highlighter.html("a < b\n", "", CodeOptions.NONE));
    }

    @Test
    void languageNamesAreReadAsHugoAndChromaWriteThem() {
        for (String alias :
                Set.of(
                        "sh", "shell", "yml", "js", "ts", "py", "golang", "kt", "c++", "rs",
                        "docker", "patch", "md")) {
            assertTrue(Highlighter.knows(alias), alias);
        }
        assertTrue(Highlighter.knows("JAVA"));
    }

    @Test
    void hugoOptionsNumberAndStressLines() {
        CodeOptions options =
                CodeOptions.parse("{linenos=table,hl_lines=[2,\"4-5\"],linenostart=10}");
        assertEquals(new CodeOptions(true, 10, Set.of(2, 4, 5)), options);
        assertEquals(
                new CodeOptions(true, 1, Set.of(2, 4, 5)),
                CodeOptions.parse("linenos=true,hl_lines=2 4-5"));
        assertEquals(
                new CodeOptions(false, 1, Set.of(3)),
                CodeOptions.parse("hl_lines=3, style=monokai"));
        String html = Highlighter.html("a\nb\nc\n", "java", options);
        Element code = Jsoup.parseBodyFragment(html).selectFirst("code");
        assertEquals("language-java linenos", code.className());
        assertEquals("counter-reset: line 9", code.attr("style"));
        assertEquals(3, code.select("span.line").size());
        assertEquals("b", code.selectFirst("span.line.hl").text());
        assertEquals("a\nb\nc\n", code.wholeText());
    }

    @Test
    void aLineIsCheapToColour() {
        // not a timing assertion: a smoke test that a large block goes through without trouble
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            code.append("int x").append(i).append(" = ").append(i).append("; // c\n");
        }
        String html = Highlighter.html(code.toString(), "java", CodeOptions.NONE);
        assertEquals(5_000, html.split("hl-comment", -1).length - 1);
    }

    @Test
    void everyNameHasALexerOfItsOwnLanguage() {
        for (String name : Languages.names()) {
            assertTrue(Languages.lexer(name).isPresent(), name);
            assertTrue(Languages.lexer(name.toUpperCase(java.util.Locale.ROOT)).isPresent(), name);
        }
        assertEquals(
                Languages.lexer("yml").orElseThrow().getClass(),
                Languages.lexer("yaml").orElseThrow().getClass());
        assertTrue(Languages.lexer("no-such-language").isEmpty());
    }
}
