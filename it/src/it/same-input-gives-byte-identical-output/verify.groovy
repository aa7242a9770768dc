// Two builds of the same sources give the same files, byte for byte.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2 && !log.contains('BUILD FAILURE') : 'both builds should succeed'

def files = { File root ->
    assert root.isDirectory() : "$root was not written"
    def found = new TreeMap()
    root.eachFileRecurse { if (it.isFile()) found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def first = files(new File(basedir, 'target/first'))
def second = files(new File(basedir, 'target/second'))

// The blog is big enough to exercise lists, pages, tags, feeds, aliases and static files.
assert first.size() > 150
['index.html', 'page/2/index.html', 'en/index.html', 'feed.xml', 'en/feed.xml', 'sitemap.xml',
 'robots.txt', '404.html', 'CNAME', 'img/logo.svg', '2016/05/elbe/index.html', 'alt/elbe.html',
 'en/2016/05/rule-britannia/index.html', '2016/04/markdown-und-html/index.html'].each {
    assert first.containsKey(it) : "target/first/$it was not written"
}

assert first.keySet() == second.keySet() : "different files: ${(first.keySet() - second.keySet()) + (second.keySet() - first.keySet())}"
def different = first.findAll { path, file -> file.bytes != second[path].bytes }.keySet()
assert different.isEmpty() : "differ between two builds: $different"

return true
