package org.weimin.evaluation.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The questionnaires a round asks of one kind of participant: each of the round's methods that takes such participants,
 * about each of the round's subjects the method evaluates. The methods' plugins say; no transaction is held while they do.
 */
@ApplicationScoped
public class RoundQuestions {

    /** Residents answer for their household; supervisors and assessors for themselves. */
    public enum Participant {
        RESIDENT, SUBDISTRICT_SUPERVISOR, ASSESSOR
    }

    @Inject
    EvaluationRounds rounds;

    @Inject
    CommunityFeatures features;

    public List<RoundViews.Question> of(CommunityId community, UUID roundId, Participant participant) {
        return of(community, rounds.publicRound(community, roundId), participant);
    }

    List<RoundViews.Question> of(CommunityId community, RoundViews.Round round, Participant participant) {
        List<RoundViews.Question> questions = new ArrayList<>();
        for (RoundViews.Method method : round.methods()) {
            questions.addAll(features.call(community, method.featureId(), EvaluationMethod.class, m -> !m.participantRoles().contains(participant.name())
                    ? List.<RoundViews.Question>of()
                    : round.subjects().stream().filter(s -> m.subjects().contains(s.kind()))
                            .map(s -> new RoundViews.Question(method.featureId(), method.name(), s.id(), s.title(), m.questionnaire())).toList()));
        }
        return questions;
    }
}
