package io.github.logbuch.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Photos in the syntax tree: an image that is a processed photo becomes a {@link Photo}, and a
 * paragraph holding nothing but one becomes a {@link PhotoFigure} with a caption.
 */
final class PhotoNodes {
    private PhotoNodes() {}

    /** A responsive image; {@code eager} for the first photo of a page, which should not wait. */
    static final class Photo extends CustomNode {
        final Figure figure;
        final String alt;
        final boolean eager;

        Photo(Figure figure, String alt, boolean eager) {
            this.figure = figure;
            this.alt = alt;
            this.eager = eager;
        }
    }

    /** A photo on its own: a figure, its caption the alt text. */
    static final class PhotoFigure extends CustomBlock {
        final Photo photo;

        PhotoFigure(Photo photo) {
            this.photo = photo;
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Photo.class, PhotoFigure.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof PhotoFigure figure) {
                Photo photo = figure.photo;
                html.line();
                html.tag("figure", Map.of("class", "photo"));
                boolean linked = !photo.alt.isEmpty();
                if (linked) {
                    Map<String, String> link = new LinkedHashMap<>();
                    link.put("class", "photo-link");
                    link.put("href", photo.figure.large());
                    link.put("data-srcset", photo.figure.srcset());
                    link.put("data-width", String.valueOf(photo.figure.largeWidth()));
                    link.put("data-height", String.valueOf(photo.figure.largeHeight()));
                    html.tag("a", link);
                }
                img(photo);
                if (linked) {
                    html.tag("/a");
                }
                if (!photo.alt.isEmpty()) {
                    html.tag("figcaption");
                    html.text(photo.alt);
                    html.tag("/figcaption");
                }
                html.tag("/figure");
                html.line();
            } else {
                img((Photo) node);
            }
        }

        private void img(Photo photo) {
            Figure f = photo.figure;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", f.src());
            attributes.put("srcset", f.srcset());
            attributes.put("sizes", "(min-width: 45rem) 42rem, calc(100vw - 2.5rem)");
            attributes.put("width", String.valueOf(f.width()));
            attributes.put("height", String.valueOf(f.height()));
            attributes.put("alt", photo.alt);
            if (photo.eager) {
                attributes.put("fetchpriority", "high");
            } else {
                attributes.put("loading", "lazy");
            }
            attributes.put("decoding", "async");
            html.tag("img", attributes, true);
        }
    }
}
