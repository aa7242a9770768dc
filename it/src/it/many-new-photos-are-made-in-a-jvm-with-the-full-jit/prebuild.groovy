// Writes an album of six photos of random pixels, 1600 x 1200, about 7 MB of JPEG in all: random
// pixels compress badly, so few photos are enough to pass the 5 MB from which a child is started.
import java.awt.image.BufferedImage
import javax.imageio.ImageIO

def album = new File(basedir, 'src/main/blog/content/posts/2016-06-30-hafen')
album.mkdirs()
new File(album, 'index.de.md').setText('''---
title: Hafen
album: true
---

Fotos vom Hafen.
''', 'UTF-8')
def random = new Random(7)
(1..6).each { n ->
    def image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB)
    for (int y = 0; y < 1200; y++) {
        for (int x = 0; x < 1600; x++) {
            image.setRGB(x, y, random.nextInt(1 << 24))
        }
    }
    ImageIO.write(image, 'jpg', new File(album, "foto-${n}.jpg"))
}
def bytes = album.listFiles().findAll { it.name.endsWith('.jpg') }.sum { it.length() }
assert bytes >= 5 * 1024 * 1024 : "the photos should pass 5 MB, they have $bytes bytes"
return true
