package org.weimin.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.weimin.evaluation.model.Reentry;
import org.weimin.evaluation.model.RoundPeriod;
import org.weimin.evaluation.model.RoundStatus;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.evaluation.EvaluationSubject;
import org.weimin.spi.form.FormSchema;

/** Evaluation rounds as people read them. */
public final class RoundViews {

    private RoundViews() {
    }

    public record Method(String featureId, LocalizedText name, int weight, int answers) {
    }

    public record Subject(UUID id, EvaluationSubject kind, UUID projectId, String title) {
    }

    /**
     * @param households the households registered in the community; ballots, how many have voted
     */
    public record Round(UUID id, String title, RoundPeriod period, LocalDate periodStart, LocalDate periodEnd, LocalDate collectUntil,
                        RoundStatus status, int projectThreshold, List<Method> methods, List<Subject> subjects, int households, int ballots,
                        String openedBy, Instant openedAt, Instant closedAt, boolean published) {
    }

    /** One questionnaire a participant answers: a method's questions about one subject. */
    public record Question(String featureId, LocalizedText methodName, UUID subjectId, String subjectTitle, FormSchema questionnaire) {
        /** The key a ballot's answers to this question are given under. */
        public String key() {
            return featureId + "/" + subjectId;
        }
    }

    /** One published figure: a method's score of a subject, or the subject's weighted result (no method). */
    public record Figure(UUID subjectId, String featureId, LocalizedText methodName, int weight, int score, int participants,
                         LocalizedText explanation) {
    }

    public record SubjectResult(Subject subject, Figure overall, List<Figure> methods) {
    }

    public record Ratings(int satisfied, int basicallySatisfied, int dissatisfied, int total) {
    }

    /** A published version: the first, or a correction saying what changed and why. */
    public record Version(int number, Instant publishedAt, String publishedBy, String change, String reason) {
    }

    /** What a round sent back into the demand library, and why. */
    public record Reentered(Reentry.Evidence evidence, String evidenceLabel, UUID needId, String needReference, Instant at) {
    }

    /**
     * A round's published results as its latest version says (张榜公开): no names, no households, only figures with how
     * many took part.
     */
    public record Board(Round round, Version version, List<Version> versions, List<SubjectResult> results, int households, int ballots,
                        Ratings ratings, List<Reentered> reentered) {
    }
}
