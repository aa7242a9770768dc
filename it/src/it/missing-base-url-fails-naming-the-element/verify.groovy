// Without <baseUrl> the build fails at once, naming the POM element and its property.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE') : 'the build did not fail'
assert (log =~ /Failed to execute goal [^\n]*logbuch-maven-plugin[^\n]*:build \(default\)/).find() : 'the build failed, but not in blog:build'
def reasons = log.readLines().findAll { it.contains('<baseUrl>') }
assert reasons : 'the failure does not name <baseUrl>'
assert reasons.any { it.contains('blog.baseUrl') } : "the failure does not say the property to set:\n${reasons.join('\n')}"
// it says what the value is for and what one looks like
assert reasons.any { it =~ /https?:\/\// }

// Nothing is published, and nothing half-built is left behind.
// (Maven 4 keeps its own target/project-local-repo.)
def written = []
new File(basedir, 'target').with { if (it.exists()) it.eachFileRecurse { f -> if (f.isFile()) written << f } }
written.removeAll { it.path.contains('/target/project-local-repo/') }
assert written.isEmpty() : "a failed build wrote $written"

return true
