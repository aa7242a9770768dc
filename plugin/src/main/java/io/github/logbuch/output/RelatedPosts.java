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
        Map<Entry, List<Entry>> related = new IdentityHashMap<>();
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int tag : tagsOf.get(i)) {
                for (int j : members.get(tag)) {
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
            related.put(listing.get(i), List.copyOf(list));
            for (int t = 0; t < count; t++) {
                shared[touched[t]] = 0;
            }
        }
        return related;
    }

    private static boolean better(int a, int b, int[] shared) {
        return shared[a] > shared[b] || (shared[a] == shared[b] && a < b);
    }
}
