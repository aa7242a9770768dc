package io.github.logbuch.markdown;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Replaces relative link and image destinations by the URLs they are published at, and images that
 * are processed photos by responsive ones; a photo alone in its paragraph becomes a figure.
 */
final class LinkRewriter extends AbstractVisitor {
    private final LinkResolver links;
    private final ImageResolver images;
    private final String source;
    private final int firstLine;
    private boolean photoSeen;

    /**
     * @param source the Markdown the document was parsed from, with block source spans: a link's
     *     line is found in its block's text
     */
    LinkRewriter(LinkResolver links, ImageResolver images, String source, int firstLine) {
        this.links = links;
        this.images = images;
        this.source = source;
        this.firstLine = firstLine;
    }

    @Override
    public void visit(Link link) {
        if (isRelative(link.getDestination())) {
            links.resolve(link.getDestination(), false, line(link, link.getDestination()))
                    .ifPresent(link::setDestination);
        }
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        if (!isRelative(image.getDestination())) {
            visitChildren(image);
            return;
        }
        int line = line(image, image.getDestination());
        Optional<Figure> figure = images.figure(image.getDestination(), line);
        if (figure.isPresent()) {
            String alt = PlainText.of(image);
            if (alt.isEmpty() && figure.get().caption() != null) {
                alt = figure.get().caption();
            }
            PhotoNodes.Photo photo = new PhotoNodes.Photo(figure.get(), alt, !photoSeen);
            photoSeen = true;
            photo.setSourceSpans(image.getSourceSpans());
            image.insertAfter(photo);
            image.unlink();
            return;
        }
        links.resolve(image.getDestination(), true, line).ifPresent(image::setDestination);
        visitChildren(image);
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        PhotoNodes.Photo only = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof PhotoNodes.Photo photo && only == null) {
                only = photo;
            } else if (!(child instanceof SoftLineBreak)
                    && !(child instanceof Text text && text.getLiteral().isBlank())) {
                return;
            }
        }
        if (only != null) {
            PhotoNodes.PhotoFigure figure = new PhotoNodes.PhotoFigure(only);
            figure.setSourceSpans(paragraph.getSourceSpans());
            paragraph.insertAfter(figure);
            paragraph.unlink();
        }
    }

    /**
     * The file line of an inline: the line of its block where {@code destination} is first written
     * (a block has a source span for each of its lines), else the block's first line (a link whose
     * destination comes from a reference definition, or is written with escapes).
     */
    private int line(Node node, String destination) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan first = spans.get(0);
                SourceSpan last = spans.get(spans.size() - 1);
                int at = source.indexOf(destination, first.getInputIndex());
                if (at >= 0
                        && at + destination.length() <= last.getInputIndex() + last.getLength()) {
                    for (SourceSpan span : spans) {
                        if (at < span.getInputIndex() + span.getLength()) {
                            return firstLine + span.getLineIndex();
                        }
                    }
                }
                return firstLine + first.getLineIndex();
            }
        }
        return firstLine;
    }

    /** Not absolute, not site-absolute, not a fragment, not a scheme such as mailto: or data:. */
    static boolean isRelative(String destination) {
        if (destination == null || destination.isEmpty()) {
            return false;
        }
        char first = destination.charAt(0);
        if (first == '/' || first == '#' || first == '?') {
            return false;
        }
        int colon = destination.indexOf(':');
        int slash = destination.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }
}
