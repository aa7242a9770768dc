// Failed builds leave the previous site exactly as it was: complete, and with nothing of theirs.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2 && log.count('BUILD FAILURE') == 2 : 'runs 1 and 4 should succeed, 2 and 3 fail'
assert log.contains('src/broken-content/content/posts/2016-07-02-kaputt/index.de.md:2:') : 'run 2 failed for another reason'
assert log.contains('src/broken-template/templates/post.peb:4:') : 'run 3 failed for another reason'

def site = new File(basedir, 'target/site')
def reference = new File(basedir, 'target/reference')
def files = { File root ->
    def found = [:]
    root.eachFileRecurse { if (it.isFile()) found[root.toPath().relativize(it.toPath()).toString()] = it }
    found
}
def survived = files(site)
def fresh = files(reference)

// Complete: what a fresh build of the same sources writes, file for file and byte for byte.
assert survived.containsKey('index.html')
assert survived.containsKey('en/2016/06/containerdays-2016/index.html')
assert survived.keySet() == fresh.keySet()
fresh.each { path, file ->
    assert survived[path].bytes == file.bytes : "target/site/$path differs from a fresh build of the good sources"
}

// Nothing of the failed builds: not their post, not their static files.
survived.each { path, file ->
    assert !file.getText('UTF-8').contains('Neuer Beitrag') : "target/site/$path has the failed build's post"
}
assert !survived.keySet().any { it.contains('neuer-beitrag') || it.contains('/neu/') }
assert new File(site, 'CNAME').text.trim() == 'blog.example.org'

// And no half-built folder left beside it.
// (Maven 4 keeps its own target/project-local-repo.)
def leftovers = (new File(basedir, 'target').list() as List) - ['site', 'reference', 'project-local-repo']
assert leftovers.isEmpty() : "left in target/: $leftovers"

return true
