package io.github.logbuch.output;

import io.github.logbuch.content.Slugs;
import io.github.logbuch.site.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The posts to read next, per language, made once per build: for each post, up to five posts of its
 * language that share the most tags with it (ties: the newer first), never itself. Counting goes
 * through each tag's posts, so a post costs as much as the posts it shares a tag with.
 */
final class RelatedPosts {
    static final int LIMIT = 5;

    private RelatedPosts() {}

    /**
     * @param listing the posts written in one language, newest first
     * @return for each post (by identity) its related posts, newest first among equals
     */
    static Map<Entry, List<Entry>> of(List<Entry> listing) {
        int n = listing.size();
        List<int[]> tagsOf = new ArrayList<>(n);
        Map<String, Integer> tagIds = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> slugs = new LinkedHashSet<>();
            for (String tag : listing.get(i).document().tags()) {
                slugs.add(Slugs.tagSlug(tag));
            }
            int[] ids = new int[slugs.size()];
            int k = 0;
            for (String slug : slugs) {
                int id =
                        tagIds.computeIfAbsent(
                                slug,
                                s -> {
                                    members.add(new ArrayList<>());
                                    return members.size() - 1;
                                });
                members.get(id).add(i);
                ids[k++] = id;
            }
            tagsOf.add(ids);
        }
        // the posts of each tag as ints: the counting runs posts × posts sharing a tag times, and
        // unboxing each of them is dear in the quick JIT
        int[][] postsOf = new int[members.size()][];
        for (int id = 0; id < postsOf.length; id++) {
            List<Integer> posts = members.get(id);
            postsOf[id] = new int[posts.size()];
            for (int m = 0; m < postsOf[id].length; m++) {
                postsOf[id][m] = posts.get(m);
            }
        }
        // the posts in slices, a slice at a time on every core, each with counters of its own
        // (one after another they were 2 % of a cold 5,000-post build's main thread, JFR)
        @SuppressWarnings("unchecked")
        List<Entry>[] found = new List[n];
        int slices = Math.max(1, Math.min(64, n / 64));
        IntStream.range(0, slices)
                .parallel()
                .forEach(
                        slice -> {
                            int[] shared = new int[n];
                            int[] touched = new int[n];
                            for (int i = slice * n / slices; i < (slice + 1) * n / slices; i++) {
                                found[i] =
                                        relatedTo(
                                                i,
                                                listing,
                                                tagsOf.get(i),
                                                postsOf,
                                                shared,
                                                touched);
                            }
                        });
        Map<Entry, List<Entry>> related = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            related.put(listing.get(i), found[i]);
        }
        return related;
    }

    /** Post {@code i}'s related posts; {@code shared} is all zero before and after. */
    private static List<Entry> relatedTo(
            int i, List<Entry> listing, int[] tags, int[][] postsOf, int[] shared, int[] touched) {
        int count = 0;
        for (int tag : tags) {
            for (int j : postsOf[tag]) {
                if (j != i && shared[j]++ == 0) {
                    touched[count++] = j;
                }
            }
        }
        // the best LIMIT by (shared tags desc, position asc = newer first)
        int[] best = new int[LIMIT];
        int size = 0;
        for (int t = 0; t < count; t++) {
            int j = touched[t];
            int pos = size;
            while (pos > 0 && better(j, best[pos - 1], shared)) {
                pos--;
            }
            if (pos < LIMIT) {
                int last = Math.min(size, LIMIT - 1);
                System.arraycopy(best, pos, best, pos + 1, last - pos);
                best[pos] = j;
                size = Math.min(size + 1, LIMIT);
            }
        }
        List<Entry> list = new ArrayList<>(size);
        for (int b = 0; b < size; b++) {
            list.add(listing.get(best[b]));
        }
        for (int t = 0; t < count; t++) {
            shared[touched[t]] = 0;
        }
        return List.copyOf(list);
    }

    private static boolean better(int a, int b, int[] shared) {
        return shared[a] > shared[b] || (shared[a] == shared[b] && a < b);
    }
}
