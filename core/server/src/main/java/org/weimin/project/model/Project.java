package org.weimin.project.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * A micro-project (微项目) and its flow by funding mode. Approval (or agreed targets, or the contract) commits the whole
 * budget from the fund; a direct grant pays each milestone's share when its deliverable is accepted, a purchase each
 * deliverable's price on acceptance, a reward everything once the results are verified; what was committed and not paid
 * goes back when a project ends unfinished. The amounts it returns are what the fund must move.
 */
public class Project {

    public static final long MOST_FEN = 10_000_000_000L;

    private String tenantId;
    private UUID id;
    private String title;
    private String goal;
    private String beneficiaries;
    private FundingMode mode;
    private ProjectStatus status;
    private UUID needId;
    private UUID ventureCallId;
    private UUID organizationId;
    private String organizationName;
    private long budgetFen;
    private long paidFen;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private long version;
    private List<BudgetLine> budget = new ArrayList<>();
    private List<Milestone> milestones = new ArrayList<>();

    protected Project() {
    }

    public static Project propose(ProjectPlan plan, String by, Instant now) {
        if (plan.mode() == null || plan.mode() == FundingMode.PUBLIC_VENTURE) {
            throw new InvalidInputException("mode", plan.mode() == null ? "is missing: DIRECT_FUNDING, REWARD_IN_LIEU or GOVERNMENT_PURCHASE"
                    : "a venture proposal is made to its call");
        }
        return drawUp(plan, by, now);
    }

    /** An organisation's proposal to a venture call: its request is the budget, paid per milestone if it wins. */
    public static Project proposeToVenture(ProjectPlan plan, UUID callId, String by, Instant now) {
        Project project = drawUp(new ProjectPlan(plan.title(), plan.goal(), plan.beneficiaries(), FundingMode.PUBLIC_VENTURE, plan.needId(),
                plan.organizationId(), plan.organizationName(), plan.budget(), plan.milestones()), by, now);
        if (project.organizationId == null) {
            throw new InvalidInputException("organizationId", "is missing: a venture proposal comes from an organisation");
        }
        project.ventureCallId = callId;
        return project;
    }

    private static Project drawUp(ProjectPlan plan, String by, Instant now) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.title = InvalidInputException.required("title", plan.title(), 100);
        project.goal = InvalidInputException.required("goal", plan.goal(), 2000);
        project.beneficiaries = plan.beneficiaries() == null || plan.beneficiaries().isBlank() ? null
                : InvalidInputException.atMost("beneficiaries", plan.beneficiaries(), 1000);
        project.mode = plan.mode();
        project.status = ProjectStatus.PROPOSED;
        project.needId = plan.needId();
        project.organizationId = plan.organizationId();
        project.organizationName = plan.organizationName();
        if (plan.budget().isEmpty()) {
            throw new InvalidInputException("budget", "is empty: a project has at least one budget line");
        }
        for (ProjectPlan.Line line : plan.budget()) {
            requireAmount("budget", line.amountFen(), false);
            project.budget.add(new BudgetLine(project.id, project.budget.size(), InvalidInputException.required("budget", line.item(), 200),
                    line.amountFen()));
            project.budgetFen = Math.addExact(project.budgetFen, line.amountFen());
        }
        requireAmount("budget", project.budgetFen, false);
        if (plan.milestones().isEmpty()) {
            throw new InvalidInputException("milestones", "is empty: a project has at least one milestone with its deliverable");
        }
        long paying = 0;
        for (ProjectPlan.Step step : plan.milestones()) {
            requireAmount("milestones", step.amountFen(), true);
            if (step.dueOn() == null) {
                throw new InvalidInputException("milestones", "a milestone needs its due day");
            }
            project.milestones.add(new Milestone(project.id, project.milestones.size(), InvalidInputException.required("milestones", step.title(), 100),
                    InvalidInputException.required("milestones", step.deliverable(), 500), step.acceptanceCriteria(), step.dueOn(),
                    project.mode == FundingMode.REWARD_IN_LIEU ? 0 : step.amountFen()));
            paying += project.mode == FundingMode.REWARD_IN_LIEU ? 0 : step.amountFen();
        }
        if (project.mode != FundingMode.REWARD_IN_LIEU && paying != project.budgetFen) {
            throw new InvalidInputException("milestones", "the milestones pay " + paying + " fen; they must pay the whole budget, "
                    + project.budgetFen + " fen");
        }
        project.proposedBy = by;
        project.proposedAt = now;
        return project;
    }

    /** Approves it (the targets agreed, the contract signed): the amount to commit from the fund. */
    public long approve(String by, String note, Instant now) {
        requireStatus(ProjectStatus.PROPOSED, ProjectRuleException.Reason.NOT_PROPOSED);
        if (mode == FundingMode.PUBLIC_VENTURE) {
            throw new ProjectRuleException(ProjectRuleException.Reason.WRONG_MODE, "a venture proposal is decided by its call's ranking");
        }
        decide(ProjectStatus.UNDER_WAY, by, note, now);
        return budgetFen;
    }

    /** A venture proposal that won its call: the amount to commit from the fund. */
    public long award(String by, String note, Instant now) {
        requireVentureProposal();
        decide(ProjectStatus.UNDER_WAY, by, note, now);
        return budgetFen;
    }

    /** A venture proposal its call did not fund: refused, with its place in the ranking as the reason. */
    public void passOver(String by, String note, Instant now) {
        requireVentureProposal();
        decide(ProjectStatus.REJECTED, by, note, now);
    }

    private void requireVentureProposal() {
        requireStatus(ProjectStatus.PROPOSED, ProjectRuleException.Reason.NOT_PROPOSED);
        if (mode != FundingMode.PUBLIC_VENTURE) {
            throw new ProjectRuleException(ProjectRuleException.Reason.WRONG_MODE, "only a venture proposal is decided by a ranking");
        }
    }

    public void reject(String by, String reason, Instant now) {
        requireStatus(ProjectStatus.PROPOSED, ProjectRuleException.Reason.NOT_PROPOSED);
        decide(ProjectStatus.REJECTED, by, InvalidInputException.required("reason", reason, 1000), now);
    }

    public Milestone deliver(UUID milestoneId, String note) {
        requireStatus(ProjectStatus.UNDER_WAY, ProjectRuleException.Reason.NOT_UNDER_WAY);
        Milestone milestone = milestone(milestoneId);
        milestone.deliver(InvalidInputException.required("note", note, 2000));
        return milestone;
    }

    /** Accepts a delivered milestone of a grant or a purchase: the amount to pay for it. */
    public long accept(UUID milestoneId, String by, Instant now) {
        requireStatus(ProjectStatus.UNDER_WAY, ProjectRuleException.Reason.NOT_UNDER_WAY);
        if (mode == FundingMode.REWARD_IN_LIEU) {
            throw new ProjectRuleException(ProjectRuleException.Reason.WRONG_MODE, "a reward is paid when its results are verified");
        }
        Milestone milestone = milestone(milestoneId);
        milestone.accept(by, now);
        paidFen = Math.addExact(paidFen, milestone.amountFen());
        if (milestones.stream().allMatch(m -> m.status() == MilestoneStatus.ACCEPTED)) {
            status = ProjectStatus.COMPLETED;
        }
        return milestone.amountFen();
    }

    /** Verifies a reward's results: when met, the reward to pay; when not, nothing is paid and the reservation goes back. */
    public long verifyResults(boolean met, String by, String note, Instant now) {
        requireStatus(ProjectStatus.UNDER_WAY, ProjectRuleException.Reason.NOT_UNDER_WAY);
        if (mode != FundingMode.REWARD_IN_LIEU) {
            throw new ProjectRuleException(ProjectRuleException.Reason.WRONG_MODE, "only a reward's results are verified as a whole");
        }
        if (met && milestones.stream().anyMatch(m -> m.status() != MilestoneStatus.DELIVERED)) {
            throw new ProjectRuleException(ProjectRuleException.Reason.NOT_DELIVERED, "every target is reported before the results are verified");
        }
        if (met) {
            milestones.forEach(m -> m.accept(by, now));
            paidFen = budgetFen;
        }
        decide(met ? ProjectStatus.COMPLETED : ProjectStatus.CLOSED_UNFINISHED, by, InvalidInputException.required("note", note, 1000), now);
        return met ? budgetFen : 0;
    }

    /** Ends a project under way before it is finished: the committed amount not paid, to go back to the fund. */
    public long closeUnfinished(String by, String reason, Instant now) {
        requireStatus(ProjectStatus.UNDER_WAY, ProjectRuleException.Reason.NOT_UNDER_WAY);
        decide(ProjectStatus.CLOSED_UNFINISHED, by, InvalidInputException.required("reason", reason, 1000), now);
        return budgetFen - paidFen;
    }

    public Project withParts(List<BudgetLine> lines, List<Milestone> steps) {
        this.budget = new ArrayList<>(lines);
        this.milestones = new ArrayList<>(steps);
        return this;
    }

    private void decide(ProjectStatus to, String by, String note, Instant now) {
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    private void requireStatus(ProjectStatus wanted, ProjectRuleException.Reason otherwise) {
        if (status != wanted) {
            throw new ProjectRuleException(otherwise, "the project is " + status + ", not " + wanted);
        }
    }

    private Milestone milestone(UUID milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("milestoneId", "no milestone " + milestoneId + " in this project"));
    }

    private static void requireAmount(String field, long fen, boolean zeroAllowed) {
        if (fen < (zeroAllowed ? 0 : 1) || fen > MOST_FEN) {
            throw new InvalidInputException(field, "an amount is a whole number of fen, " + (zeroAllowed ? 0 : 1) + " to " + MOST_FEN);
        }
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public String goal() { return goal; }
    public String beneficiaries() { return beneficiaries; }
    public FundingMode mode() { return mode; }
    public ProjectStatus status() { return status; }
    public UUID needId() { return needId; }
    /** The venture call it was proposed to, or null. */
    public UUID ventureCallId() { return ventureCallId; }
    public UUID organizationId() { return organizationId; }
    public String organizationName() { return organizationName; }
    public long budgetFen() { return budgetFen; }
    public long paidFen() { return paidFen; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public List<BudgetLine> budget() { return List.copyOf(budget); }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
}
