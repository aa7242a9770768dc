// The blog's templates/post.peb is used for posts; every other template stays built in.

def site = new File(basedir, 'target/site')
def read = { String path ->
    def file = new File(site, path)
    assert file.isFile() : "target/site/$path was not written"
    file.getText('UTF-8')
}

def dePost = read('2016/06/containerdays-2016/index.html')
assert dePost.contains('<p class="own-template-marker">Eigene Vorlage: ContainerDays 2016, 29. Juni 2016</p>')
assert dePost.contains('Zwei Tage Container am Hamburger Hafen')
def enPost = read('en/2016/06/containerdays-2016/index.html')
assert enPost.contains('<p class="own-template-marker">Eigene Vorlage: ContainerDays 2016, June 29, 2016</p>')
// the override extends the built-in base.peb: the layout around it is the theme's
[dePost, enPost].each { html ->
    assert html =~ /<html\b[^>]*\blang="(de|en)"/
    assert html.contains('rel="canonical"')
    assert html.contains('<main')
}

// Pages, lists and the rest do not use it.
['about/index.html', 'en/about/index.html', 'index.html', 'en/index.html', 'archive/index.html'].each {
    assert !read(it).contains('own-template-marker') : "target/site/$it was rendered with post.peb"
}
assert read('about/index.html').contains('Über dieses Blog')

return true
