package org.weimin.project.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;

/**
 * A public-welfare venture call (公益创投): a theme and a budget, a last day for organisations' proposals and one for the
 * public vote, the criteria its expert panel scores on, and how expert scores and votes are weighed. It takes proposals,
 * then is assessed (experts score, households vote), then is decided: the ranking is fixed and the winners funded.
 */
public class VentureCall {

    public static final int DEFAULT_EXPERT_PERCENT = 70;
    public static final int MOST_CRITERIA = 10;
    public static final int MOST_EXPERTS = 15;
    public static final int MOST_POINTS = 100;

    /** @param expertPercent the experts' share of the combined score, 0-100 (70 when not given); the public has the rest */
    public record Plan(String theme, String description, long budgetFen, LocalDate proposalsUntil, LocalDate votingUntil,
                       Integer expertPercent, TieRule tieRule, List<Criterion> criteria, List<String> experts) {
        public Plan {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            experts = experts == null ? List.of() : List.copyOf(experts);
        }
    }

    public record Criterion(String name, int maxPoints) {
    }

    private String tenantId;
    private UUID id;
    private String theme;
    private String description;
    private long budgetFen;
    private LocalDate proposalsUntil;
    private LocalDate votingUntil;
    private int expertPercent;
    private TieRule tieRule;
    private VentureStatus status;
    private String openedBy;
    private Instant openedAt;
    private String decidedBy;
    private Instant decidedAt;
    private long fundedFen;
    private long version;
    private List<VentureCriterion> criteria = new ArrayList<>();
    private List<VentureExpert> experts = new ArrayList<>();

    protected VentureCall() {
    }

    /** @param staffMember the display name of the staff account a username names, if it does */
    public static VentureCall open(Plan plan, Function<String, Optional<String>> staffMember, String by, Instant now, LocalDate today) {
        VentureCall call = new VentureCall();
        call.id = UUID.randomUUID();
        call.theme = InvalidInputException.required("theme", plan.theme(), 100);
        call.description = InvalidInputException.required("description", plan.description(), 2000);
        if (plan.budgetFen() < 1 || plan.budgetFen() > Project.MOST_FEN) {
            throw new InvalidInputException("budgetFen", "a call's budget is a whole number of fen, 1 to " + Project.MOST_FEN);
        }
        call.budgetFen = plan.budgetFen();
        if (plan.proposalsUntil() == null || plan.proposalsUntil().isBefore(today)) {
            throw new InvalidInputException("proposalsUntil", "the last day for proposals is today or later");
        }
        if (plan.votingUntil() == null || plan.votingUntil().isBefore(plan.proposalsUntil())) {
            throw new InvalidInputException("votingUntil", "the vote ends on or after the last day for proposals");
        }
        call.proposalsUntil = plan.proposalsUntil();
        call.votingUntil = plan.votingUntil();
        int percent = plan.expertPercent() == null ? DEFAULT_EXPERT_PERCENT : plan.expertPercent();
        if (percent < 0 || percent > 100) {
            throw new InvalidInputException("expertPercent", "the experts' share is 0 to 100 per cent");
        }
        call.expertPercent = percent;
        call.tieRule = plan.tieRule() == null ? TieRule.EXPERTS_FIRST : plan.tieRule();
        call.addCriteria(plan.criteria());
        call.addExperts(plan.experts(), staffMember);
        call.status = VentureStatus.TAKING_PROPOSALS;
        call.openedBy = by;
        call.openedAt = now;
        return call;
    }

    private void addCriteria(List<Criterion> wanted) {
        if (wanted.isEmpty() || wanted.size() > MOST_CRITERIA) {
            throw new InvalidInputException("criteria", "a call has 1 to " + MOST_CRITERIA + " criteria");
        }
        Set<String> names = new HashSet<>();
        for (Criterion criterion : wanted) {
            String name = InvalidInputException.required("criteria", criterion.name(), 50);
            if (!names.add(name)) {
                throw new InvalidInputException("criteria", "「" + name + "」 is there twice");
            }
            if (criterion.maxPoints() < 1 || criterion.maxPoints() > MOST_POINTS) {
                throw new InvalidInputException("criteria", "「" + name + "」 gives 1 to " + MOST_POINTS + " points");
            }
            criteria.add(new VentureCriterion(id, criteria.size(), name, criterion.maxPoints()));
        }
    }

    private void addExperts(List<String> usernames, Function<String, Optional<String>> staffMember) {
        if (usernames.isEmpty() || usernames.size() > MOST_EXPERTS) {
            throw new InvalidInputException("experts", "a panel has 1 to " + MOST_EXPERTS + " experts");
        }
        for (String username : new java.util.LinkedHashSet<>(usernames)) {
            String name = staffMember.apply(username == null ? "" : username.strip()).orElseThrow(() -> new InvalidInputException("experts",
                    "「" + username + "」 is not a staff account of this community"));
            experts.add(new VentureExpert(id, username.strip(), name));
        }
    }

    /** Refuses a proposal the call does not take now, or one asking for more than the whole budget. */
    public void requireProposal(long requestFen, LocalDate today) {
        if (status != VentureStatus.TAKING_PROPOSALS || today.isAfter(proposalsUntil)) {
            throw new ProjectRuleException(ProjectRuleException.Reason.CALL_CLOSED, "the call took proposals until " + proposalsUntil);
        }
        if (requestFen > budgetFen) {
            throw new InvalidInputException("request", "asks for " + requestFen + " fen, more than the call's whole budget of " + budgetFen);
        }
    }

    /** Ends the taking of proposals (the cadre may do so before the last day): the experts score and households vote. */
    public void closeProposals(int proposals) {
        if (status != VentureStatus.TAKING_PROPOSALS) {
            throw new ProjectRuleException(ProjectRuleException.Reason.CALL_CLOSED, "the call no longer takes proposals");
        }
        if (proposals == 0) {
            throw new ProjectRuleException(ProjectRuleException.Reason.NO_PROPOSALS, "no organisation has proposed anything yet");
        }
        status = VentureStatus.ASSESSING;
    }

    /** An expert of the panel scores a proposal, one whole number per criterion; scoring again replaces the sheet. */
    public ScoreSheet score(Optional<ScoreSheet> earlier, UUID proposalId, String expert, List<Integer> points, Instant now) {
        if (!isOnPanel(expert)) {
            throw new ForbiddenActionException("only the call's expert panel scores its proposals");
        }
        requireAssessing();
        if (points == null || points.size() != criteria.size()) {
            throw new InvalidInputException("points", "give one score for each of the " + criteria.size() + " criteria");
        }
        for (VentureCriterion criterion : criteria) {
            Integer given = points.get(criterion.position());
            if (given == null || given < 0 || given > criterion.maxPoints()) {
                throw new InvalidInputException("points", "「" + criterion.name() + "」 is scored 0 to " + criterion.maxPoints());
            }
        }
        earlier.ifPresent(sheet -> sheet.rescore(points, now));
        return earlier.orElseGet(() -> new ScoreSheet(id, proposalId, expert, points, now));
    }

    public boolean isOnPanel(String username) {
        return experts.stream().anyMatch(e -> e.username().equals(username));
    }

    /** A household's vote, while the vote is open. */
    public HouseholdVote vote(UUID householdId, UUID proposalId, String voter, Instant now, LocalDate today) {
        if (status != VentureStatus.ASSESSING || today.isAfter(votingUntil)) {
            throw new ProjectRuleException(ProjectRuleException.Reason.VOTING_CLOSED, status == VentureStatus.TAKING_PROPOSALS
                    ? "the vote opens when the call stops taking proposals" : "the vote ended on " + votingUntil);
        }
        return new HouseholdVote(id, householdId, proposalId, voter, now);
    }

    /** Where the proposals would stand if the call were decided now. */
    public VentureRanking.Result ranking(List<VentureRanking.Contender> contenders) {
        return VentureRanking.rank(maxPoints(), expertPercent, tieRule, budgetFen, contenders);
    }

    /**
     * Fixes the ranking: every proposal must have every expert's sheet. The places to publish; the funded ones are to be
     * committed from the fund and the others told they were not chosen.
     *
     * @param scoredBy for each proposal, the experts who scored it
     */
    public List<VentureResult> decide(List<VentureRanking.Contender> contenders, Map<UUID, Set<String>> scoredBy, String by, Instant now) {
        requireAssessing();
        for (VentureRanking.Contender contender : contenders) {
            Set<String> scored = scoredBy.getOrDefault(contender.proposalId(), Set.of());
            experts.stream().filter(e -> !scored.contains(e.username())).findFirst().ifPresent(missing -> {
                throw new ProjectRuleException(ProjectRuleException.Reason.SCORES_MISSING,
                        missing.displayName() + " has not scored 「" + contender.title() + "」 yet");
            });
        }
        VentureRanking.Result result = ranking(contenders);
        status = VentureStatus.DECIDED;
        decidedBy = by;
        decidedAt = now;
        fundedFen = result.fundedFen();
        return result.places().stream().map(place -> new VentureResult(id, place)).toList();
    }

    private void requireAssessing() {
        if (status != VentureStatus.ASSESSING) {
            throw new ProjectRuleException(ProjectRuleException.Reason.NOT_ASSESSING, "the call is " + status + ", not being assessed");
        }
    }

    public int maxPoints() {
        return criteria.stream().mapToInt(VentureCriterion::maxPoints).sum();
    }

    public VentureCall withParts(List<VentureCriterion> its, List<VentureExpert> panel) {
        this.criteria = new ArrayList<>(its);
        this.experts = new ArrayList<>(panel);
        return this;
    }

    public UUID id() { return id; }
    public String theme() { return theme; }
    public String description() { return description; }
    public long budgetFen() { return budgetFen; }
    public LocalDate proposalsUntil() { return proposalsUntil; }
    public LocalDate votingUntil() { return votingUntil; }
    public int expertPercent() { return expertPercent; }
    public TieRule tieRule() { return tieRule; }
    public VentureStatus status() { return status; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public long fundedFen() { return fundedFen; }
    public List<VentureCriterion> criteria() { return List.copyOf(criteria); }
    public List<VentureExpert> experts() { return List.copyOf(experts); }
}
