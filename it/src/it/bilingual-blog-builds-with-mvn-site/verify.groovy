// `mvn site` builds a German/English blog, and nothing but the blog.

def base = 'https://blog.example.org/'
def site = new File(basedir, 'target/site')
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

// The log: our goal ran (Maven 3.8 names the artifact, 3.9+ the prefix), the site plugin did not.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /---\s+(blog|logbuch-maven-plugin):[^:\s]+:build\s+\(default\)/).find() : 'blog:build did not run as execution "default"'
assert !log.contains('maven-site-plugin') : 'the Maven site plugin ran or was resolved'
assert !(log =~ /---\s+site:[^:\s]+:/).find() : 'a site:* goal ran'
assert log.contains('BUILD SUCCESS') : 'the build failed'

// Every language has its home, archive, tags, feed; the default one lives at the root.
['index.html', 'archive/index.html', 'tags/index.html', 'feed.xml', 'about/index.html',
 'en/index.html', 'en/archive/index.html', 'en/tags/index.html', 'en/feed.xml', 'en/about/index.html',
 'sitemap.xml', 'robots.txt', '404.html'].each { read(it) }
assert read('index.html') =~ /<html\b[^>]*\blang="de"/
assert read('en/index.html') =~ /<html\b[^>]*\blang="en"/
assert read('about/index.html').contains('Über dieses Blog')
assert read('en/about/index.html').contains('About this blog')

// A translated post links both variants and x-default, from either language.
def dePost = read('2016/06/containerdays-2016/index.html')
def enPost = read('en/2016/06/containerdays-2016/index.html')
assert dePost =~ /<html\b[^>]*\blang="de"/
assert enPost =~ /<html\b[^>]*\blang="en"/
[dePost, enPost].each { html ->
    def alternates = tags(html, 'link')
            .findAll { it.rel == 'alternate' && it.hreflang && !it.type }
            .collectEntries { [(it.hreflang): it.href] }
    assert alternates == [
            'de'       : base + '2016/06/containerdays-2016/',
            'en'       : base + 'en/2016/06/containerdays-2016/',
            'x-default': base + '2016/06/containerdays-2016/']
}

// Dates are written for the page's language.
assert dePost.contains('29. Juni 2016')
assert !dePost.contains('June 29, 2016')
assert enPost.contains('June 29, 2016')
assert !enPost.contains('29. Juni 2016')

// A post in one language only is listed on the other language's home, marked with its language.
def links = { String html -> tags(html, 'a') }
def deHome = read('index.html')
assert links(deHome).any { it.href?.endsWith('en/2016/06/strata-hadoop-world-london/') && it.hreflang == 'en' }
assert links(deHome).any { it.href?.endsWith('/2016/06/baakenhafen/') && !it.hreflang }
// ... with a visible label, in the page's language, and the entry itself marked lang="en"
def entryOf = { String html, String href ->
    (html =~ /(?s)<article\b.*?<\/article>/).collect { it }.find { it.contains('href="' + href + '"') }
}
def strata = entryOf(deHome, '/en/2016/06/strata-hadoop-world-london/')
assert strata : 'the English-only post is not listed on the German home'
assert strata =~ /<article\b[^>]*\blang="en"/
assert strata.contains('Englisch')
def enHome = read('en/index.html')
assert links(enHome).any { it.href?.endsWith('/2016/06/baakenhafen/') && !it.href.contains('/en/') && it.hreflang == 'de' }
read('en/2016/06/strata-hadoop-world-london/index.html')
read('2016/06/baakenhafen/index.html')
assert !new File(site, 'en/2016/06/baakenhafen').exists()
assert !new File(site, '2016/06/strata-hadoop-world-london').exists()

// Feeds: one per language, every URL in them absolute.
['feed.xml': 'de', 'en/feed.xml': 'en'].each { path, lang ->
    def feed = new groovy.xml.XmlSlurper().parseText(read(path))
    assert feed.'@xml:lang'.text() == lang || feed.attributes().find { k, v -> k.endsWith('lang') }?.value == lang
    assert feed.entry.size() > 0
    def urls = feed.'**'.findAll { it.name() == 'link' }.collect { it.@href.text() } +
            feed.'**'.findAll { it.name() == 'id' }.collect { it.text() }
    assert urls.every { it.startsWith(base) } : "relative URL in $path: $urls"
}
def enFeed = new groovy.xml.XmlSlurper().parseText(read('en/feed.xml'))
assert enFeed.entry.link.collect { it.@href.text() }.contains(base + 'en/2016/06/strata-hadoop-world-london/')

// Sitemap: absolute URLs, translations as hreflang alternates.
def sitemap = new groovy.xml.XmlSlurper().parseText(read('sitemap.xml'))
def locs = sitemap.url.loc.collect { it.text() }
assert locs.every { it.startsWith(base) } : "relative URL in sitemap: $locs"
assert locs.containsAll([base, base + 'en/', base + '2016/06/containerdays-2016/',
                         base + 'en/2016/06/containerdays-2016/', base + 'about/', base + 'en/about/'])
def translated = sitemap.url.find { it.loc.text() == base + '2016/06/containerdays-2016/' }
assert translated.link.collect { it.@hreflang.text() }.containsAll(['de', 'en'])
assert read('robots.txt').contains('Sitemap: ' + base + 'sitemap.xml')

return true
