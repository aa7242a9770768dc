// Adds forty small posts, so that both builds render many pages in parallel: the ordering of
// lists, tags and feeds must not depend on which thread finished first.
def posts = new File(basedir, 'src/main/blog/content/posts')
def tags = ['Hamburg', 'Elbe', 'Fotos', 'Konferenz', 'Java', 'Maven', 'Reisen', 'Übersicht']
(1..40).each { n ->
    def day = String.format('2015-%02d-%02d', (n % 12) + 1, (n % 27) + 1)
    def folder = new File(posts, "$day-eintrag-$n")
    folder.mkdirs()
    def postTags = (0..<3).collect { tags[(n * (it + 1)) % tags.size()] }.unique()
    new File(folder, 'index.de.md').setText("""---
title: Eintrag $n
tags: [${postTags.join(', ')}]
---

Eintrag Nummer $n, mit **Markdown** und einem [Link](https://example.org/$n).
""", 'UTF-8')
    if (n % 2 == 0) {
        new File(folder, 'index.en.md').setText("""---
title: Entry $n
tags: [${postTags.join(', ')}]
---

Entry number $n.
""", 'UTF-8')
    }
}
return true
