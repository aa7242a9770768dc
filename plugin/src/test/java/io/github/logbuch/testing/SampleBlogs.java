package io.github.logbuch.testing;

/** Sample blogs shared by tests that check the output as a whole. */
public final class SampleBlogs {
    private SampleBlogs() {}

    /**
     * A bilingual blog that uses every Markdown feature and front matter field, with titles, tags
     * and summaries that need escaping: a post in both languages, one only in English, one only in
     * German, pages, aliases, a draft and a future post.
     */
    public static final String KITCHEN_SINK =
            """
            -- content/posts/2016-06-29-containerdays-2016/index.en.md --
            ---
            title: ContainerDays 2016 <Hamburg> & "friends"
            date: 2016-06-29T18:30:00+02:00
            tags: [Conference, Docker, "C++ & <Rust>"]
            summary: Notes from <b>two</b> days & one "workshop"
            aliases: [/2016/06/29/containerdays.html, /old/containerdays/]
            ---
            I skipped the workshop day and just joined the second day. See
            [the harbour photos](../2016-06-30-baakenhafen/) and [Strata](../2016-06-02-strata/index.en.md#talks).

            <!--more-->

            ## Talks

            ## Talks

            | Talk | Speaker | Rating |
            |:-----|:-------:|-------:|
            | From Borg To Kubernetes | Mandy Waite | 5 |
            | `NoOps` | Marco | ~~3~~ 4 |

            - [x] attend keynote
            - [ ] see workshop

            Visit https://containerdays.io or www.example.org, or write to <mail@example.org>.

            A footnote[^note] and some <abbr title="HyperText Markup Language">HTML</abbr> inline.

            <div class="note">
            <p>Raw HTML block.</p>
            </div>

            ```java
            record Post(String title) {}
            ```

            > A quote with *emphasis* and **strong**.

            ![Hafen at dusk](hafen.png "The harbour")

            The [programme](programme.pdf) as a PDF.

            [^note]: The footnote text.
            -- content/posts/2016-06-29-containerdays-2016/index.md --
            ---
            title: ContainerDays 2016 auf Deutsch
            date: 2016-06-29T18:30:00+02:00
            tags: [Konferenz, Docker]
            ---
            Der zweite Tag der ContainerDays.[^1]

            ![Hafen in der Dämmerung](hafen.png)

            [^1]: Fußnote.
            -- content/posts/2016-06-30-baakenhafen/index.md --
            ---
            title: Baakenhafen, HafenCity
            tags: Hamburg
            ---
            Am Petersenkai.

            ## Blick von der Baakenhafen Brücke

            Text mit ümlauten & <em>HTML</em>.
            -- content/posts/2016-06-02-strata/index.en.md --
            ---
            title: Strata + Hadoop World 2016, London
            tags: [Conference, Big Data]
            lastmod: 2016-06-10
            ---
            Some notes about the workshops and talks I attended.

            ## Talks

            Kafka, Flume & Spark.
            -- content/posts/2016-07-01-entwurf/index.md --
            ---
            title: Ein Entwurf
            draft: true
            ---
            Noch nicht fertig.
            -- content/posts/2030-01-01-zukunft/index.md --
            ---
            title: Aus der Zukunft
            ---
            Noch nicht erschienen.
            -- content/pages/about/index.de.md --
            ---
            title: Über mich
            weight: 1
            ---
            Ich schreibe über Konferenzen und Hamburg.
            -- content/pages/about/index.en.md --
            ---
            title: About me
            weight: 1
            ---
            I write about conferences and Hamburg.
            -- content/pages/impressum/index.md --
            ---
            title: Impressum
            weight: 2
            ---
            Angaben gemäß § 5 TMG.
            -- static/favicon.ico --
            icon
            -- static/CNAME --
            blog.example.org
            """;

    /** A small PNG photo (64×48), for posts that show one. */
    public static final byte[] PNG = TestPhotos.png(TestPhotos.quarters(64, 48));

    /** {@link #KITCHEN_SINK} with its photo and its PDF, in a test's folder. */
    public static TestSite kitchenSink(java.nio.file.Path dir) {
        return TestSite.in(dir)
                .files(KITCHEN_SINK)
                .file("content/posts/2016-06-29-containerdays-2016/hafen.png", PNG)
                .file("content/posts/2016-06-29-containerdays-2016/programme.pdf", PDF);
    }

    /** A file that is no photo: published as it is. */
    public static final byte[] PDF =
            "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
}
