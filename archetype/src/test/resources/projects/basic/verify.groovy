// A blog generated with nothing but groupId and artifactId builds at once with `mvn site`:
// German at the root, English under /en/, a translated post, a German-only post, pages, an album.

def project = context.projectDir as File
def base = 'https://example.org/'
def site = new File(project, 'target/site')
def read = { String path ->
    def file = new File(site, path)
    assert file.isFile() : "target/site/$path was not written"
    file.getText('UTF-8')
}
def attributes = { String tag ->
    (tag =~ /([\w:-]+)="([^"]*)"/).collect { [it[1], it[2]] }.collectEntries()
}
def tags = { String html, String name ->
    (html =~ /<${name}\b[^>]*>/).collect { attributes(it) }
}
def alternates = { String html ->
    tags(html, 'link').findAll { it.rel == 'alternate' && it.hreflang && !it.type }
            .collectEntries { [(it.hreflang): it.href] }
}
def entryOf = { String html, String href ->
    (html =~ /(?s)<article\b.*?<\/article>/).collect { it }.find { it.contains('href="' + href + '"') }
}

// The build: our goal ran, the Maven site plugin did not.
def log = new File(project, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert (log =~ /---\s+(blog|logbuch-maven-plugin):[^:\s]+:build\s+\(default\)/).find() : 'blog:build did not run'
assert !log.contains('maven-site-plugin') : 'the Maven site plugin ran or was resolved'
def warnings = log.substring(log.indexOf(':build (default)'), log.indexOf('BUILD SUCCESS')).readLines()
        .findAll { it.contains('[WARNING]') && !it.contains('Could not transfer') } // Maven 4 on a closed network
assert warnings.isEmpty() : 'the sample content should build without warnings (broken links, photos)'

// Home pages in both languages; the default one at the root.
def deHome = read('index.html')
def enHome = read('en/index.html')
assert deHome =~ /<html\b[^>]*\blang="de"/
assert enHome =~ /<html\b[^>]*\blang="en"/
assert deHome.contains('<title>Mein Logbuch</title>')
assert deHome.contains('Erika Mustermann')

// The translated post: its own slug in English, alternates for both and x-default.
def dePost = read('2025/05/hallo-welt/index.html')
def enPost = read('en/2025/05/hello-world/index.html')
assert dePost =~ /<html\b[^>]*\blang="de"/
assert enPost =~ /<html\b[^>]*\blang="en"/
[dePost, enPost].each { html ->
    assert alternates(html) == [
            'de'       : base + '2025/05/hallo-welt/',
            'en'       : base + 'en/2025/05/hello-world/',
            'x-default': base + '2025/05/hallo-welt/']
}
assert dePost.contains('3. Mai 2025') && enPost.contains('May 3, 2025')
// Markdown headings came through the archetype (Velocity reads "##" as a comment)
assert dePost.contains('>Ein neuer Beitrag</h2>') && enPost.contains('>A new post</h2>')
// links between posts, written as folders, became URLs in the reader's language where there is one
assert enPost.contains('href="/en/2025/05/im-garten/"')
assert enPost.contains('href="/2025/05/nur-auf-deutsch/"')
// the photo beside the text, in place, processed
assert dePost =~ /<figure class="photo"><a class="photo-link" href="\/2025\/05\/hallo-welt\/duene-[0-9a-f]{8}-960\.jpg"/
assert dePost.contains('<figcaption>Strandhafer auf einer Düne, dahinter das Meer</figcaption>')
assert enPost.contains('<figcaption>Beach grass on a dune, the sea behind it</figcaption>')
// the explicit summary in German, the text before <!--more--> in English
assert entryOf(deHome, '/2025/05/hallo-welt/').contains('Der erste Beitrag dieses Blogs, und wie man weitere schreibt.')
assert entryOf(enHome, '/en/2025/05/hello-world/').contains('This post is an example')
assert !entryOf(enHome, '/en/2025/05/hello-world/').contains('A new post')

// The German-only post: listed on the English home, marked as German, and nowhere under /en/.
read('2025/05/nur-auf-deutsch/index.html')
assert !new File(site, 'en/2025/05/nur-auf-deutsch').exists()
def german = entryOf(enHome, '/2025/05/nur-auf-deutsch/')
assert german : 'the German-only post is not listed on the English home'
assert german =~ /<article\b[^>]*\blang="de"/
assert tags(german, 'a').any { it.href == '/2025/05/nur-auf-deutsch/' && it.hreflang == 'de' }
assert german.contains('German')
assert german.contains('Diesen gibt es nur auf Deutsch.') && !german.contains('Auf den englischen Seiten')

// Pages: about in both languages with the author filled in, the Impressum in German.
assert read('about/index.html').contains('Hier schreibt Erika Mustermann.')
assert read('en/about/index.html').contains('This is where Erika Mustermann writes.')
def impressum = read('impressum/index.html')
assert impressum.contains('Platzhalter: bitte ausfüllen!')
assert impressum.contains('Erika Mustermann<br />')
assert !new File(site, 'en/impressum').exists()
// the licence of the texts, the default one, linked; the photos' licences on the credits page
assert read('about/index.html').contains('Lizenz der Texte: <a href="https://creativecommons.org/licenses/by/4.0/deed.de">CC BY 4.0</a>.')
assert read('about/index.html').contains('<a href="/bildnachweis/">Bildnachweis</a>')
assert read('en/about/index.html').contains('Licence of the texts: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.')
assert read('en/about/index.html').contains('<a href="/en/photo-credits/">photo credits</a>')
assert read('bildnachweis/index.html').contains('Charles Barbin')
assert read('en/photo-credits/index.html').contains('Marco Cogoni')

// The album: a post in both languages, a gallery of processed photos with their own captions.
def album = read('2025/05/im-garten/index.html')
def albumEn = read('en/2025/05/im-garten/index.html')
assert album.contains('<h1>Im Garten</h1>')
assert album.contains('<section class="gallery"')
assert (album =~ /<figure>/).size() == 3
assert album.contains('<figcaption>Ein Marienkäfer auf einem Grashalm zwischen Vergissmeinnicht</figcaption>')
assert albumEn.contains('<figcaption>A ladybird on a blade of grass among forget-me-nots</figcaption>')
['1-pusteblume', '2-marienkaefer', '3-studentenblume'].each { name ->
    assert album =~ /href="\/2025\/05\/im-garten\/${name}-[0-9a-f]{8}-960\.jpg"/
    def sizes = new File(site, '2025/05/im-garten').list().findAll { it =~ /^${name}-[0-9a-f]{8}-(480|960|thumb)\.jpg$/ }
    assert sizes.size() == 3 : "sizes of $name: $sizes"
}
def jpegs = []
site.eachFileRecurse { if (it.name.endsWith('.jpg')) jpegs << it }
assert !jpegs.any { it.name in ['duene.jpg', '1-pusteblume.jpg', '2-marienkaefer.jpg', '3-studentenblume.jpg'] } : 'originals are not published'
assert jpegs.every { it.name =~ /-[0-9a-f]{8}-(\d+|thumb)\.jpg$/ } : "unexpected photo names: ${jpegs*.name}"
assert !jpegs.any { it.path.contains('/en/') } : 'photos are published once for all languages'

// Feeds and sitemap, with absolute URLs.
['feed.xml': 'de', 'en/feed.xml': 'en'].each { path, lang ->
    def feed = new groovy.xml.XmlSlurper().parseText(read(path))
    assert feed.entry.size() > 0
    def urls = feed.'**'.findAll { it.name() == 'link' }.collect { it.@href.text() }
    assert urls.every { it.startsWith(base) } : "relative URL in $path: $urls"
}
def sitemap = new groovy.xml.XmlSlurper().parseText(read('sitemap.xml'))
def translated = sitemap.url.find { it.loc.text() == base + '2025/05/hallo-welt/' }
assert translated.link.collect { it.@hreflang.text() } == ['de', 'en', 'x-default']
assert read('robots.txt').contains('Sitemap: ' + base + 'sitemap.xml')

// static/ copied, dotfiles too: GitHub Pages' branch publishing needs .nojekyll
assert new File(site, '.nojekyll').isFile()

// The project around the blog.
def pom = new File(project, 'pom.xml').getText('UTF-8')
assert pom =~ /<artifactId>logbuch-maven-plugin<\/artifactId>\s*<version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/version>/
assert pom.contains('<name>Mein Logbuch</name>')
assert pom.contains('<timeZone>Europe/Berlin</timeZone>')
assert pom =~ /<licenses>\s*<license>\s*<name>CC BY 4\.0<\/name>\s*<url>https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/<\/url>\s*<\/license>\s*<\/licenses>/
assert (pom =~ /<id>default-(site|deploy)<\/id>\s*<phase>none<\/phase>/).size() == 2
assert !pom.contains('##') && !pom.contains('@project')
def readme = new File(project, 'README.md').getText('UTF-8')
assert readme.startsWith('# Mein Logbuch\n')
assert readme.contains('\n## Publishing\n') && readme.contains('\n### GitLab Pages\n')
assert readme.contains('$CI_PROJECT_DIR') && readme.contains('python3 -m http.server -d target/site')
assert !readme.contains('#[[') && !readme.contains(']]#')
def workflow = new File(project, '.github/workflows/blog.yml').getText('UTF-8')
assert workflow.contains('${{ steps.deployment.outputs.page_url }}')
assert workflow.contains('actions/upload-pages-artifact@') && workflow.contains('actions/deploy-pages@')
assert workflow.contains('path: .logbuch-cache') && workflow.contains('run: mvn -B -ntp site')
assert new File(project, '.gitignore').text.contains('.logbuch-cache/')
assert new File(project, '.mvn').isDirectory()
assert new File(project, '.mvn/jvm.config').text.trim() == '-XX:TieredStopAtLevel=1' : 'short builds run with the quick JIT compiler'
assert new File(project, '.logbuch-cache').isDirectory() : 'the photo cache lives in the project'

return true
