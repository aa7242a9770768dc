package io.github.logbuch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Hugo project that builds the same content folder as the Logbuch blog beside it, with layouts
 * that make about the same pages: a post page per language (date, reading time, tags, related posts
 * if asked for, newer/older links, its photos in 480, 1024 and 1920 px and a 300 px square crop),
 * each language's home paginated by 10 (posts written only in another language included, as Logbuch
 * lists them), a page per tag paginated by 10, the tag list, an archive by year, an RSS feed per
 * language (20 items), a JSON search index per language (what Hugo blogs use for search), the
 * sitemap, robots.txt and a 404 page. Code is highlighted by Hugo's Chroma with CSS classes.
 *
 * <p>Hugo 0.111 (Debian 12's) reads it as it is; the content folder is used in place, so both tools
 * read the same files.
 */
final class HugoSite {
    private HugoSite() {}

    /**
     * Writes {@code hugo.toml} and the layouts into {@code project}; returns the project folder.
     */
    static Path write(Path project, Path content, String title, boolean related)
            throws IOException {
        Files.createDirectories(project);
        writeAlbums(project.resolve("albums"), content);
        for (Map.Entry<String, String> file : files(project, content, title, related).entrySet()) {
            Path target = project.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.isRegularFile(target)
                    || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes);
            }
        }
        return project;
    }

    /** The output folder, removed before every run as {@code mvn clean} removes Logbuch's. */
    static Path publishDir(Path project) {
        return project.resolve("public");
    }

    /** What Hugo keeps between builds: processed images ({@code resources/}) and its file cache. */
    static Path[] caches(Path project) {
        return new Path[] {project.resolve("resources"), project.resolve("cache")};
    }

    private static Map<String, String> files(
            Path project, Path content, String title, boolean related) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "hugo.toml",
                """
                baseURL = "https://blog.example.org/"
                title = "%s"
                cacheDir = "%s"
                publishDir = "public"
                resourceDir = "resources"
                defaultContentLanguage = "de"
                defaultContentLanguageInSubdir = false
                paginate = 10
                enableRobotsTXT = true
                timeZone = "Europe/Berlin"
                refLinksErrorLevel = "WARNING"
                disableKinds = ["section"]

                # the blog's content as it is, and album pages for folders that hold only photos
                [module]
                [[module.mounts]]
                  source = "%s"
                  target = "content"
                [[module.mounts]]
                  source = "albums"
                  target = "content"

                [languages.de]
                  languageCode = "de-DE"
                  languageName = "Deutsch"
                  weight = 1
                [languages.en]
                  languageCode = "en-US"
                  languageName = "English"
                  weight = 2

                [taxonomies]
                  tag = "tags"

                [permalinks]
                  posts = "/:year/:month/:slugorfilename/"
                  pages = "/:slugorfilename/"

                [outputFormats.archive]
                  mediaType = "text/html"
                  baseName = "index"
                  path = "archive"
                  isHTML = true
                  permalinkable = false
                [outputFormats.searchindex]
                  mediaType = "application/json"
                  baseName = "search-index"
                  isPlainText = true
                  notAlternative = true

                [outputs]
                  home = ["HTML", "RSS", "archive", "searchindex"]
                  page = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]

                [services.rss]
                  limit = 20

                [imaging]
                  quality = 85

                [related]
                  includeNewer = true
                  threshold = 1
                  toLower = false
                  [[related.indices]]
                    name = "tags"
                    weight = 100

                [markup.highlight]
                  noClasses = false
                [markup.goldmark.renderer]
                  unsafe = true
                """
                        .formatted(
                                title,
                                toml(project.resolve("cache").toAbsolutePath()),
                                toml(content.toAbsolutePath())));
        files.put(
                "layouts/partials/head.html",
                """
                <!DOCTYPE html>
                <html lang="{{ site.LanguageCode }}">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}">
                {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
                {{ end }}<link rel="alternate" type="application/rss+xml" href="{{ site.Home.Permalink }}index.xml">
                <link rel="stylesheet" href="{{ "style.css" | relURL }}">
                </head>
                <body>
                <header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
                <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a> {{ end }}
                <a href="{{ "tags/" | relLangURL }}">Tags</a> <a href="{{ "archive/" | relLangURL }}">Archiv</a></nav></header>
                <main>
                """);
        files.put(
                "layouts/partials/foot.html",
                """
                </main>
                <footer>{{ site.Title }}</footer>
                </body>
                </html>
                """);
        files.put(
                "layouts/partials/summary.html",
                """
                <article{{ if ne .Lang site.Language.Lang }} lang="{{ .Site.LanguageCode }}"{{ end }}>
                <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if ne .Lang site.Language.Lang }} <span>({{ .Language.LanguageName }})</span>{{ end }}</h2>
                <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time> · {{ .ReadingTime }} min
                {{ .Summary }}
                </article>
                """);
        // the listing of a language: its own posts and those written only in another language
        files.put(
                "layouts/partials/listing.html",
                """
                {{ $lang := .Lang }}
                {{ $posts := where site.RegularPages "Section" "posts" }}
                {{ range .Sites }}{{ if ne .Language.Lang $lang }}
                  {{ range where .RegularPages "Section" "posts" }}
                    {{ $translated := false }}
                    {{ range .Translations }}{{ if eq .Lang $lang }}{{ $translated = true }}{{ end }}{{ end }}
                    {{ if not $translated }}{{ $posts = $posts | append . }}{{ end }}
                  {{ end }}
                {{ end }}{{ end }}
                {{ return sort $posts "Date" "desc" }}
                """);
        files.put(
                "layouts/index.html",
                """
                {{ partial "head.html" . }}
                {{ $posts := partialCached "listing.html" . .Lang }}
                {{ $pager := .Paginate $posts }}
                {{ range $pager.Pages }}{{ partial "summary.html" . }}{{ end }}
                <nav>{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">←</a>{{ end }} {{ $pager.PageNumber }}/{{ $pager.TotalPages }} {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">→</a>{{ end }}</nav>
                {{ partial "foot.html" . }}
                """);
        files.put(
                "layouts/index.archive.html",
                """
                {{ partial "head.html" . }}
                <h1>Archiv</h1>
                {{ $posts := partialCached "listing.html" . .Lang }}
                {{ range $posts.GroupByDate "2006" }}
                <h2>{{ .Key }}</h2>
                <ul>{{ range .Pages }}<li><time>{{ .Date.Format "02.01." }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                {{ end }}
                {{ partial "foot.html" . }}
                """);
        files.put(
                "layouts/index.searchindex.json",
                """
                {{- $index := slice -}}
                {{- range where site.RegularPages "Section" "posts" -}}
                {{- $index = $index | append (dict "title" .Title "url" .RelPermalink "date" (.Date.Format "2006-01-02") "tags" .Params.tags "text" .Plain) -}}
                {{- end -}}
                {{- $index | jsonify -}}
                """);
        files.put(
                "layouts/_default/single.html",
                """
                {{ partial "head.html" . }}
                <article>
                <h1>{{ .Title }}</h1>
                {{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time> · {{ .ReadingTime }} min · {{ .WordCount }}{{ end }}
                {{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
                {{ .Content }}
                {{ with .Resources.ByType "image" }}<div class="gallery">
                {{ range . }}{{ $s := .Resize "480x" }}{{ $m := .Resize "1024x" }}{{ $l := .Resize "1920x" }}{{ $t := .Fill "300x300" }}
                <figure><a href="{{ $l.RelPermalink }}"><img src="{{ $t.RelPermalink }}" srcset="{{ $s.RelPermalink }} 480w, {{ $m.RelPermalink }} 1024w, {{ $l.RelPermalink }} 1920w" sizes="(min-width: 60em) 30vw, 100vw" width="{{ $t.Width }}" height="{{ $t.Height }}" loading="lazy" alt="{{ .Name }}"></a></figure>
                {{ end }}</div>{{ end }}
                {{ if eq .Section "posts" }}
                {{/* RELATED */}}
                <nav>{{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
                {{ end }}
                </article>
                {{ partial "foot.html" . }}
                """
                        .replace(
                                "{{/* RELATED */}}",
                                related
                                        ? "{{ with first 5 (site.RegularPages.Related .) }}<aside><h2>Related</h2><ul>{{ range . }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></aside>{{ end }}"
                                        : ""));
        files.put(
                "layouts/_default/list.html",
                """
                {{ partial "head.html" . }}
                <h1>{{ .Title }}</h1>
                {{ $pager := .Paginate .Pages }}
                {{ range $pager.Pages }}{{ partial "summary.html" . }}{{ end }}
                <nav>{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">←</a>{{ end }} {{ $pager.PageNumber }}/{{ $pager.TotalPages }} {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">→</a>{{ end }}</nav>
                {{ partial "foot.html" . }}
                """);
        files.put(
                "layouts/_default/terms.html",
                """
                {{ partial "head.html" . }}
                <h1>Tags</h1>
                <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
                {{ partial "foot.html" . }}
                """);
        files.put(
                "layouts/404.html",
                """
                {{ partial "head.html" . }}
                <h1>404</h1>
                {{ partial "foot.html" . }}
                """);
        files.put("static/style.css", "body{max-width:48em;margin:auto;font-family:sans-serif}\n");
        return files;
    }

    /**
     * Logbuch makes an album of a post folder that holds only photos; Hugo needs an {@code
     * index.md} to make a page bundle of it. Those are written into a folder of their own, mounted
     * over the content, so both tools read the same content folder.
     */
    private static void writeAlbums(Path albums, Path content) throws IOException {
        Machine.deleteRecursively(albums);
        Files.createDirectories(albums);
        Path posts = content.resolve("posts");
        if (!Files.isDirectory(posts)) {
            return;
        }
        try (Stream<Path> folders = Files.list(posts)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                List<String> names;
                try (Stream<Path> files = Files.list(folder)) {
                    names = files.map(f -> f.getFileName().toString()).toList();
                }
                boolean photos =
                        names.stream()
                                .anyMatch(
                                        n ->
                                                n.toLowerCase(Locale.ROOT)
                                                        .matches(".*\\.(jpe?g|png|webp)"));
                boolean page =
                        names.stream().anyMatch(n -> n.matches("_?index(\\.[a-z]{2})?\\.md"));
                if (photos && !page) {
                    String name = folder.getFileName().toString();
                    StringBuilder text =
                            new StringBuilder("---\ntitle: \"").append(name).append("\"\n");
                    if (name.matches("\\d{4}-\\d{2}-\\d{2}-.*")) {
                        text.append("date: ").append(name, 0, 10).append("\n");
                    }
                    text.append("---\n");
                    Path index = albums.resolve("posts").resolve(name).resolve("index.md");
                    Files.createDirectories(index.getParent());
                    Files.writeString(index, text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static String toml(Path path) {
        return path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
