// `mvn blog:build` builds the blog outside any lifecycle, with the pom's <configuration>.

def site = new File(basedir, 'target/site')
def read = { String path ->
    def file = new File(site, path)
    assert file.isFile() : "target/site/$path was not written"
    file.getText('UTF-8')
}

def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven 3.8 prints the artifactId, 3.9+ the prefix; a goal from the command line runs as default-cli.
assert (log =~ /---\s+(blog|logbuch-maven-plugin):[^:\s]+:build\s+\(default-cli\)/).find() : 'blog:build did not run from the command line'
assert !log.contains('No plugin found for prefix') : 'the prefix blog did not resolve'
assert !log.contains('maven-site-plugin') : 'the Maven site plugin ran or was resolved'
assert log.contains('BUILD SUCCESS') : 'the build failed'

// The configuration in the pom applies: de at the root, en below /en/, absolute feed URLs.
assert read('index.html') =~ /<html\b[^>]*\blang="de"/
assert read('en/index.html') =~ /<html\b[^>]*\blang="en"/
assert read('2016/06/containerdays-2016/index.html').contains('29. Juni 2016')
assert read('en/2016/06/containerdays-2016/index.html').contains('June 29, 2016')
read('2016/06/baakenhafen/index.html')
assert read('feed.xml').contains('https://blog.example.org/2016/06/containerdays-2016/')
assert read('en/feed.xml').contains('https://blog.example.org/en/2016/06/containerdays-2016/')
['sitemap.xml', 'robots.txt', '404.html'].each { read(it) }

return true
