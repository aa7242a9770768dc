// A typo in an overridden template fails the build with the template's file and line.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE') : 'the build did not fail'
def lines = log.readLines()
def problem = { String where, String word ->
    def found = lines.find { it.contains(where) }
    assert found : "the log does not name $where"
    assert found.contains(word) : "the problem at $where does not name \"$word\": $found"
}
problem('src/main/blog/templates/post.peb:4:', 'titel')   // {{ post.titel }}
problem('src/main/blog/templates/home.peb:5:', 'postz')   // {% for post in pager.postz %}

// Nothing is published, and nothing half-built is left behind.
// (Maven 4 keeps its own target/project-local-repo.)
def written = []
new File(basedir, 'target').with { if (it.exists()) it.eachFileRecurse { f -> if (f.isFile()) written << f } }
written.removeAll { it.path.contains('/target/project-local-repo/') }
assert written.isEmpty() : "a failed build wrote $written"

return true
