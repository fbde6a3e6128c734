package org.weimin.evaluation.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.RoundResult;
import org.weimin.evaluation.model.RoundScore;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.spi.LocalizedText;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The public board (张榜公开): published rounds as their latest version says, readable without signing in. */
@ApplicationScoped
public class RoundBoard {

    @Inject
    EvaluationRoundRepository rounds;

    @Inject
    EvaluationRounds views;

    @Inject
    CommunityDirectory communities;

    /** The community's published rounds, newest period first. */
    @InCommunity
    @Transactional
    public List<RoundViews.Board> published(CommunityId community) {
        communities.requireActive(community);
        return rounds.all().stream().map(r -> board(community, r, null)).flatMap(Optional::stream).toList();
    }

    /** @param version the version to read, or null for the latest */
    @InCommunity
    @Transactional
    public RoundViews.Board board(CommunityId community, UUID roundId, Integer version) {
        communities.requireActive(community);
        return board(community, EvaluationRounds.found(rounds, roundId), version)
                .orElseThrow(() -> new org.weimin.shared.NotFoundException("round " + roundId + " has no published version" + (version == null ? "" : " " + version)));
    }

    /** What re-entered the demand library when the round closed, for its cadre and staff. */
    @InCommunity
    @Transactional
    public List<RoundViews.Reentered> reentered(CommunityId community, Caller caller, UUID roundId) {
        EvaluationRounds.found(rounds, roundId);
        return reentries(roundId);
    }

    private Optional<RoundViews.Board> board(CommunityId community, EvaluationRound round, Integer number) {
        List<RoundResult> versions = rounds.results(round.id());
        Optional<RoundResult> shown = number == null ? versions.stream().reduce((a, b) -> b)
                : versions.stream().filter(v -> v.number() == number).findFirst();
        return shown.map(result -> {
            List<RoundViews.SubjectResult> results = round.subjects().stream().filter(s -> result.overall(s.id()).isPresent())
                    .map(s -> new RoundViews.SubjectResult(new RoundViews.Subject(s.id(), s.kind(), s.projectId(), s.title()),
                            figure(community, result.overall(s.id()).orElseThrow()),
                            round.methods().stream().map(m -> result.of(s.id(), m.featureId())).flatMap(Optional::stream)
                                    .map(f -> figure(community, f)).toList()))
                    .toList();
            RoundResult.Ratings r = result.ratings();
            return new RoundViews.Board(views.view(community, round), version(result), versions.stream().map(RoundBoard::version).toList(),
                    results, result.households(), result.ballots(),
                    new RoundViews.Ratings(r.satisfied(), r.basicallySatisfied(), r.dissatisfied(), r.total()), reentries(round.id()));
        });
    }

    private List<RoundViews.Reentered> reentries(UUID roundId) {
        return rounds.reentries(roundId).stream()
                .map(e -> new RoundViews.Reentered(e.evidence(), e.evidenceLabel(), e.needId(), e.needReference(), e.at())).toList();
    }

    private RoundViews.Figure figure(CommunityId community, RoundScore s) {
        return new RoundViews.Figure(s.subjectId(), s.featureId(), s.featureId() == null ? null : views.name(community, s.featureId()), s.weight(),
                s.score(), s.participants(), LocalizedText.of(s.explanationZh(), s.explanationEn()));
    }

    private static RoundViews.Version version(RoundResult r) {
        return new RoundViews.Version(r.number(), r.publishedAt(), r.publishedBy(), r.change(), r.reason());
    }
}
