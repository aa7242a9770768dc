package io.github.logbuch.markdown;

/**
 * What the shortcodes of one document turn into; the core supplies it per document, as it knows the
 * site, the photos and the blog's own shortcode templates. Problems (an unknown shortcode, a {@code
 * ref} to nothing) are its to report.
 */
public interface Shortcodes {

    /**
     * What a shortcode stands for.
     *
     * @return its HTML, or for {@code ref} and {@code relref} the URL as Markdown text (so it can
     *     stand in a link: {@code [notes]({{< ref "strata" >}})})
     */
    Output render(Shortcode shortcode);

    /** Whether a shortcode's inner text is code to keep as it is, shortcodes in it too. */
    boolean keepsInnerText(String name);

    /** A shortcode written wrongly: a tag never closed, a closing tag without an opening one. */
    void problem(int line, String message);

    /** The result of a shortcode: HTML placed as it is, or text that is read as Markdown. */
    record Output(String text, boolean html) {
        public static Output html(String html) {
            return new Output(html, true);
        }

        public static Output markdown(String text) {
            return new Output(text, false);
        }
    }

    /** No shortcodes: the text is left as written (for captions, and tests of plain Markdown). */
    Shortcodes NONE =
            new Shortcodes() {
                @Override
                public Output render(Shortcode shortcode) {
                    throw new UnsupportedOperationException("shortcodes are off");
                }

                @Override
                public boolean keepsInnerText(String name) {
                    return true;
                }

                @Override
                public void problem(int line, String message) {}
            };
}
