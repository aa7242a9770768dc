// The forked build writes what the build in Maven's JVM writes; the third build, with nothing
// changed, puts the same site back from the cache.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 3 && !log.contains('BUILD FAILURE') : 'all three builds should succeed'
assert log.count('in a JVM of its own') == 1 : 'only the second build should be forked'
assert log.count('Nothing changed since the build that made') == 1 : 'the third build should put the site back'
assert log.contains('Processing 1 photos') : 'the album photo is processed (in Maven\'s JVM, before the fork)'

def files = { File root ->
    assert root.isDirectory() : "$root was not written"
    def found = new TreeMap()
    root.eachFileRecurse { if (it.isFile()) found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def inMaven = files(new File(basedir, 'out/in-maven'))
def site = files(new File(basedir, 'target/site'))
assert inMaven.size() > 200
assert site.keySet().any { it.endsWith('.jpg') } : 'the album photo is published'
assert site.containsKey('en/2015/03/eintrag-2/index.html')
assert inMaven.keySet() == site.keySet() : "different files: ${(inMaven.keySet() - site.keySet()) + (site.keySet() - inMaven.keySet())}"
def different = inMaven.findAll { path, file -> file.bytes != site[path].bytes }.keySet()
assert different.isEmpty() : "differ: $different"
return true
