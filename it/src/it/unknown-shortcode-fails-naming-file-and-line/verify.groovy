// An unknown shortcode and a ref to nothing fail the build with file and line, besides the other problems.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE') : 'the build did not fail'
def lines = log.readLines()
def problem = { String where, String words ->
    def found = lines.find { it.contains(where) }
    assert found : "the log does not name $where"
    assert found.contains(words) : "the problem at $where does not say \"$words\": $found"
}
problem('content/posts/2016-06-29-containerdays-2016/index.en.md:6:', 'unknown shortcode {{< slideshare >}}')
problem('content/posts/2016-06-29-containerdays-2016/index.en.md:8:', 'ref "strata-2016" is no post or page')
problem('content/posts/2016-06-29-containerdays-2016/index.de.md:3:', 'date')

def written = []
new File(basedir, 'target').with { if (it.exists()) it.eachFileRecurse { f -> if (f.isFile()) written << f } }
written.removeAll { it.path.contains('/target/project-local-repo/') }
assert written.isEmpty() : "a failed build wrote $written"
return true
