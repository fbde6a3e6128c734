package org.weimin.project.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.application.FundViews;
import org.weimin.project.model.FundingMode;
import org.weimin.project.model.MilestoneStatus;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectStatus;

/** Projects as their pages and the API show them, with their crowdfunding; amounts in fen. */
public final class ProjectViews {

    private ProjectViews() {
    }

    public record Line(String item, long amountFen) {
    }

    public record Step(UUID id, String title, String deliverable, String acceptanceCriteria, LocalDate dueOn, long amountFen,
                       MilestoneStatus status, String deliveryNote, Instant acceptedAt) {
    }

    /** @param ventureCallId the venture call it was proposed to, or null */
    public record Detail(UUID id, String title, String goal, String beneficiaries, FundingMode mode, ProjectStatus status, UUID needId,
                         UUID organizationId, String organizationName, long budgetFen, long paidFen, String proposedBy,
                         Instant proposedAt, String decisionNote, List<Line> budget, List<Step> milestones,
                         FundViews.Campaign crowdfunding, UUID ventureCallId) {

        /** The project as anyone may read it: without who proposed it inside the office, nor the ids of its need and organisation. */
        Detail forPublic() {
            return new Detail(id, title, goal, beneficiaries, mode, status, null, null, organizationName, budgetFen, paidFen, null, proposedAt,
                    decisionNote, budget, milestones, crowdfunding, ventureCallId);
        }

        /** @param crowdfunding the project's campaign, or null */
        static Detail of(Project p, FundViews.Campaign crowdfunding) {
            return new Detail(p.id(), p.title(), p.goal(), p.beneficiaries(), p.mode(), p.status(), p.needId(), p.organizationId(),
                    p.organizationName(), p.budgetFen(), p.paidFen(), p.proposedBy(), p.proposedAt(), p.decisionNote(),
                    p.budget().stream().map(l -> new Line(l.item(), l.amountFen())).toList(),
                    p.milestones().stream().map(m -> new Step(m.id(), m.title(), m.deliverable(), m.acceptanceCriteria(), m.dueOn(),
                            m.amountFen(), m.status(), m.deliveryNote(), m.acceptedAt())).toList(), crowdfunding, p.ventureCallId());
        }
    }
}
