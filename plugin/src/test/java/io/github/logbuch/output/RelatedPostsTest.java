package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.content.Document;
import io.github.logbuch.content.Slugs;
import io.github.logbuch.site.Entry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Related posts of a listing large enough to be counted in slices, against counting each pair. */
class RelatedPostsTest {
    private static final List<String> TAGS =
            List.of(
                    "Java",
                    "java",
                    "Maven",
                    "Photos",
                    "Hamburg",
                    "Elbe",
                    "Konferenz",
                    "Go",
                    "Rust");

    @Test
    void eachPostGetsThePostsSharingTheMostTagsNewerFirst() {
        Random random = new Random(7);
        List<Entry> listing = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            List<String> tags = new ArrayList<>();
            int count = random.nextInt(5);
            for (int t = 0; t < count; t++) {
                tags.add(TAGS.get(random.nextInt(TAGS.size())));
            }
            listing.add(entry(i, tags));
        }

        Map<Entry, List<Entry>> related = RelatedPosts.of(listing);

        assertEquals(listing.size(), related.size());
        int withRelated = 0;
        for (int i = 0; i < listing.size(); i++) {
            List<Entry> expected = byCountingEachPair(listing, i);
            assertEquals(expected, related.get(listing.get(i)), "post " + i);
            withRelated += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withRelated > 700, "most posts share a tag: " + withRelated);
    }

    private static List<Entry> byCountingEachPair(List<Entry> listing, int i) {
        Set<String> mine = slugs(listing.get(i));
        List<int[]> shared = new ArrayList<>(); // {post, tags shared}
        for (int j = 0; j < listing.size(); j++) {
            if (j == i) {
                continue;
            }
            Set<String> theirs = slugs(listing.get(j));
            theirs.retainAll(mine);
            if (!theirs.isEmpty()) {
                shared.add(new int[] {j, theirs.size()});
            }
        }
        shared.sort(
                Comparator.comparingInt((int[] s) -> -s[1]).thenComparingInt((int[] s) -> s[0]));
        List<Entry> best = new ArrayList<>();
        for (int k = 0; k < Math.min(RelatedPosts.LIMIT, shared.size()); k++) {
            best.add(listing.get(shared.get(k)[0]));
        }
        return best;
    }

    private static Set<String> slugs(Entry entry) {
        Set<String> slugs = new HashSet<>();
        for (String tag : entry.document().tags()) {
            slugs.add(Slugs.tagSlug(tag));
        }
        return slugs;
    }

    private static Entry entry(int i, List<String> tags) {
        Document document =
                new Document(
                        null,
                        null,
                        Path.of("content/posts/p" + i + "/index.en.md"),
                        null,
                        "Post " + i,
                        null,
                        null,
                        List.copyOf(tags),
                        null,
                        null,
                        false,
                        "p" + i,
                        null,
                        List.of(),
                        null,
                        List.of(),
                        null,
                        Map.of(),
                        "",
                        1,
                        true);
        return new Entry(document, "/p" + i + "/");
    }
}
