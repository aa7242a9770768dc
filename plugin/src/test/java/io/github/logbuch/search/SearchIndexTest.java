package io.github.logbuch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logbuch.config.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index's files: split into shards and packs of bounded size, read back the script's way. */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Language GERMAN = new Language("de", Locale.GERMAN, true);

    /** Made-up words of two to four syllables: a large vocabulary, used unevenly as text is. */
    private static List<SearchDocument> documents(int count, long seed) {
        String[] syllables = {
            "ka", "lo", "mir", "te", "sun", "bra", "vel", "do", "gra", "pen", "schu", "ström", "ä",
            "zi", "ber", "gan", "ol", "ris", "fu", "neb"
        };
        Random random = new Random(seed);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            vocabulary.add(word.toString());
        }
        List<SearchDocument> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            int words = d % 50 == 0 ? 3000 : 300; // a few long ones, of several parts
            for (int w = 0; w < words; w++) {
                // squared: the first words are far more common than the last
                double r = random.nextDouble();
                text.append(vocabulary.get((int) (r * r * vocabulary.size()))).append(' ');
            }
            docs.add(
                    new SearchDocument(
                            "/" + d + "/",
                            "Beitrag " + d,
                            "de",
                            "2016-06-29",
                            Map.of("de", "29. Juni 2016"),
                            List.of("tag" + d % 7),
                            text.toString().strip()));
        }
        return docs;
    }

    private static SearchIndex.Files write(List<SearchDocument> docs) {
        SearchCache cache = new SearchCache();
        return SearchIndex.write(
                List.of(new SearchIndex.Language("de", cache.analyzer(GERMAN), docs)), cache);
    }

    private static JsonNode json(SearchIndex.Files files, String path) {
        try {
            return JSON.readTree(files.files().get(path));
        } catch (IOException e) {
            throw new AssertionError(path, e);
        }
    }

    @Test
    void documentsShareOneInstanceOfEachWordTheyHave() {
        List<SearchDocument> docs = documents(2, 3);
        SearchCache cache = new SearchCache();
        List<DocumentWords> words = cache.words(docs, cache.stored(docs));
        Map<String, String> first = new java.util.HashMap<>();
        for (String word : words.get(0).words()) {
            first.put(word, word);
        }
        int shared = 0;
        for (String word : words.get(1).words()) {
            String same = first.get(word);
            if (same != null) {
                assertTrue(same == word, "two instances of " + word);
                shared++;
            }
        }
        assertTrue(shared > 10, "words in both: " + shared);
    }

    @Test
    void shardsAreSmallInTermOrderAndHoldEveryTermOnce() {
        List<SearchDocument> docs = documents(400, 1);
        SearchIndex.Files files = write(docs);
        JsonNode manifest = json(files, files.manifests().get("de"));
        JsonNode shards = manifest.get("shards");
        assertTrue(shards.size() / 2 > 10, "shards: " + shards.size() / 2);
        Set<String> terms = new HashSet<>();
        String previousLast = null;
        for (int i = 0; i < shards.size(); i += 2) {
            String path = SearchIndex.ROOT + "s/" + shards.get(i + 1).asText() + ".json";
            byte[] bytes = files.files().get(path);
            JsonNode shard = json(files, path);
            List<String> names = new ArrayList<>();
            shard.fieldNames().forEachRemaining(names::add);
            assertTrue(
                    bytes.length <= SearchIndex.SHARD_BYTES * 1.6 || names.size() == 1,
                    path + ": " + bytes.length + " bytes");
            assertEquals(
                    shards.get(i).asText(), names.get(0), "a shard is named by its first term");
            assertEquals(names.stream().sorted().toList(), names);
            if (previousLast != null) {
                assertTrue(previousLast.compareTo(names.get(0)) < 0);
            }
            previousLast = names.get(names.size() - 1);
            for (String term : names) {
                assertTrue(terms.add(term), "twice: " + term);
            }
        }
        // every word of every document is found where the script looks for it
        Analyzer analyzer = Analyzer.of(GERMAN);
        for (String word : Analyzer.words(docs.get(123).text())) {
            String term = analyzer.term(word);
            assertTrue(lookup(files, manifest, term).contains(123), word + " → " + term);
        }
    }

    /** Reads a term's documents the way search.js does. */
    private static List<Integer> lookup(SearchIndex.Files files, JsonNode manifest, String term) {
        JsonNode shards = manifest.get("shards");
        String found = null;
        for (int i = 0; i < shards.size(); i += 2) {
            if (shards.get(i).asText().compareTo(term) <= 0) {
                found = shards.get(i + 1).asText();
            }
        }
        List<Integer> docs = new ArrayList<>();
        JsonNode entry = json(files, SearchIndex.ROOT + "s/" + found + ".json").get(term);
        if (entry == null) {
            return docs;
        }
        int doc = 0;
        for (int i = 0; i < entry.get(0).size(); ) {
            doc += entry.get(0).get(i).asInt();
            docs.add(doc);
            i += manifest.get("parts").has(String.valueOf(doc)) ? 3 : 2;
        }
        return docs;
    }

    @Test
    void textsArePackedAndLongOnesCutIntoParts() {
        List<SearchDocument> docs = documents(400, 2);
        SearchIndex.Files files = write(docs);
        JsonNode manifest = json(files, files.manifests().get("de"));
        int packs = manifest.get("packs").size();
        assertTrue(packs < docs.size() / 3, packs + " packs for " + docs.size() + " texts");
        for (Iterator<JsonNode> it = manifest.get("packs").elements(); it.hasNext(); ) {
            byte[] pack = files.files().get(SearchIndex.ROOT + "d/" + it.next().asText() + ".json");
            assertTrue(pack.length < 4 * TextPacks.PACK_BYTES, "a pack of " + pack.length);
        }
        // doc 0 has 3000 words: its head holds the first part, the rest are files of their own
        JsonNode docsNode = manifest.get("docs");
        String pack = manifest.get("packs").get(docsNode.get(0).asInt()).asText();
        JsonNode head =
                json(files, SearchIndex.ROOT + "d/" + pack + ".json").get(docsNode.get(1).asInt());
        assertEquals("/0/", head.get("u").asText());
        assertEquals("29. Juni 2016", head.get("f").get("de").asText());
        String[] parts = manifest.get("parts").get("0").asText().split(":");
        int count = Integer.parseInt(parts[1]);
        assertTrue(count > 2, "parts: " + count);
        StringBuilder text = new StringBuilder(head.get("x").asText());
        for (int i = 1; i < count; i++) {
            String part =
                    json(files, SearchIndex.ROOT + "d/" + parts[0] + "." + i + ".json")
                            .get("x")
                            .asText();
            assertTrue(part.length() <= StoredDocument.PART_LENGTH);
            text.append(' ').append(part);
        }
        assertEquals(docs.get(0).text(), text.toString());
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() {
        SearchIndex.Files first = write(documents(150, 3));
        SearchIndex.Files second = write(documents(150, 3));
        assertEquals(first.files().keySet(), second.files().keySet());
        for (String path : first.files().keySet()) {
            assertArrayEquals(first.files().get(path), second.files().get(path), path);
        }
    }

    @Test
    void anEditRewritesItsPackAndTheShardsOfItsWordsNotTheWholeIndex() {
        List<SearchDocument> docs = documents(400, 4);
        SearchIndex.Files before = write(docs);
        SearchDocument old = docs.get(200);
        docs.set(
                200,
                new SearchDocument(
                        old.url(),
                        old.title(),
                        old.lang(),
                        old.date(),
                        old.dates(),
                        old.tags(),
                        old.text() + " zaunkönigsgesang"));
        SearchIndex.Files after = write(docs);
        long changed =
                after.files().keySet().stream().filter(p -> !before.files().containsKey(p)).count();
        long shards = after.files().keySet().stream().filter(p -> p.contains("/s/")).count();
        // its pack, the manifest, the shard of the new word, and those where its terms' weights
        // moved (the text got longer); not the shards after them
        assertTrue(changed >= 3, changed + " new files");
        assertTrue(changed < 3 + shards / 4, changed + " new files of " + after.files().size());
    }

    @Test
    void theIndexGrowsNoFasterThanTheText() {
        long[] text = new long[2];
        long[] index = new long[2];
        int[] sizes = {200, 800};
        for (int i = 0; i < 2; i++) {
            List<SearchDocument> docs = documents(sizes[i], 5);
            text[i] = docs.stream().mapToLong(d -> d.text().length()).sum();
            index[i] = write(docs).files().values().stream().mapToLong(b -> b.length).sum();
        }
        double perText0 = (double) index[0] / text[0];
        double perText1 = (double) index[1] / text[1];
        assertTrue(
                perText1 <= perText0 * 1.05,
                "index per byte of text: "
                        + perText0
                        + " at 200 documents, "
                        + perText1
                        + " at 800");
    }

    @Test
    void weightsRiseWithCountsAndFallWithLength() {
        assertTrue(SearchIndex.weight(4, 400) > SearchIndex.weight(1, 400));
        assertTrue(SearchIndex.weight(1, 100) > SearchIndex.weight(1, 2000));
        assertTrue(SearchIndex.weight(1000, 10) <= 88);
        assertTrue(SearchIndex.weight(1, 100000) >= 1);
    }
}
