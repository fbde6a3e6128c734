package org.weimin.config.application;

import java.time.Instant;
import java.util.List;

import org.weimin.config.model.ConfigProblem;

/** What the last application of {@code tenants-config/} did, file by file. */
public record ConfigReport(Instant appliedAt, String folder, List<FileOutcome> files) {

    public enum Status { APPLIED, REJECTED }

    public record FileOutcome(String file, Status status, String summary, List<ConfigProblem> problems) {
    }

    public static ConfigReport none() {
        return new ConfigReport(null, null, List.of());
    }

    public long rejected() {
        return files.stream().filter(f -> f.status() == Status.REJECTED).count();
    }
}
