// blog:check lists every broken internal link and image with its page, and the missing translations.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The site has 6 problems:')
assert log.contains('2016/06/links/index.html: /2016/06/fine/#gibt-es-nicht: broken link: the page has no #gibt-es-nicht')
assert log.contains('2016/06/links/index.html: /2015/01/weg/: broken link: no such page or file in the site')
assert log.contains('2016/06/links/index.html: /bilder/fehlt.jpg: image without alt text')
assert log.contains('2016/06/links/index.html: /bilder/fehlt.jpg: missing: no such file in the site')
assert log.contains('content/posts/2016-06-29-links/index.de.md: has no English version (en)')
assert log.contains('content/posts/2016-06-30-fine/index.de.md: has no English version (en)')
// the good links, written in Markdown as the author sees the files, are not listed
assert !log.contains('#abschnitt: broken')
assert !log.contains('../2016-06-30-fine/: broken')
return true
