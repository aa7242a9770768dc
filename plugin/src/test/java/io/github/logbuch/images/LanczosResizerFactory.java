package io.github.logbuch.images;

import java.awt.Dimension;
import net.coobird.thumbnailator.resizers.DefaultResizerFactory;
import net.coobird.thumbnailator.resizers.Resizer;
import net.coobird.thumbnailator.resizers.ResizerFactory;

/**
 * Picks our Lanczos for shrinking and for a size kept (which it may still turn upright),
 * Thumbnailator's default for enlarging: how the tests hand our resizer to Thumbnailator, whose
 * output the pipeline's is compared with.
 */
final class LanczosResizerFactory implements ResizerFactory {
    private final LanczosResizer lanczos;

    LanczosResizerFactory(LanczosResizer lanczos) {
        this.lanczos = lanczos;
    }

    @Override
    public Resizer getResizer() {
        return lanczos;
    }

    @Override
    public Resizer getResizer(Dimension originalSize, Dimension thumbnailSize) {
        // compared by area: a photo turned upright has its sides swapped
        long original = (long) originalSize.width * originalSize.height;
        long thumbnail = (long) thumbnailSize.width * thumbnailSize.height;
        return thumbnail <= original
                ? lanczos
                : DefaultResizerFactory.getInstance().getResizer(originalSize, thumbnailSize);
    }
}
