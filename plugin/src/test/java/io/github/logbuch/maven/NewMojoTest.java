package io.github.logbuch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** blog:new as Maven runs it, with the languages of the blog's pom. */
@MojoTest
class NewMojoTest {
    private static final Clock JUNE_3 =
            Clock.fixed(Instant.parse("2016-06-03T20:15:00Z"), ZoneOffset.UTC);

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "new")
    @MojoParameter(
            name = "sourceDirectory",
            value = "${project.basedir}/target/new-post/src/main/blog")
    @MojoParameter(name = "postTitle", value = "Über die Brücke")
    @MojoParameter(name = "lang", value = "en")
    void createsThePostInTheGivenLanguageAndNeverOverwritesIt(NewMojo mojo) throws Exception {
        deleteTree(mojo.sourceDirectory.toPath()); // left from an earlier run of the tests
        mojo.clock = JUNE_3;
        mojo.execute();
        Path file =
                mojo.sourceDirectory
                        .toPath()
                        .resolve("content/posts/2016-06-03-ueber-die-bruecke/index.en.md");
        assertTrue(
                Files.readString(file, StandardCharsets.UTF_8)
                        .startsWith("---\ntitle: \"Über die Brücke\"\n"));
        Files.writeString(file, "my words");
        MojoFailureException again = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(again.getMessage().contains("exists already"), again.getMessage());
        assertEquals("my words", Files.readString(file));
    }

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "new")
    @MojoParameter(
            name = "sourceDirectory",
            value = "${project.basedir}/target/new-post-default/src/main/blog")
    @MojoParameter(name = "postTitle", value = "Hallo")
    void withoutALanguageThePostIsInTheDefaultOne(NewMojo mojo) throws Exception {
        deleteTree(mojo.sourceDirectory.toPath());
        mojo.clock = JUNE_3;
        mojo.execute();
        assertTrue(
                Files.isRegularFile(
                        mojo.sourceDirectory
                                .toPath()
                                .resolve("content/posts/2016-06-03-hallo/index.de.md")));
    }

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "new")
    @MojoParameter(
            name = "sourceDirectory",
            value = "${project.basedir}/target/new-post-fr/src/main/blog")
    @MojoParameter(name = "postTitle", value = "Bonjour")
    @MojoParameter(name = "lang", value = "fr")
    void aLanguageTheBlogDoesNotHaveIsRefused(NewMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage()
                        .contains("-Dlang=fr is not one of the blog's languages (de,en)"),
                failure.getMessage());
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
