// Photos come out upright and without camera metadata; broken ones are named, the rest go on;
// the cache survives `mvn clean`.
import javax.imageio.ImageIO
import java.awt.Color

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 3 : 'all builds should succeed despite the broken photos'
// one rule for damaged photos: decoded with damage = published as far as it decodes, with a
// warning naming the file and what is wrong; not decodable at all = left out with an error line
['3-truncated', '5-bad-huffman', '6-extraneous-bytes'].each { name ->
    assert (log =~ /WARNING\].*${name}\.jpg: the photo is damaged \(.+\): published as far as it decodes/).size() == 3 : "$name is not named in every build"
}
assert log =~ /premature end|Missing EOI|truncated/ : 'the truncated photo should say it is cut off'
assert log.contains('bad Huffman code') && log.contains('extraneous bytes') : 'what is wrong is said'
assert (log =~ /ERROR\].*7-two-frames\.jpg: left out: the photo cannot be decoded/).size() == 3 : 'the undecodable photo is not named in every build'
assert log =~ /WARNING\].*4-huge\.jpg: left out: the photo is 50000×50000 pixels/ : 'the huge photo is not named'
assert log.contains('Processing 8 photos (0 unchanged, from the cache)') : 'the cold build should look at all eight photos'
// the photo with two frames has a header that reads: the pages rendered while it was made showed
// it, so the first build renders them again without it; later builds know it from the cache
assert log.count('were made: rendering again') == 1 : 'the first build should render again without the undecodable photo, and only the first'
assert log.contains('Photos: all 8 unchanged, from the cache') : 'after mvn clean the cache should still have them, the broken ones too'
assert log.count('Nothing changed since the build that made') == 1 : 'the third build should put the second one\'s site back'
assert !log.contains('OutOfMemoryError')
assert new File(basedir, '.logbuch-cache/photos').isDirectory() : 'the cache lives in the project, outside target/'

def site = new File(basedir, 'target/site')
def album = new File(site, '2016/06/frei-und-wieder-ab-an-die-elbe/index.html')
def albumEn = new File(site, 'en/2016/06/frei-und-wieder-ab-an-die-elbe/index.html')
assert album.isFile() && albumEn.isFile() : 'the album is a post in every language'
def html = album.getText('UTF-8')
assert html.contains('<h1>Frei, und wieder ab an die Elbe!</h1>')
assert html.count('<li>') >= 2
assert html.contains('>Strandhafer</figcaption>')
assert albumEn.getText('UTF-8').contains('>Beach grass</figcaption>')
assert !html.contains('OLYMPUS') : 'a camera placeholder is no caption'

def jpegs = []
site.eachFileRecurse { if (it.name.endsWith('.jpg')) jpegs << it }
assert !jpegs.any { it.name in ['1-portrait.jpg', '2-landscape.jpg', 'hafen.jpg'] } : 'originals are not published'
['3-truncated', '5-bad-huffman', '6-extraneous-bytes'].each { name ->
    assert jpegs.any { it.name.startsWith(name + '-') } : "$name should be published as far as it decodes"
}
assert !jpegs.any { it.name.startsWith('7-two-frames-') } : 'an undecodable photo is left out'
assert !jpegs.any { it.path.contains('/en/') } : 'photos are published once for all languages'
jpegs.each { file ->
    def bytes = file.bytes
    def text = new String(bytes, 'ISO-8859-1')
    assert !text.contains('Exif\u0000\u0000') : "$file carries EXIF"
    assert !text.contains('GPS') && !text.contains('SERIAL-4711') : "$file carries camera metadata"
}

// the portrait was stored sideways: every size must stand upright, red at the top left
def portrait = jpegs.findAll { it.name.startsWith('1-portrait-') && !(it.name ==~ /.*-thumb(2x)?\.jpg/) }
assert portrait.size() == 2 : "portrait sizes (40 and 80; 90 is too close to 80 to be worth a size): ${portrait*.name}"
portrait.each { file ->
    def image = ImageIO.read(file)
    assert image.height > image.width : "$file is not upright: ${image.width}x${image.height}"
    def topLeft = new Color(image.getRGB((int) (image.width * 0.2), (int) (image.height * 0.2)))
    assert topLeft.red > 180 && topLeft.green < 90 && topLeft.blue < 90 : "$file top left is $topLeft"
}

// nothing GPS-derived in any page
site.eachFileRecurse { if (it.name.endsWith('.html') || it.name.endsWith('.xml')) {
    def text = it.getText('UTF-8')
    assert !text.contains('53.53') && !text.contains('GPS') : "$it mentions the position"
} }

def post = new File(site, '2016/06/hafen/index.html').getText('UTF-8')
assert post =~ /<figure class="photo"><a class="photo-link" href="\/2016\/06\/hafen\/hafen-[0-9a-f]{8}-160\.jpg"/
assert post =~ /srcset="\/2016\/06\/hafen\/hafen-\w{8}-40\.jpg 40w, /
return true
