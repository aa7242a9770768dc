// `mvn site` writes a search page and an index per language; -Dblog.search=false writes neither.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2 && !log.contains('BUILD FAILURE') : 'both builds should succeed'

def site = new File(basedir, 'target/site')
def read = { File root, String path ->
    def file = new File(root, path)
    assert file.isFile() : "$root/$path was not written"
    file.getText('UTF-8')
}
def json = { String url ->
    assert url.startsWith('/blog/') : url
    new JsonSlurper().parseText(read(site, url.substring('/blog/'.length())))
}

// Every page's header has a search field that sends ?q= to its language's search page.
assert read(site, 'index.html').contains('<form class="site-search" role="search" action="/blog/search/" method="get">')
assert read(site, 'en/index.html').contains('<form class="site-search" role="search" action="/blog/en/search/" method="get">')
assert read(site, 'about/index.html').contains('<label class="visually-hidden" for="site-search-q">Im Blog suchen</label>')
assert read(site, 'en/about/index.html').contains('<label class="visually-hidden" for="site-search-q">Search the blog</label>')

// The documents a term is in, read the way the page's script reads the index: the last shard whose
// first term is not after the term, its postings (document deltas and weights, and a part for
// documents of several parts), each document's head in its pack of texts.
def find = { String page, String term ->
    def html = read(site, page)
    def index = (html =~ /data-index="([^"]+)"/)[0][1]
    def manifest = json(index)
    def base = index.substring(0, index.lastIndexOf('/') + 1)
    def shard = null
    for (int s = 0; s < manifest.shards.size(); s += 2) {
        if (manifest.shards[s] <= term) shard = manifest.shards[s + 1]
    }
    if (shard == null) return []
    def entry = json(base + 's/' + shard + '.json')[term]
    if (entry == null) return []
    def urls = []
    int doc = 0
    int i = 0
    while (i < entry[0].size()) {
        doc += entry[0][i]
        def pack = json(base + 'd/' + manifest.packs[manifest.docs[2 * doc]] + '.json')
        urls << pack[manifest.docs[2 * doc + 1]].u
        i += manifest.parts.containsKey(String.valueOf(doc)) ? 3 : 2
    }
    urls
}

['search/index.html', 'en/search/index.html'].each { page ->
    def html = read(site, page)
    assert html.contains('name="q"') : "$page has no query field"
    assert html.contains('<noscript>') : "$page does not say search needs JavaScript"
    def script = (html =~ /<script src="([^"]+)" defer data-index/)[0][1]
    assert new File(site, script.substring('/blog/'.length())).isFile() : "$script was not written"
}
assert read(site, 'search/index.html').contains('<h1 class="page-title">Suche</h1>')
assert read(site, 'en/search/index.html').contains('<h1 class="page-title">Search</h1>')

// German words stemmed the German way ("weinberg" for Weinberg, "grossenordn" for Größenordnung),
// English ones the English way ("workload" for workloads); search: false keeps a post out.
assert find('search/index.html', 'weinberg') == ['/blog/2016/06/weinlese/']
assert find('search/index.html', 'grossenordn') == ['/blog/2016/06/weinlese/']
assert find('search/index.html', 'kubernet') == ['/blog/en/2016/06/strata/'] : 'German pages list the English-only post, so German search finds it'
assert find('en/search/index.html', 'workload') == ['/blog/en/2016/06/weinlese/', '/blog/en/2016/06/strata/']
assert find('en/search/index.html', 'travel') == ['/blog/en/about/']
assert find('search/index.html', 'geheim') == []
assert new File(site, '2016/05/geheim/index.html').isFile()

// Without search: no search pages, no index, no field in the header.
def without = new File(basedir, 'target/without-search')
assert read(without, 'index.html').contains('Weinlese an der Mosel')
assert !read(without, 'index.html').contains('site-search')
assert !new File(without, 'search').exists()
assert !new File(without, 'en/search').exists()
assert !new File(without, 'assets').listFiles().any { it.name.startsWith('search') }

return true
