package org.weimin.config.model;

/**
 * One thing wrong with a configuration file, located precisely enough to fix it.
 *
 * @param field the path inside the file, e.g. {@code grids[1].buildings[0].floors}; empty for the file as a whole
 * @param line 1-based line in the file, 0 when the problem concerns the whole file
 */
public record ConfigProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (!field.isEmpty()) {
            text.append(" [").append(field).append(']');
        }
        return text.append(": ").append(message).toString();
    }
}
