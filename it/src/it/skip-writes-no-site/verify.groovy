// -Dblog.skip: the goal runs, says it skips, and writes nothing.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the build failed'
assert (log =~ /---\s+(blog|logbuch-maven-plugin):[^:\s]+:build\s+\(default\)/).find() : 'blog:build did not run as execution "default"'
assert log.readLines().any { it.startsWith('[INFO]') && it =~ /(?i)\bskip/ } : 'the log does not say the blog was skipped'
// Nothing in target/ but what Maven 4 writes there itself (target/project-local-repo).
def written = new File(basedir, 'target').list()?.findAll { it != 'project-local-repo' }
assert !written : "a skipped build wrote target/$written"

return true
