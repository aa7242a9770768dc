// Properties other than the defaults come through: English first, a title that needs escaping,
// an author with an umlaut, a base URL with a path.

def project = context.projectDir as File
def base = 'https://notes.example.net/blog/'
def site = new File(project, 'target/site')
def read = { String path ->
    def file = new File(site, path)
    assert file.isFile() : "target/site/$path was not written"
    file.getText('UTF-8')
}

def log = new File(project, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')

// English is the default language now: at the root; German under /de/.
def enHome = read('index.html')
def deHome = read('de/index.html')
assert enHome =~ /<html\b[^>]*\blang="en"/
assert deHome =~ /<html\b[^>]*\blang="de"/
assert enHome.contains('<title>Notes &amp; &lt;Photos&gt;</title>')
assert enHome.contains('Jürgen O')
read('2025/05/hello-world/index.html')
def dePost = read('de/2025/05/hallo-welt/index.html')
assert dePost.contains('<link rel="alternate" hreflang="x-default" href="' + base + '2025/05/hello-world/">')
// every link carries the base URL's path
assert enHome.contains('href="/blog/2025/05/hello-world/"')
assert enHome.contains('href="/blog/de/2025/05/nur-auf-deutsch/"')
assert !new File(site, 'de/2025/05/hello-world').exists()
assert read('about/index.html').contains('This is where Jürgen O')
assert read('de/impressum/index.html').contains('Jürgen O')
assert read('about/index.html').contains('Licence of the texts: Alle Rechte vorbehalten &amp; mehr.')
assert read('de/about/index.html').contains('Lizenz der Texte: Alle Rechte vorbehalten &amp; mehr.')
def feed = new groovy.xml.XmlSlurper().parseText(read('feed.xml'))
assert feed.'**'.findAll { it.name() == 'link' }.every { it.@href.text().startsWith(base) }
assert read('sitemap.xml').contains('<loc>' + base + '</loc>')

// The generated files: the pom escaped for XML, the README titled.
def pom = new File(project, 'pom.xml').getText('UTF-8')
assert pom.contains('<groupId>net.example.notes</groupId>') && pom.contains('<version>2.0-SNAPSHOT</version>')
assert pom.contains('<name>Notes &amp; &lt;Photos></name>')
assert pom.contains("<author>Jürgen O'Brien</author>")
assert pom =~ /<license>\s*<name>Alle Rechte vorbehalten &amp; mehr<\/name>\s*<\/license>/
assert pom.contains('<languages>en,de</languages>') && pom.contains('<baseUrl>' + base + '</baseUrl>')
assert new File(project, 'README.md').getText('UTF-8').startsWith('# Notes & <Photos>\n')

return true
