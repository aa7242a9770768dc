// The forked build writes what the build in Maven's JVM writes; the third build, with nothing
// changed, puts the same site back from the cache; the fourth, with one post changed, makes that
// post again and takes the rest from the cache, and writes what a cold build of it writes.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 5 && !log.contains('BUILD FAILURE') : 'all five builds should succeed'
assert log.count('in a JVM of its own') == 2 : 'the second and the fourth build should be forked'
def reuse = log =~ /Only what changed was made again: (\d+) of (\d+) files from templates and (\d+) of (\d+) Markdown bodies/
assert reuse.size() == 1 : 'only the fourth build takes part of the site from the cache'
def (taken, made, keptBodies, bodies) = reuse[0][1..4].collect { it.toInteger() }
assert keptBodies == bodies - 1 && bodies > 100 : "one body rendered again: ${reuse[0][0]}"
// the post's page, the search pages (they name the index, which holds its words) and at most the
// feed it is in
assert taken >= made - 4 && made > 200 : "the changed post's page and few others made again: ${reuse[0][0]}"

assert log.count('Nothing changed since the build that made') == 1 : 'the third build should put the site back'

// the forked builds share the classes they load through an archive of the JVM's, written by the
// first fork of this plugin version beside its jar (an earlier run of this test may have written it)
def pluginFolders = new File(localRepositoryPath, 'io/github/logbuch/logbuch-maven-plugin').listFiles()
def archives = pluginFolders.collectMany { it.listFiles().findAll { it.name ==~ /logbuch-classes-build-[0-9a-f]{16}\.jsa/ } }
assert archives.size() >= 1 && archives.every { it.length() > 1_000_000 } : "no class data archive: ${pluginFolders*.list()}"
assert log.count('Keeping the classes of the forked build') <= 1 : 'the archive is written once'
assert !pluginFolders.any { it.list().any { it.endsWith('.writing') } } : 'no half-written archive is left'
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

// the fourth build's site is byte for byte what a cold build of the changed blog makes
def cold = files(new File(basedir, 'out/cold-after-edit'))
def edited = files(new File(basedir, 'out/after-edit'))
assert cold.keySet() == edited.keySet() : "different files: ${(cold.keySet() - edited.keySet()) + (edited.keySet() - cold.keySet())}"
def changed = cold.findAll { path, file -> file.bytes != edited[path].bytes }.keySet()
assert changed.isEmpty() : "differ from a cold build: $changed"
assert edited['2015/08/eintrag-7/index.html'].getText('UTF-8').contains('Nummer sieben')
assert !site['2015/08/eintrag-7/index.html'].getText('UTF-8').contains('Nummer sieben')
return true
