package io.github.logbuch.maven;

import io.github.logbuch.Blog;
import io.github.logbuch.check.ExternalLinks;
import io.github.logbuch.check.Finding;
import io.github.logbuch.check.LinkChecker;
import io.github.logbuch.check.MissingTranslations;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.ConfigException;
import io.github.logbuch.config.Language;
import io.github.logbuch.problem.BuildFailedException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the built site: broken internal links and image references, images without alt text, posts
 * and pages missing a translation (where {@code requiredLanguages} asks for them), and, when asked,
 * links to other sites. Fails with a list of page and link that CI can show.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The built site to check. */
    @Parameter(
            property = "blog.outputDirectory",
            defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    File outputDirectory;

    /**
     * The blog's sources; read only for {@code requiredLanguages}, to know which posts and pages
     * exist in which language.
     */
    @Parameter(
            property = "blog.sourceDirectory",
            defaultValue = "${project.basedir}/src/main/blog",
            required = true)
    File sourceDirectory;

    /** The site's URL: absolute links to it are checked as internal links. */
    @Parameter(property = "blog.baseUrl")
    String baseUrl;

    /** The blog's languages as a comma list; the first is the default. */
    @Parameter(property = "blog.languages", defaultValue = "en")
    String languages;

    /** The time zone that dates without one are read in, as {@code build} has it. */
    @Parameter(property = "blog.timeZone", defaultValue = "UTC")
    String timeZone;

    /**
     * Languages every post and page must be written in, as a comma list, or {@code all} for every
     * language of the blog. Empty: no such check.
     */
    @Parameter(property = "blog.requiredLanguages", defaultValue = "")
    String requiredLanguages;

    /** Also ask other sites whether the pages the blog links to are there (needs the network). */
    @Parameter(property = "blog.checkExternal", defaultValue = "false")
    boolean checkExternal;

    /** How long to wait for another site to answer, in seconds. */
    @Parameter(property = "blog.externalTimeout", defaultValue = "10")
    int externalTimeout;

    /** Skip the check. */
    @Parameter(property = "blog.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the check (blog.skip)");
            return;
        }
        BlogConfig config = config();
        if (!Files.isDirectory(outputDirectory.toPath())) {
            throw new MojoFailureException(
                    outputDirectory + " does not exist: build the blog first (mvn site)");
        }
        List<Finding> findings = new ArrayList<>();
        Set<URI> external = new TreeSet<>();
        try {
            findings.addAll(
                    new LinkChecker(outputDirectory.toPath(), config.baseUrl()).check(external));
        } catch (IOException e) {
            throw new MojoExecutionException("The site could not be read: " + e.getMessage(), e);
        }
        List<Language> required = required(config);
        if (!required.isEmpty()) {
            try {
                findings.addAll(
                        MissingTranslations.find(
                                Blog.assemble(
                                        config,
                                        new MavenBuildListener(
                                                getLog(), project.getBasedir().toPath())),
                                required));
            } catch (BuildFailedException e) {
                throw new MojoFailureException(e.report(project.getBasedir().toPath()));
            }
        }
        if (checkExternal && !external.isEmpty()) {
            getLog().info("Checking " + external.size() + " links to other sites");
            Map<URI, String> broken =
                    new ExternalLinks(Duration.ofSeconds(externalTimeout)).check(external);
            broken.forEach(
                    (url, problem) ->
                            findings.add(
                                    new Finding(
                                            "(links to other sites)", url.toString(), problem)));
        }
        if (findings.isEmpty()) {
            getLog().info(
                            "The site is fine: no broken links"
                                    + (required.isEmpty() ? "" : ", no missing translations")
                                    + (checkExternal ? ", no broken external links" : ""));
            return;
        }
        StringBuilder report =
                new StringBuilder(
                        "The site has "
                                + findings.size()
                                + (findings.size() == 1 ? " problem" : " problems")
                                + ":");
        for (Finding finding : findings) {
            report.append("\n  ").append(finding);
        }
        throw new MojoFailureException(report.toString());
    }

    private BlogConfig config() throws MojoFailureException {
        try {
            return BlogConfig.builder()
                    .sourceDirectory(sourceDirectory.toPath())
                    .outputDirectory(outputDirectory.toPath())
                    .baseUrl(baseUrl)
                    .languages(languages)
                    .timeZone(timeZone)
                    .build();
        } catch (ConfigException e) {
            throw AbstractBlogMojo.failure(e);
        }
    }

    private List<Language> required(BlogConfig config) throws MojoFailureException {
        String wanted = requiredLanguages == null ? "" : requiredLanguages.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.equals("all")) {
            return config.languages();
        }
        List<Language> result = new ArrayList<>();
        for (String code : wanted.split(",")) {
            Language found =
                    config.languages().stream()
                            .filter(l -> l.code().equalsIgnoreCase(code.strip()))
                            .findFirst()
                            .orElse(null);
            if (found == null) {
                throw new MojoFailureException(
                        "<requiredLanguages> \""
                                + code.strip()
                                + "\" is not one of the blog's languages ("
                                + languages
                                + ")");
            }
            result.add(found);
        }
        return result;
    }
}
