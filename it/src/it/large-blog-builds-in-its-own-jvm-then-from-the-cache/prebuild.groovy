// Writes 100 posts (150 Markdown files: every second one in English too) and an album with one
// photo, so that the build is large enough to be forked (its posts folder, with 101 entries, large
// enough for the forked JVM to be started before content/ is walked) and has a photo to process first.
import java.awt.Color
import java.awt.image.BufferedImage
import javax.imageio.ImageIO

def posts = new File(basedir, 'src/main/blog/content/posts')
def tags = ['Hamburg', 'Elbe', 'Fotos', 'Konferenz', 'Java', 'Maven', 'Reisen', 'Übersicht']
(1..100).each { n ->
    def day = String.format('2015-%02d-%02d', (n % 12) + 1, (n % 27) + 1)
    def folder = new File(posts, "$day-eintrag-$n")
    folder.mkdirs()
    def postTags = (0..<3).collect { tags[(n * (it + 1)) % tags.size()] }.unique()
    new File(folder, 'index.de.md').setText("""---
title: Eintrag $n
tags: [${postTags.join(', ')}]
---

Eintrag Nummer $n, mit **Markdown**, einem [Link](https://example.org/$n) und Code:

```java
class Eintrag$n { String name = "Nummer $n"; }
```
""", 'UTF-8')
    if (n % 2 == 0) {
        new File(folder, 'index.en.md').setText("""---
title: Entry $n
tags: [${postTags.join(', ')}]
---

Entry number $n, see [the previous one](../${String.format('2015-%02d-%02d', ((n - 1) % 12) + 1, ((n - 1) % 27) + 1)}-eintrag-${n - 1}/).
""", 'UTF-8')
    }
}
def album = new File(posts, '2016-06-30-hafen')
album.mkdirs()
new File(album, 'index.de.md').setText('''---
title: Hafen
album: true
---

Fotos vom Hafen.
''', 'UTF-8')
def image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB)
def g = image.createGraphics()
(0..<8).each { i ->
    g.color = new Color((i * 31) % 256, (i * 67) % 256, (i * 101) % 256)
    g.fillRect(i * 150, 0, 150, 800)
}
g.dispose()
ImageIO.write(image, 'jpg', new File(album, 'kran.jpg'))
return true
