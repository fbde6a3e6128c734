package org.weimin.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.evaluation.model.Ballot;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.ValidationResult;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Participants answer a round: a household once (signed in, or with its voting slip), a sub-district supervisor once
 * per question, the appointed assessor with a signed result. The methods' plugins check and score the answers before
 * anything is stored, outside any transaction; then all of a participant's answers are stored together or none is.
 * Refused answers name the question and field: "&lt;method&gt;/&lt;subject&gt;/&lt;field&gt;".
 */
@ApplicationScoped
public class RoundAnswering {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** What a method made of one set of answers: refused with reasons, or scored. */
    private record Checked(List<FieldError> refused, org.weimin.spi.evaluation.Score score) {
    }

    @Inject
    EvaluationRounds rounds;

    @Inject
    RoundQuestions questions;

    @Inject
    RoundBook book;

    @Inject
    CommunityFeatures features;

    @Inject
    Clock clock;

    /** A signed-in resident votes for the household the community registered them in. */
    public void castSignedIn(CommunityId community, Caller caller, UUID roundId, Map<String, Map<String, Object>> answers) {
        UUID household = book.householdOf(community, caller);
        book.requireNoBallot(community, roundId, household);
        List<ScoredAnswer> scored = scored(community, roundId, RoundQuestions.Participant.RESIDENT, answers);
        book.storeBallot(community, roundId, household, Ballot.Via.PORTAL, scored);
    }

    /** Anyone holding a household's voting slip votes for that household, once, without signing in. */
    public void castWithSlip(CommunityId community, UUID roundId, String code, Map<String, Map<String, Object>> answers) {
        UUID household = book.householdOfSlip(community, roundId, code);
        book.requireNoBallot(community, roundId, household);
        List<ScoredAnswer> scored = scored(community, roundId, RoundQuestions.Participant.RESIDENT, answers);
        book.storeBallot(community, roundId, household, Ballot.Via.SLIP, scored);
    }

    /** A supervisor of the community's sub-district answers the supervision questions, once each. */
    public void answerAsSupervisor(CommunityId community, Caller caller, UUID roundId, Map<String, Map<String, Object>> answers) {
        if (!caller.roles().contains(Role.SUBDISTRICT_SUPERVISOR) || caller.community().isPresent()) {
            throw new ForbiddenActionException("only a supervisor of the community's sub-district answers the supervision questions");
        }
        rounds.round(community, caller, roundId);
        List<ScoredAnswer> scored = scored(community, roundId, RoundQuestions.Participant.SUBDISTRICT_SUPERVISOR, answers);
        book.storeAnswers(community, roundId, caller.username(), scored);
    }

    /**
     * The appointed assessor's result for one subject, accepted only when its signature verifies (the method's plugin
     * checks it, with the round, the subject and the time of signing).
     */
    public void submitAssessment(CommunityId community, UUID roundId, String featureId, UUID subjectId, Map<String, Object> answers) {
        String key = featureId + "/" + subjectId;
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<ScoredAnswer> scored = scored(community, roundId, RoundQuestions.Participant.ASSESSOR, Map.of(key, given), List.of(key));
        book.storeAnswers(community, roundId, "assessor:" + given.get("assessor"), scored);
    }

    private List<ScoredAnswer> scored(CommunityId community, UUID roundId, RoundQuestions.Participant participant,
                                      Map<String, Map<String, Object>> answers) {
        return scored(community, roundId, participant, answers, null);
    }

    /** @param only the questions answered, or null when every question asked must be answered */
    private List<ScoredAnswer> scored(CommunityId community, UUID roundId, RoundQuestions.Participant participant,
                                      Map<String, Map<String, Object>> answers, List<String> only) {
        RoundViews.Round round = rounds.publicRound(community, roundId);
        List<RoundViews.Question> asked = questions.of(community, round, participant).stream()
                .filter(q -> only == null || only.contains(q.key())).toList();
        if (asked.isEmpty()) {
            throw new InvalidInputException("answers", "this round asks nothing of " + participant.name().toLowerCase().replace('_', ' ')
                    + (only == null ? "" : "s about " + only.get(0)));
        }
        Map<String, Map<String, Object>> given = answers == null ? Map.of() : answers;
        for (String key : given.keySet()) {
            if (asked.stream().noneMatch(q -> q.key().equals(key))) {
                throw new InvalidInputException("answers", "the round asks no question " + key);
            }
        }
        Instant now = clock.instant();
        List<FieldError> problems = new ArrayList<>();
        List<ScoredAnswer> scored = new ArrayList<>();
        for (RoundViews.Question question : asked) {
            Map<String, Object> answer = given.getOrDefault(question.key(), Map.of());
            ValidationResult valid = question.questionnaire().validate(answer);
            if (!valid.isValid()) {
                valid.errors().forEach(e -> problems.add(at(question, e)));
                continue;
            }
            org.weimin.spi.evaluation.Submission submission = new org.weimin.spi.evaluation.Submission(roundId.toString(),
                    round.subjects().stream().filter(s -> s.id().equals(question.subjectId())).findFirst().orElseThrow().kind(),
                    question.subjectId().toString(), now);
            Checked checked = features.call(community, question.featureId(), EvaluationMethod.class, method -> {
                List<FieldError> refused = method.check(valid.values(), submission);
                return new Checked(refused, refused.isEmpty() ? method.score(valid.values()) : null);
            });
            if (checked.refused().isEmpty()) {
                scored.add(new ScoredAnswer(question.featureId(), question.subjectId(), JSON.toJson(valid.values()), checked.score()));
            } else {
                checked.refused().forEach(e -> problems.add(at(question, e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedAnswersException(problems);
        }
        return scored;
    }

    private static FieldError at(RoundViews.Question question, FieldError error) {
        return new FieldError(question.key() + "/" + error.field(), LocalizedText.of(
                question.methodName().zh() + "（" + question.subjectTitle() + "）：" + error.message().zh(),
                question.methodName().en() + " (" + question.subjectTitle() + "): " + error.message().en()));
    }
}
