package org.weimin.spi.evaluation;

import java.time.Instant;

/**
 * What the platform knows of one set of answers besides the answers: the evaluation round, the subject they are
 * about and when they arrived.
 *
 * @param subjectId the subject's id within the round (the community's own period has one too)
 * @since 1.7
 */
public record Submission(String roundId, EvaluationSubject subject, String subjectId, Instant receivedAt) {
}
