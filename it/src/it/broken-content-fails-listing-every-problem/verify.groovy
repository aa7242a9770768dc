// Broken content fails the build, and the log lists every problem, each with its file and line.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE') : 'the build did not fail'
assert (log =~ /---\s+(blog|logbuch-maven-plugin):[^:\s]+:build\s+\(default\)/).find() : 'blog:build did not run as execution "default"'

def posts = 'src/main/blog/content/posts/'
// file:line: for problems that have a line, file: for one that concerns the whole file
def expected = [
        (posts + '2016-06-01-kaputtes-yaml/index.de.md')  : 3,  // "title: Kaputt: schon wieder"
        (posts + '2016-06-02-ohne-titel/index.de.md')     : null, // no title: the line is optional
        (posts + '2016-06-03-falsches-datum/index.de.md') : 3,  // "date: 29.06.2016"
        (posts + '2016-06-04-ausbruch/index.de.md')       : 4,  // "slug: ../../../../evil"
        (posts + '2016-06-05-franzoesisch/index.fr.md')   : null, // a language the blog doesn't have
]
def logLines = log.readLines()
expected.each { file, line ->
    def mentions = logLines.findAll { it.contains(file) }
    assert mentions : "the log names no problem in $file"
    if (line != null) {
        assert mentions.any { it.contains("$file:$line:") } : "$file is named without line $line:\n${mentions.join('\n')}"
    }
}
// and what each one is about, in words the blogger can act on
def problemLine = { String file -> logLines.find { it.contains(posts + file) } }
assert problemLine('2016-06-01-kaputtes-yaml/index.de.md') =~ /(?i)yaml/
assert problemLine('2016-06-02-ohne-titel/index.de.md') =~ /(?i)title/
assert logLines.findAll { it.contains(posts + '2016-06-03-falsches-datum/index.de.md') }.any { it.contains('29.06.2016') } : 'the date problem does not quote the date'
assert logLines.findAll { it.contains(posts + '2016-06-04-ausbruch/index.de.md:4:') }.any { it =~ /(?i)slug/ } : 'line 4 is not reported as a slug problem'
assert logLines.findAll { it.contains(posts + '2016-06-04-ausbruch/index.de.md:5:') }.any { it =~ /(?i)alias/ } : 'the alias on line 5 is not reported'
assert problemLine('2016-06-05-franzoesisch/index.fr.md').contains('fr')
// the good post is not among the problems
assert !logLines.any { it.contains('2016-06-06-in-ordnung') } : 'the good post is reported as a problem'

// A failed first build leaves no site behind, and nothing half-built.
// (Maven 4 keeps its own target/project-local-repo.)
def written = []
new File(basedir, 'target').with { if (it.exists()) it.eachFileRecurse { f -> if (f.isFile()) written << f } }
written.removeAll { it.path.contains('/target/project-local-repo/') }
assert written.isEmpty() : "a failed build wrote $written"


// Nothing escaped: no "evil" anywhere around the project, and outside target/ the build
// added nothing but the cache folder the design puts there.
def itRoot = basedir.parentFile
itRoot.eachFileRecurse { assert !it.name.startsWith('evil') : "written outside its place: $it" }
def before = new File(basedir, 'files-before-build.txt').readLines() as Set
def after = []
basedir.eachFileRecurse { if (it.isFile()) after << basedir.toPath().relativize(it.toPath()).toString() }
def added = after.findAll { !(it in before) && !it.startsWith('target/') && !(it in ['build.log', 'files-before-build.txt']) && !it.startsWith('.logbuch-cache/') }
assert added.isEmpty() : "the build wrote outside target/: $added"

return true
