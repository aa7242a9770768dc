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
    private final int firstLine;
    private boolean photoSeen;

    LinkRewriter(LinkResolver links, ImageResolver images, int firstLine) {
        this.links = links;
        this.images = images;
        this.firstLine = firstLine;
    }

    @Override
    public void visit(Link link) {
        if (isRelative(link.getDestination())) {
            links.resolve(link.getDestination(), false, line(link)).ifPresent(link::setDestination);
        }
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        if (!isRelative(image.getDestination())) {
            visitChildren(image);
            return;
        }
        int line = line(image);
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

    private int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return firstLine + spans.get(0).getLineIndex();
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
