package io.github.logbuch.content;

import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Splits a Markdown file into front matter and body. Front matter is YAML between {@code ---}
 * lines, or TOML between {@code +++} lines as Hugo writes it; a file may also have none.
 */
public final class FrontMatterParser {
    private static final int MAX_FRONT_MATTER_CHARS = 1 << 20;

    private FrontMatterParser() {}

    /**
     * Splits and parses; problems go to {@code problems}, and the result is empty after one. The
     * field maps below are null when their text could not be read.
     */
    public static Optional<SourceText> parse(Path file, String text, Problems problems) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = s.lines().toList();
        String first = lines.isEmpty() ? "" : lines.get(0).stripTrailing();
        if (!first.equals("---") && !first.equals("+++")) {
            return Optional.of(new SourceText(new FrontMatter(file, 1, Map.of(), problems), s, 1));
        }
        boolean yaml = first.equals("---");
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (yaml ? line.equals("---") || line.equals("...") : line.equals("+++")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.error(
                    Problem.at(
                            file,
                            1,
                            "the front matter opened with "
                                    + first
                                    + " on line 1 is never closed: end it with a line of "
                                    + first));
            return Optional.empty();
        }
        String head = String.join("\n", lines.subList(1, close));
        if (head.length() > MAX_FRONT_MATTER_CHARS) {
            problems.error(Problem.at(file, 1, "the front matter is larger than 1 MiB"));
            return Optional.empty();
        }
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        int bodyLine = close + 2;
        Map<String, FrontMatter.Field> fields =
                yaml ? yaml(file, head, problems) : toml(file, head, problems);
        if (fields == null) {
            return Optional.empty();
        }
        return Optional.of(
                new SourceText(new FrontMatter(file, 1, fields, problems), body, bodyLine));
    }

    // The YAML starts on the file's second line; marks count from 0.
    private static final int YAML_LINE_OFFSET = 2;

    /** Immutable, so one for all files: building the schema per file showed in profiles. */
    private static final LoadSettings YAML =
            LoadSettings.builder()
                    .setSchema(new SharedCoreSchema())
                    .setMaxAliasesForCollections(50)
                    .build();

    /**
     * YAML 1.2's core schema with one resolver for every file: {@link CoreSchema} makes a new one
     * (a dozen regular expressions) for each document it composes, 11 % of the front matter's time
     * in a large build. The resolver only reads its table once made, so threads share it.
     */
    private static final class SharedCoreSchema extends CoreSchema {
        private final ScalarResolver resolver = super.getScalarResolver();

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }
    }

    private static Map<String, FrontMatter.Field> yaml(Path file, String head, Problems problems) {
        LoadSettings settings = YAML;
        Node root;
        try {
            Composer composer =
                    new Composer(
                            settings, new ParserImpl(settings, new StreamReader(settings, head)));
            Optional<Node> node = composer.getSingleNode();
            if (node.isEmpty()) {
                return Map.of();
            }
            root = node.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(0) + YAML_LINE_OFFSET;
            problems.error(Problem.at(file, line, "broken YAML front matter: " + yamlMessage(e)));
            return null;
        } catch (YamlEngineException e) {
            problems.error(Problem.at(file, 1, "broken YAML front matter: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(
                    Problem.at(
                            file,
                            line(root),
                            "the front matter must be a list of fields such as \"title: Hello\""));
            return null;
        }
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(
                        Problem.at(
                                file, line(tuple.getKeyNode()), "a field name must be plain text"));
                return null;
            }
            FrontMatter.Field twin = fields.get(key.getValue());
            if (twin != null) {
                problems.error(
                        Problem.at(
                                file,
                                line(key),
                                "broken YAML front matter: "
                                        + key.getValue()
                                        + " is given twice (first on line "
                                        + twin.line()
                                        + ")"));
                return null;
            }
            Object value = yamlValue(tuple.getValueNode());
            fields.put(key.getValue(), new FrontMatter.Field(value, line(key)));
        }
        return fields;
    }

    private static String yamlMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        String column =
                e.getProblemMark().map(m -> " (column " + (m.getColumn() + 1) + ")").orElse("");
        if (problem == null) {
            return e.getMessage().lines().findFirst().orElse("unreadable");
        }
        return (context != null ? context + ", " : "") + problem + column;
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + YAML_LINE_OFFSET;
    }

    private static Object yamlValue(Node node) {
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return Long.decode(v.replace("0o", "0"));
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.valueOf(v);
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            return v;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(yamlValue(item));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            map.put(String.valueOf(yamlValue(tuple.getKeyNode())), yamlValue(tuple.getValueNode()));
        }
        return map;
    }

    // TOML starts on the file's second line; tomlj counts lines from 1.
    private static final int TOML_LINE_OFFSET = 1;

    private static Map<String, FrontMatter.Field> toml(Path file, String head, Problems problems) {
        TomlParseResult result = Toml.parse(head);
        if (result.hasErrors()) {
            for (TomlParseError error : result.errors()) {
                problems.error(
                        Problem.at(
                                file,
                                error.position().line() + TOML_LINE_OFFSET,
                                "broken TOML front matter: " + error.getMessage()));
            }
            return null;
        }
        Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
        for (String key : result.keySet()) {
            var position = result.inputPositionOf(List.of(key));
            int line = position == null ? 1 : position.line() + TOML_LINE_OFFSET;
            fields.put(key, new FrontMatter.Field(tomlValue(result.get(List.of(key))), line));
        }
        return fields;
    }

    private static Object tomlValue(Object value) {
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(tomlValue(array.get(i)));
            }
            return list;
        }
        if (value instanceof TomlTable table) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : table.keySet()) {
                map.put(key, tomlValue(table.get(List.of(key))));
            }
            return map;
        }
        return value;
    }
}
