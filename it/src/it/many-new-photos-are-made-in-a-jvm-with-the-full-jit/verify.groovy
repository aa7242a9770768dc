// The first build makes the photos in a child with the full JIT; the second finds them in the cache
// and starts none. Every photo is published in every width.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2 && !log.contains('BUILD FAILURE') : 'both builds should succeed'
assert log.count('Processing new photos in a JVM with the full JIT compiler') == 1 : 'only the first build starts a child for the photos'
assert !log.contains('in a JVM of its own (blog.fork)') : 'a blog this small is built in Maven\'s JVM'

// the photo JVM's classes are kept beside the plugin's jar for the next one (an earlier run of this
// test may have written them), with no half-written archive left
def pluginFolders = new File(localRepositoryPath, 'io/github/logbuch/logbuch-maven-plugin').listFiles()
def archives = pluginFolders.collectMany { it.listFiles().findAll { it.name ==~ /logbuch-classes-photos-[0-9a-f]{16}\.jsa/ } }
assert archives.size() >= 1 && archives.every { it.length() > 1_000_000 } : "no class data archive of the photo JVM: ${pluginFolders*.list()}"
assert !pluginFolders.any { it.list().any { it.endsWith('.writing') } } : 'no half-written archive is left'

def album = new File(basedir, 'target/site/2016/06/hafen')
assert album.isDirectory() : "$album was not written"
def published = album.list().findAll { it.endsWith('.jpg') }
(1..6).each { n ->
    assert published.count { it.startsWith("foto-$n-") } >= 3 : "foto-$n in every width: $published"
}
def page = new File(album, 'index.html').getText('UTF-8')
(1..6).each { n -> assert page.contains("foto-$n-") : "the album page shows foto-$n" }
return true
