package org.weimin.project.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a project is proposed with.
 *
 * @param needId the need it comes from (a micro-project need, often escalated from many similar wishes), or null
 * @param organizationId the organisation responsible, or null while the community does it itself
 */
public record ProjectPlan(String title, String goal, String beneficiaries, FundingMode mode, UUID needId, UUID organizationId,
                          String organizationName, List<Line> budget, List<Step> milestones) {

    public record Line(String item, long amountFen) {
    }

    /** @param amountFen what accepting it pays (0 for a reward's targets) */
    public record Step(String title, String deliverable, String acceptanceCriteria, LocalDate dueOn, long amountFen) {
    }

    public ProjectPlan {
        budget = budget == null ? List.of() : List.copyOf(budget);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
