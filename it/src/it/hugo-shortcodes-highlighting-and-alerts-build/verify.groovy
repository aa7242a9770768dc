// A Hugo-style bilingual blog builds: code highlighted, contents, reading time, related posts,
// resolved refs, callouts, an own shortcode, and no request to another host from any page.

def site = new File(basedir, 'target/site')
def read = { String path -> new File(site, path).getText('UTF-8') }
def en = read('en/2016/06/containerdays-2016/index.html')
def de = read('2016/06/containerdays-2016/index.html')

assert en.contains('<pre class="highlight"><code class="language-yaml" data-lang="yaml">') : 'yaml not highlighted'
assert en.contains('class="language-go linenos"') && en.contains('<span class="line hl">') : 'highlight shortcode'
assert en.contains('&quot;&lt;hello&gt;&quot;') : 'code text escaped as written'
assert de.contains('<code class="language-java" data-lang="java"><span class="hl-keyword">public record</span>')
assert en.contains('<nav class="toc"') && en.contains('<a href="#kubernetes">Kubernetes</a>') : 'contents'
assert en.contains('min read') && de.contains('Min. Lesezeit') : 'reading time'
assert en.contains('<nav class="related"') && en.contains('Strata + Hadoop World 2016</a>') : 'related posts'
assert en.contains('href="https://blog.example.org/en/2016/06/strata/"') : 'ref'
assert en.contains('<aside class="mine" lang="en"><p>Written in <strong>Markdown</strong>, with /2016/06/baakenhafen/ inside.</p>') : 'own shortcode with Markdown inner and relref'
assert de.contains('href="https://blog.example.org/2016/06/baakenhafen/"') : 'ref in German'
assert en.contains('<p class="alert-title">Tip</p>') && de.contains('<p class="alert-title">Warnung</p>') : 'alerts'
assert en.contains('href="https://www.youtube.com/watch?v=w7Ft2ymGmfc"') : 'youtube placeholder'
assert en.contains('{{&lt; ref &quot;this-stays-literal&quot; &gt;}}') : 'a shortcode in code stays literal'
def photo = read('2016/06/baakenhafen/index.html')
assert photo =~ /<figure class="photo">[\s\S]*srcset="[^"]*hafen-[0-9a-f]{8}-/ : 'figure with the processed photo'

// no page asks another host for anything: no src, srcset or iframe pointing away
site.eachFileRecurse { f ->
    if (f.name.endsWith('.html')) {
        def html = f.getText('UTF-8')
        assert !(html =~ /(src|srcset|poster)="(https?:)?\/\/(?!blog\.example\.org)/) : "$f loads from another host"
        assert !html.contains('<iframe') : "$f has an iframe"
    }
}
return true
