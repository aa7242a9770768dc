package io.github.logbuch.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Mojo as Maven injects it: parameters from the pom and the defaults, and its failures. */
@MojoTest
class BuildMojoTest {

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "build")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/site-configured")
    void buildsTheBlogConfiguredInThePom(BuildMojo mojo) throws Exception {
        assertEquals("https://blog.example.org/", mojo.baseUrl);
        assertEquals("de,en", mojo.languages);
        assertEquals("Harness Blog", mojo.title);
        assertEquals(
                mojo.project.getBasedir().toPath().resolve("src/main/blog"),
                mojo.sourceDirectory.toPath());
        assertEquals(
                mojo.project.getBasedir().toPath().resolve(".logbuch-cache"),
                mojo.cacheDirectory.toPath());
        mojo.execute();
        var root = mojo.outputDirectory.toPath();
        String german =
                Files.readString(root.resolve("2016/06/hello/index.html"), StandardCharsets.UTF_8);
        String english =
                Files.readString(
                        root.resolve("en/2016/06/hello/index.html"), StandardCharsets.UTF_8);
        assertTrue(german.contains("<title>Hallo – Harness Blog</title>"), german);
        assertTrue(english.contains("<html lang=\"en\">"), english);
    }

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "build")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/site-pruned")
    @MojoParameter(name = "cacheDirectory", value = "${project.basedir}/target/cache-pruned")
    @MojoParameter(name = "pruneCache", value = "true")
    void pruneCacheRemovesProcessedPhotosTheBuildDidNotUse(BuildMojo mojo) throws Exception {
        // a cache from an earlier run of this test (target/test-classes outlives it) would hold
        // the site of the same inputs: put back, it prunes nothing
        io.github.logbuch.cache.Trees.delete(mojo.cacheDirectory.toPath());
        String hash = "ab" + "0".repeat(62);
        var old = mojo.cacheDirectory.toPath().resolve("photos/ab").resolve(hash);
        Files.createDirectories(old);
        Files.writeString(old.resolve("photo.properties"), "format=1\n");
        mojo.execute();
        assertTrue(Files.exists(mojo.outputDirectory.toPath().resolve("index.html")));
        assertFalse(Files.exists(old), "a photo no post shows any more is removed");
    }

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "build")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/site-skipped")
    @MojoParameter(name = "skip", value = "true")
    void skipLeavesEverythingAsItWas(BuildMojo mojo) throws Exception {
        mojo.execute();
        assertFalse(Files.exists(mojo.outputDirectory.toPath()));
    }

    @Test
    @Basedir("/unit/no-base-url")
    @InjectMojo(goal = "build")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/site-no-url")
    void aMissingBaseUrlIsNamedByItsPomElement(BuildMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("<baseUrl> is not set"), failure.getMessage());
        assertTrue(failure.getMessage().contains("blog.baseUrl"), failure.getMessage());
    }

    @Test
    @Basedir("/unit/bilingual")
    @InjectMojo(goal = "build")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/site-bad-language")
    @MojoParameter(name = "languages", value = "de,english")
    void aBadLanguageIsNamedByItsPomElement(BuildMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage().startsWith("<languages> \"english\" is not a language code"),
                failure.getMessage());
    }

    @Test
    @Basedir("/unit/broken")
    @InjectMojo(goal = "build")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/site-broken")
    void brokenContentFailsTheBuildNamingFileAndLine(BuildMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage()
                        .contains(
                                "src/main/blog/content/posts/2016-06-29-broken/index.md:2: broken YAML front matter"),
                failure.getMessage());
        assertFalse(Files.exists(mojo.outputDirectory.toPath()));
    }

    /** DESIGN: every parameter has a blog.* user property, and the goal runs in the site phase. */
    @Test
    void everyParameterHasABlogUserProperty() throws Exception {
        org.w3c.dom.Document descriptor;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            descriptor = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);
        }
        assertEquals(
                "blog", descriptor.getElementsByTagName("goalPrefix").item(0).getTextContent());
        Element build = null;
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("build")) {
                build = mojo;
            }
        }
        assertEquals("site", build.getElementsByTagName("phase").item(0).getTextContent());
        assertEquals("true", build.getElementsByTagName("threadSafe").item(0).getTextContent());
        List<String> missing = new ArrayList<>();
        NodeList parameters =
                ((Element) build.getElementsByTagName("configuration").item(0)).getChildNodes();
        int properties = 0;
        for (int i = 0; i < parameters.getLength(); i++) {
            if (!(parameters.item(i) instanceof Element parameter)
                    || parameter.getTagName().equals("project")) {
                continue;
            }
            String value = parameter.getTextContent();
            if (!value.startsWith("${blog." + parameter.getTagName() + "}")) {
                missing.add(parameter.getTagName() + " = " + value);
            }
            properties++;
        }
        assertTrue(missing.isEmpty(), "parameters without their blog.* property: " + missing);
        assertTrue(properties >= 8, "found only " + properties + " parameters");
    }
}
