package org.weimin.config.infrastructure;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.weimin.config.model.ConfigProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A YAML file read into a JSON tree (so a JSON Schema can check it) that remembers the line of every
 * value, so that each problem can be reported at its line.
 */
final class YamlDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<List<Object>, Integer> lines;

    private YamlDocument(String file, JsonNode root, Map<List<Object>, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** Reads the document, or adds the syntax problems to {@code problems} and returns null. */
    static YamlDocument read(String file, Reader reader, List<ConfigProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(20 * 1024 * 1024);
        Node node;
        try {
            node = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            problems.add(new ConfigProblem(file, line, "", "not valid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problems.add(new ConfigProblem(file, 0, "", "not valid YAML: " + e.getMessage()));
            return null;
        }
        if (node == null) {
            problems.add(new ConfigProblem(file, 0, "", "the file is empty"));
            return null;
        }
        Map<List<Object>, Integer> lines = new HashMap<>();
        int before = problems.size();
        JsonNode root = convert(file, node, new ArrayList<>(), lines, problems);
        return problems.size() == before ? new YamlDocument(file, root, lines) : null;
    }

    private static JsonNode convert(String file, Node node, List<Object> path, Map<List<Object>, Integer> lines,
                                    List<ConfigProblem> problems) {
        lines.put(List.copyOf(path), node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(new ConfigProblem(file, tuple.getKeyNode().getStartMark().getLine() + 1,
                            fieldName(path), "keys must be plain words"));
                    continue;
                }
                String key = keyNode.getValue();
                List<Object> childPath = new ArrayList<>(path);
                childPath.add(key);
                if (object.has(key)) {
                    problems.add(new ConfigProblem(file, keyNode.getStartMark().getLine() + 1, fieldName(childPath),
                            "'" + key + "' appears twice"));
                    continue;
                }
                object.set(key, convert(file, tuple.getValueNode(), childPath, lines, problems));
                // A problem with a whole block is best shown at its key, not at its first inner line.
                lines.put(List.copyOf(childPath), keyNode.getStartMark().getLine() + 1);
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                List<Object> childPath = new ArrayList<>(path);
                childPath.add(i);
                array.add(convert(file, items.get(i), childPath, lines, problems));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                return JSON.numberNode(Long.parseLong(value.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return JSON.numberNode(Double.parseDouble(value));
            }
        } catch (NumberFormatException notANumber) {
            return JSON.textNode(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(Boolean.parseBoolean(value.toLowerCase()) || "yes".equalsIgnoreCase(value)
                    || "on".equalsIgnoreCase(value));
        }
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        return JSON.textNode(value);
    }

    static String fieldName(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(element);
            }
        }
        return name.toString();
    }

    /** The line of the value at {@code path}, or of its nearest ancestor that exists. */
    int line(List<Object> path) {
        List<Object> probe = new ArrayList<>(path);
        while (true) {
            Integer line = lines.get(probe);
            if (line != null) {
                return line;
            }
            if (probe.isEmpty()) {
                return 0;
            }
            probe.remove(probe.size() - 1);
        }
    }

    ConfigProblem problem(List<Object> path, String message) {
        return new ConfigProblem(file, line(path), fieldName(path), message);
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }
}
