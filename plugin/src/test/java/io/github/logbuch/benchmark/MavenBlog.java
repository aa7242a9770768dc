package io.github.logbuch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Maven side of the site benchmark: a local repository of its own that holds the freshly built
 * plugin, and blog projects as a blogger has them (a pom like the archetype's, a {@code .mvn/}
 * folder, {@code src/main/blog/}), built with {@code mvn -B -o -q clean site}.
 *
 * <p>Why a repository of its own: the plugin under test is a snapshot built in this reactor, and
 * the user's {@code ~/.m2} (which other builds on the machine share) should neither be changed nor
 * decide which plugin is measured. The staged jar and poms are copied in on every benchmark run, as
 * {@code mvn install} would put them. The plugin's dependencies and Maven's own plugins come from
 * {@code ~/.m2} once, through a settings file that names it as a {@code file:} repository (Maven
 * Central stays behind it for anything missing): a first, untimed build fills the benchmark
 * repository; every timed build then runs offline ({@code -o}).
 */
final class MavenBlog {
    private final Path repository;
    private final Path settings;
    private final String mvn;
    private final String groupId;
    private final String version;

    private MavenBlog(Path repository, Path settings, String mvn, String groupId, String version) {
        this.repository = repository;
        this.settings = settings;
        this.mvn = mvn;
        this.groupId = groupId;
        this.version = version;
    }

    /**
     * Stages the plugin jar, its pom and the parent pom into {@code dir/repository} and writes
     * {@code dir/settings.xml}.
     */
    static MavenBlog stage(
            Path dir,
            String mvn,
            String groupId,
            String version,
            Path pluginJar,
            Path pluginPom,
            Path parentPom)
            throws IOException {
        if (!Files.isRegularFile(pluginJar)) {
            throw new IOException(
                    "no plugin jar at " + pluginJar + ": run the profile with `verify`, not alone");
        }
        Path repository = dir.resolve("repository");
        Path group = repository.resolve(groupId.replace('.', '/'));
        Path plugin = group.resolve("logbuch-maven-plugin").resolve(version);
        Path parent = group.resolve("logbuch-parent").resolve(version);
        Files.createDirectories(plugin);
        Files.createDirectories(parent);
        for (Path folder : List.of(plugin, parent)) {
            // what a resolver remembers about the folder: without it the files count as installed
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        String pluginName = "logbuch-maven-plugin-" + version;
        Files.copy(
                pluginJar,
                plugin.resolve(pluginName + ".jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                pluginPom,
                plugin.resolve(pluginName + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                parentPom,
                parent.resolve("logbuch-parent-" + version + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);

        Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path settings = dir.resolve("settings.xml");
        Files.writeString(
                settings,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by SiteBenchmark: the user's local repository as a remote one, so the
                     first (untimed) build copies the dependencies into the benchmark's repository -->
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <repositories>
                        <repository>
                          <id>user-repository</id>
                          <url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots>
                        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                          <id>user-repository</id>
                          <url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots>
                        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                </settings>
                """
                        .formatted(userRepository.toUri()),
                StandardCharsets.UTF_8);
        return new MavenBlog(repository, settings, mvn, groupId, version);
    }

    /**
     * Writes {@code project/pom.xml} and {@code project/.mvn/}, with {@code jvmConfig} as its
     * {@code jvm.config} (none when blank); the blog's sources are not touched.
     */
    void writeProject(Path project, String name, String jvmConfig) throws IOException {
        Files.createDirectories(project.resolve(".mvn"));
        if (jvmConfig.isBlank()) {
            Files.deleteIfExists(project.resolve(".mvn/jvm.config"));
        } else {
            writeIfChanged(project.resolve(".mvn/jvm.config"), jvmConfig);
        }
        writeIfChanged(
                project.resolve(".mvn/README.md"),
                "This folder marks the root of the project for Maven, as in a blog made by the"
                        + " archetype.\n");
        writeIfChanged(
                project.resolve("pom.xml"),
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by SiteBenchmark: a blog's pom as the archetype makes it -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.blog</groupId>
                  <artifactId>%3$s</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <name>Logbuch</name>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>%1$s</groupId>
                        <artifactId>logbuch-maven-plugin</artifactId>
                        <version>%2$s</version>
                        <configuration>
                          <baseUrl>https://blog.example.org/</baseUrl>
                          <languages>de,en</languages>
                          <author>Erika Mustermann</author>
                          <timeZone>Europe/Berlin</timeZone>
                        </configuration>
                        <executions>
                          <execution>
                            <goals>
                              <goal>build</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-site-plugin</artifactId>
                        <version>3.22.0</version>
                        <executions>
                          <execution>
                            <id>default-site</id>
                            <phase>none</phase>
                          </execution>
                          <execution>
                            <id>default-deploy</id>
                            <phase>none</phase>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-clean-plugin</artifactId>
                          <version>3.4.1</version>
                        </plugin>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-install-plugin</artifactId>
                          <version>3.1.4</version>
                        </plugin>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-deploy-plugin</artifactId>
                          <version>3.1.4</version>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """
                        .formatted(groupId, version, project.getFileName()));
    }

    /** Where the plugin keeps what it may reuse, outside {@code target/}: its default. */
    static Path cacheDirectory(Path project) {
        return project.resolve(".logbuch-cache");
    }

    /** Where {@code mvn site} puts the blog: the plugin's default. */
    static Path siteDirectory(Path project) {
        return project.resolve("target/site");
    }

    /**
     * {@code mvn -B [-o] -q clean site} with the benchmark's settings and repository, and {@code
     * extra} arguments (e.g. {@code -Dblog.skip}).
     */
    List<String> cleanSite(boolean offline, String... extra) {
        List<String> command = new ArrayList<>();
        command.add(mvn);
        command.add("-B");
        if (offline) {
            command.add("-o");
        }
        command.add("-q");
        command.add("-s");
        command.add(settings.toString());
        command.add("-Dmaven.repo.local=" + repository);
        command.addAll(List.of(extra));
        command.add("clean");
        command.add("site");
        return command;
    }

    private static void writeIfChanged(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file)
                || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
    }
}
