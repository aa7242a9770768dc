package io.github.logbuch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundles come in the order of the folders' listings, though folders are read on every core.
 */
class ContentScannerTest {
    @TempDir Path dir;

    private void file(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: x\n---\n");
    }

    @Test
    void bundlesComeInListingOrderFoldersFirstThenSingleFiles() throws IOException {
        List<String> expected = new ArrayList<>();
        // year folders that only group others, each with bundles, one with a nested group
        for (int year = 2010; year < 2014; year++) {
            for (int i = 0; i < 30; i++) {
                String name = String.format("%d/%02d-post", year, i);
                file("posts/" + name + "/index.md");
                file("posts/" + name + "/notes/extra.txt");
                expected.add(name);
            }
            if (year == 2012) {
                file("posts/2012/zz-group/inner/index.en.md");
                expected.add("2012/zz-group/inner");
            }
            file("posts/" + year + "/single.md");
            expected.add(year + "/single");
        }
        for (int i = 0; i < 60; i++) {
            String name = String.format("b%02d", i);
            file("posts/" + name + "/index.md");
            expected.add(name);
        }
        Files.createDirectories(dir.resolve("posts/c-album"));
        Files.write(dir.resolve("posts/c-album/photo.jpg"), new byte[] {1});
        expected.add("c-album");
        file("posts/a-single.md");
        file("posts/z-single.en.md");
        expected.add("a-single");
        expected.add("z-single");

        List<Bundle> bundles =
                new ContentScanner(new Problems()).scan(dir.resolve("posts"), Section.POST);

        List<String> found =
                bundles.stream()
                        .map(
                                b -> {
                                    boolean single =
                                            !b.markdown().isEmpty()
                                                    && !b.markdown()
                                                            .get(0)
                                                            .getFileName()
                                                            .toString()
                                                            .startsWith("index");
                                    Path where = single ? b.dir().resolve(b.name()) : b.dir();
                                    return dir.resolve("posts")
                                            .relativize(where)
                                            .toString()
                                            .replace('\\', '/');
                                })
                        .toList();
        assertEquals(expected, found);
        Bundle first = bundles.get(0);
        assertEquals(List.of(Path.of("notes/extra.txt")), first.resources());
    }
}
