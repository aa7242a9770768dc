package io.github.logbuch.markdown;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Replaces relative link and image destinations by the URLs they are published at. */
final class LinkRewriter extends AbstractVisitor {
    private final LinkResolver resolver;
    private final int firstLine;

    LinkRewriter(LinkResolver resolver, int firstLine) {
        this.resolver = resolver;
        this.firstLine = firstLine;
    }

    @Override
    public void visit(Link link) {
        if (isRelative(link.getDestination())) {
            resolver.resolve(link.getDestination(), false, line(link))
                    .ifPresent(link::setDestination);
        }
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        if (isRelative(image.getDestination())) {
            resolver.resolve(image.getDestination(), true, line(image))
                    .ifPresent(image::setDestination);
        }
        visitChildren(image);
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
