package org.weimin.config.model;

import java.util.List;

/** What became of one configuration file: parsed into a value, or rejected with every problem found. */
public sealed interface ConfigFileResult<T> {

    String file();

    record Accepted<T>(String file, T config) implements ConfigFileResult<T> {
    }

    record Rejected<T>(String file, List<ConfigProblem> problems) implements ConfigFileResult<T> {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
