package org.weimin.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.RoundPeriod;
import org.weimin.grid.application.Households;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Required;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.project.application.ProjectsEvaluated;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.LocalizedText;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The cadre opens an evaluation round with the community's evaluation methods; members, supervisors and assessors read them. */
@ApplicationScoped
public class EvaluationRounds {

    static final String RUN_BY_CADRE = "only the community's cadre runs evaluation rounds";

    /** A method and its weight; without a weight, methods weigh the same. */
    public record MethodPlan(String featureId, Integer weight) {
    }

    public record Plan(String title, RoundPeriod period, LocalDate periodStart, LocalDate collectUntil, List<MethodPlan> methods,
                       List<UUID> projectIds, Integer projectThreshold) {
    }

    @Inject
    EvaluationRoundRepository rounds;

    @Inject
    CommunityFeatures features;

    @Inject
    ProjectsEvaluated projects;

    @Inject
    Households households;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public RoundViews.Round open(CommunityId community, Caller caller, @Required(message = "is missing: describe the round") Plan plan) {
        caller.require(Permission.MANAGE_COMMUNITY, RUN_BY_CADRE);
        Community shown = communities.requireActive(community);
        List<EvaluationRound.MethodChoice> methods = new ArrayList<>();
        for (MethodPlan method : plan.methods() == null ? List.<MethodPlan>of() : plan.methods()) {
            if (method == null || !features.isEnabled(community, FeatureKind.EVALUATION_METHOD, method.featureId())) {
                throw new InvalidInputException("methods", "the evaluation method " + (method == null ? null : method.featureId())
                        + " is not turned on for this community");
            }
            methods.add(new EvaluationRound.MethodChoice(method.featureId(), method.weight() == null ? 1 : method.weight()));
        }
        List<EvaluationRound.ProjectChoice> chosen = (plan.projectIds() == null ? List.<UUID>of() : plan.projectIds()).stream()
                .map(id -> projects.find(id).map(p -> new EvaluationRound.ProjectChoice(p.id(), p.title()))
                        .orElseThrow(() -> new InvalidInputException("projectIds", "no approved project " + id + " here")))
                .toList();
        LocalDate today = today(communities, community, clock);
        RoundPeriod period = plan.period();
        String periodName = shown.nameZh() + "（" + plan.periodStart() + " 至 " + (period == null ? "" : period.lastDay(plan.periodStart())) + "）";
        EvaluationRound round = EvaluationRound.open(plan.title(), period, plan.periodStart(), plan.collectUntil(), methods, chosen,
                plan.projectThreshold(), periodName, caller.username(), clock.instant(), today);
        rounds.add(round);
        return view(community, round);
    }

    /** The projects a round may evaluate: those approved (under way, completed or ended). */
    @InCommunity
    @Transactional
    public List<ProjectsEvaluated.Evaluable> evaluableProjects(CommunityId community, Caller caller) {
        return projects.evaluable();
    }

    /** The community's rounds, newest period first. */
    @InCommunity
    @Transactional
    public List<RoundViews.Round> list(CommunityId community, Caller caller) {
        return rounds.all().stream().map(r -> view(community, r)).toList();
    }

    @InCommunity
    @Transactional
    public RoundViews.Round round(CommunityId community, Caller caller, UUID id) {
        return view(community, found(rounds, id));
    }

    /** The rounds households can take part in today, for anyone: the board invites them to vote. */
    @InCommunity
    @Transactional
    public List<RoundViews.Round> collecting(CommunityId community) {
        LocalDate today = today(communities, community, clock);
        return rounds.all().stream().filter(r -> r.status() == org.weimin.evaluation.model.RoundStatus.COLLECTING && !today.isAfter(r.collectUntil()))
                .map(r -> view(community, r)).toList();
    }

    /** What anyone holding a voting slip may read of a round: what it is and until when it takes answers. */
    @InCommunity
    @Transactional
    public RoundViews.Round publicRound(CommunityId community, UUID id) {
        communities.requireActive(community);
        return view(community, found(rounds, id));
    }

    RoundViews.Round view(CommunityId community, EvaluationRound round) {
        java.util.Map<String, Integer> answers = rounds.answersPerMethod(round.id());
        return new RoundViews.Round(round.id(), round.title(), round.period(), round.periodStart(), round.periodEnd(), round.collectUntil(),
                round.status(), round.projectThreshold(),
                round.methods().stream().map(m -> new RoundViews.Method(m.featureId(), name(community, m.featureId()), m.weight(),
                        answers.getOrDefault(m.featureId(), 0))).toList(),
                round.subjects().stream().map(s -> new RoundViews.Subject(s.id(), s.kind(), s.projectId(), s.title())).toList(),
                households.count(), rounds.ballots(round.id()), round.openedBy(), round.openedAt(), round.closedAt(),
                !rounds.results(round.id()).isEmpty());
    }

    LocalizedText name(CommunityId community, String featureId) {
        return features.enabled(community, FeatureKind.EVALUATION_METHOD).stream().filter(f -> f.featureId().equals(featureId))
                .map(FeatureDescriptor::displayName).findFirst().orElse(LocalizedText.of(featureId, featureId));
    }

    static EvaluationRound found(EvaluationRoundRepository rounds, UUID id) {
        return rounds.find(id).orElseThrow(() -> notFound(id));
    }

    static EvaluationRound locked(EvaluationRoundRepository rounds, UUID id) {
        return rounds.lock(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("no evaluation round " + id + " here");
    }

    static LocalDate today(CommunityDirectory communities, CommunityId community, Clock clock) {
        return LocalDate.now(clock.withZone(communities.requireActive(community).timeZone()));
    }
}
