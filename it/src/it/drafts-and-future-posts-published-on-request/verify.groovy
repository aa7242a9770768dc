// Drafts and future-dated posts are left out of a normal build, and published on request.

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('BUILD SUCCESS') == 2 && !log.contains('BUILD FAILURE') : 'both builds should succeed'

def hidden = ['Ein Entwurf': '2016/06/entwurf/', 'Ein Beitrag aus der Zukunft': '2999/01/zukunft/']
def allText = { File root ->
    def texts = [:]
    root.eachFileRecurse { if (it.isFile()) texts[root.toPath().relativize(it.toPath()).toString()] = it.getText('UTF-8') }
    texts
}

// The normal build: not their pages, not a mention anywhere (lists, tags, feeds, sitemap).
def site = new File(basedir, 'target/site')
assert new File(site, '2016/06/containerdays-2016/index.html').isFile()
hidden.each { title, path ->
    assert !new File(site, path).exists() : "target/site/$path written without -Dblog.drafts/-Dblog.future"
    allText(site).each { file, text ->
        assert !text.contains(title) : "target/site/$file mentions \"$title\""
        assert !text.contains(path) : "target/site/$file links $path"
    }
}
assert !new File(site, 'tags/geheim').exists()
assert !new File(site, 'tags/zukunft').exists()

// The build with -Dblog.drafts=true -Dblog.future=true has both, listed like any post.
def preview = new File(basedir, 'target/preview')
hidden.each { title, path ->
    def page = new File(preview, path + 'index.html')
    assert page.isFile() : "target/preview/$path was not written"
    assert page.getText('UTF-8').contains(title)
    assert new File(preview, 'index.html').getText('UTF-8').contains(title)
}
assert new File(preview, 'tags/geheim/index.html').isFile()
assert new File(preview, '2016/06/containerdays-2016/index.html').isFile()

return true
