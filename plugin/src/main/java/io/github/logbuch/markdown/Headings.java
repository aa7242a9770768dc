package io.github.logbuch.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives every heading of a body an {@code id} to link to ({@code ## Talks} → {@code id="talks"},
 * the second one {@code talks-1}), and lists the h2 and h3 for a table of contents. Both number the
 * headings the same way, in the order of the text, so the contents always lead to the ids the body
 * has. The words are lower-cased the same way on every machine.
 */
final class Headings {
    private Headings() {}

    /** A heading of the contents. */
    record Entry(int level, String id, String text) {}

    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{#([A-Za-z][\\w:.-]*)}\\s*$");

    /**
     * An id the author gave a heading, Hugo's way: {@code ## Talks {#vortraege}}. Renders as
     * nothing.
     */
    static final class CustomId extends CustomNode {
        final String id;

        CustomId(String id) {
            this.id = id;
        }
    }

    /** Takes {@code {#id}} off the end of a heading into a {@link CustomId}. */
    static final class Attributes implements PostProcessor {
        @Override
        public Node process(Node document) {
            document.accept(
                    new AbstractVisitor() {
                        @Override
                        public void visit(Heading heading) {
                            if (heading.getLastChild() instanceof Text last) {
                                Matcher m = ATTRIBUTES.matcher(last.getLiteral());
                                if (m.find()) {
                                    last.setLiteral(last.getLiteral().substring(0, m.start()));
                                    if (last.getLiteral().isEmpty()) {
                                        last.unlink();
                                    }
                                    heading.appendChild(new CustomId(m.group(1)));
                                }
                            }
                        }
                    });
            return document;
        }
    }

    /** The id a heading gets: its own, else one made of its words, numbered if taken. */
    private static String id(Heading heading, IdGenerator ids) {
        if (heading.getLastChild() instanceof CustomId custom) {
            ids.generateId(custom.id); // taken: a later heading of the same words gets another
            return custom.id;
        }
        return ids.generateId(text(heading).toLowerCase(Locale.ROOT));
    }

    /** Sets the ids while a body is rendered; a new one for each body. */
    static final class Ids implements AttributeProvider {
        private final IdGenerator ids = IdGenerator.builder().build();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                attributes.put("id", id(heading, ids));
            }
        }
    }

    /** The h2 and h3 of a body with the ids {@link Ids} gives them. */
    static List<Entry> contents(Node document) {
        IdGenerator ids = IdGenerator.builder().build();
        List<Entry> entries = new ArrayList<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        String text = text(heading);
                        String id = id(heading, ids);
                        if (heading.getLevel() == 2 || heading.getLevel() == 3) {
                            entries.add(new Entry(heading.getLevel(), id, text));
                        }
                    }
                });
        return entries;
    }

    /** The words of a heading, as the ids are made of them. */
    static String text(Heading heading) {
        StringBuilder words = new StringBuilder();
        heading.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        words.append(text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        words.append(code.getLiteral());
                    }
                });
        return words.toString().strip();
    }

    /**
     * The contents as a {@code <nav>}: a list of the h2, each with its h3, titled {@code title};
     * null for a body without h2 or h3.
     */
    static String nav(List<Entry> entries, String title) {
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(256);
        out.append("<nav class=\"toc\" aria-labelledby=\"lb-toc-title\">\n")
                .append("<h2 class=\"toc-title\" id=\"lb-toc-title\">")
                .append(escape(title))
                .append("</h2>\n<ol>\n");
        boolean inSub = false;
        boolean open = false;
        for (Entry entry : entries) {
            if (entry.level() == 3 && open) {
                if (!inSub) {
                    out.append("\n<ol>\n");
                    inSub = true;
                } else {
                    out.append("</li>\n");
                }
            } else {
                if (inSub) {
                    out.append("</li>\n</ol>\n");
                    inSub = false;
                }
                if (open) {
                    out.append("</li>\n");
                }
            }
            out.append("<li><a href=\"#")
                    .append(escape(entry.id()))
                    .append("\">")
                    .append(escape(entry.text()))
                    .append("</a>");
            open = true;
        }
        if (inSub) {
            out.append("</li>\n</ol>\n");
        }
        out.append("</li>\n</ol>\n</nav>\n");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
