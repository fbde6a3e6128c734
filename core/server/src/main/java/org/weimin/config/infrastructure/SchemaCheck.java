package org.weimin.config.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.weimin.config.model.ConfigProblem;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks a YAML document against one of the JSON Schemas shipped in {@code config/}. */
final class SchemaCheck {

    private final JsonSchema schema;

    SchemaCheck(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/config/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ConfigProblem> check(YamlDocument document) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document.root())) {
            if (insideOneOf(message)) {
                continue;
            }
            List<Object> path = elements(message.getInstanceLocation());
            if (message.getProperty() != null && !"oneOf".equals(message.getType())) {
                path.add(message.getProperty());
            }
            problems.add(document.problem(path, readable(message)));
        }
        problems.sort(Comparator.comparingInt(ConfigProblem::line));
        return problems;
    }

    /** The alternatives of a oneOf each fail on their own; the oneOf's own message says it better. */
    private static boolean insideOneOf(ValidationMessage message) {
        String evaluationPath = String.valueOf(message.getEvaluationPath());
        return !"oneOf".equals(message.getType()) && evaluationPath.contains("oneOf");
    }

    private static List<Object> elements(JsonNodePath location) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return path;
    }

    private static String readable(ValidationMessage message) {
        if ("oneOf".equals(message.getType())) {
            return "give exactly one of passwordHash or passwordEnv";
        }
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
