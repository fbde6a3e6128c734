package org.weimin.spi.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;

/**
 * A way of evaluating (微机制): what it evaluates, the questionnaire participants answer, who may take
 * part, how one set of answers becomes a score, and how many scores combine.
 */
public interface EvaluationMethod {

    Set<EvaluationSubject> subjects();

    /** The questions each participant answers. */
    FormSchema questionnaire();

    /** The platform roles that may answer (e.g. {@code RESIDENT}, {@code SUBDISTRICT_SUPERVISOR}). */
    Set<String> participantRoles();

    /** Checks answers beyond the questionnaire (a signature, one answer depending on another); empty when fine. */
    default List<FieldError> check(Map<String, Object> validatedAnswers) {
        return List.of();
    }

    /**
     * Checks answers knowing what they are for and when they arrived, so that a signed result can name its round and
     * subject and be refused when replayed; by default the same as {@link #check(Map)}.
     *
     * @since 1.7
     */
    default List<FieldError> check(Map<String, Object> validatedAnswers, Submission submission) {
        return check(validatedAnswers);
    }

    /** Turns one participant's validated answers into a score with its explanation. */
    Score score(Map<String, Object> answers);

    /** Combines the participants' scores; by default their rounded mean. */
    default Score aggregate(List<Score> scores) {
        if (scores.isEmpty()) {
            return new Score(0, LocalizedText.of("尚无评价", "no answers yet"));
        }
        int mean = (int) Math.round(scores.stream().mapToInt(Score::value).average().orElse(0));
        return new Score(mean, LocalizedText.of(scores.size() + " 份评价的平均分", "mean of " + scores.size() + " answers"));
    }
}
