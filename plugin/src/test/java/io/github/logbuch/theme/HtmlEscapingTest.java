package io.github.logbuch.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscapingTest {
    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void everyCharacterComesOutAsPebblesOwnHtmlEscapingWritesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertEquals(HtmlEscape.escapeHtml4Xml(one), escaping.escape(one), "U+" + (int) c);
            all.append(c);
        }
        assertEquals(HtmlEscape.escapeHtml4Xml(all.toString()), escaping.escape(all.toString()));
    }

    @Test
    void textAsThemesShowIt() {
        for (String text :
                new String[] {
                    "",
                    "Frei, und wieder ab an die Elbe!",
                    "<script>alert('x')</script>",
                    "Tom & Jerry's \"Café\" > 3 < 4 &amp;",
                    "Ümlaute, 漢字 and 🚢 (a pair of surrogates) & more 🚢",
                    "&",
                    "ends with '",
                }) {
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaping.escape(text), text);
        }
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String text = "Am Petersenkai, 29. Juni 2016";
        assertSame(text, escaping.escape(text));
    }
}
