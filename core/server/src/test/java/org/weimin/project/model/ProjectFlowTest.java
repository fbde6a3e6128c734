package org.weimin.project.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.weimin.shared.InvalidInputException;

/** Each funding mode's flow, and every step its state refuses. */
class ProjectFlowTest {

    final Instant now = Instant.parse("2026-12-01T08:00:00Z");
    final LocalDate march = LocalDate.of(2027, 3, 31);

    Project project(FundingMode mode, long... milestonePays) {
        List<ProjectPlan.Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < milestonePays.length; i++) {
            steps.add(new ProjectPlan.Step("第" + (i + 1) + "期", "交付物" + (i + 1), "验收标准", march, milestonePays[i]));
        }
        long budget = mode == FundingMode.REWARD_IN_LIEU ? 300_000 : java.util.Arrays.stream(milestonePays).sum();
        return Project.propose(new ProjectPlan("楼道加装扶手", "让老人上下楼更安全", "3号楼12户老人", mode, null, null, null,
                List.of(new ProjectPlan.Line("扶手材料和安装", budget)), steps), "zhou.gw", now);
    }

    @Test
    void aGrantCommitsItsBudgetAndPaysEachMilestoneOnItsAcceptedDeliverable() {
        Project grant = project(FundingMode.DIRECT_FUNDING, 100_000, 200_000);
        assertThatThrownBy(() -> grant.deliver(grant.milestones().get(0).id(), "x")).isInstanceOf(ProjectRuleException.class);
        assertThat(grant.approve("cadre", null, now)).isEqualTo(300_000);
        assertThat(grant.status()).isEqualTo(ProjectStatus.UNDER_WAY);
        assertThatThrownBy(() -> grant.approve("cadre", null, now)).isInstanceOf(ProjectRuleException.class);
        UUID first = grant.milestones().get(0).id();
        assertThatThrownBy(() -> grant.accept(first, "cadre", now)).as("not delivered yet").isInstanceOf(ProjectRuleException.class);
        grant.deliver(first, "一楼到三楼装好");
        assertThatThrownBy(() -> grant.deliver(first, "again")).isInstanceOf(ProjectRuleException.class);
        assertThat(grant.accept(first, "cadre", now)).isEqualTo(100_000);
        assertThatThrownBy(() -> grant.accept(first, "cadre", now)).as("paid once").isInstanceOf(ProjectRuleException.class);
        assertThatThrownBy(() -> grant.verifyResults(true, "cadre", "x", now)).isInstanceOf(ProjectRuleException.class);
        UUID second = grant.milestones().get(1).id();
        grant.deliver(second, "四楼到六楼装好");
        assertThat(grant.accept(second, "cadre", now)).isEqualTo(200_000);
        assertThat(grant.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(grant.paidFen()).isEqualTo(300_000);
        assertThatThrownBy(() -> grant.closeUnfinished("cadre", "x", now)).isInstanceOf(ProjectRuleException.class);
    }

    @Test
    void aRewardIsPaidWhollyOnceItsResultsAreVerifiedOrNothingWhenTheyAreNotMet() {
        Project reward = project(FundingMode.REWARD_IN_LIEU, 0, 0);
        assertThat(reward.approve("cadre", "目标：12户全部装好", now)).isEqualTo(300_000);
        assertThatThrownBy(() -> reward.accept(reward.milestones().get(0).id(), "cadre", now)).isInstanceOf(ProjectRuleException.class);
        reward.deliver(reward.milestones().get(0).id(), "做好了");
        assertThatThrownBy(() -> reward.verifyResults(true, "cadre", "核验", now)).as("every target reported first")
                .isInstanceOf(ProjectRuleException.class);
        reward.deliver(reward.milestones().get(1).id(), "也做好了");
        assertThat(reward.verifyResults(true, "cadre", "现场核验12户都已安装", now)).isEqualTo(300_000);
        assertThat(reward.status()).isEqualTo(ProjectStatus.COMPLETED);

        Project missed = project(FundingMode.REWARD_IN_LIEU, 0);
        missed.approve("cadre", null, now);
        assertThat(missed.verifyResults(false, "cadre", "只装了5户", now)).isZero();
        assertThat(missed.status()).isEqualTo(ProjectStatus.CLOSED_UNFINISHED);
    }

    @Test
    void aPurchasePaysEachDeliverablesPriceAndAnUnfinishedOneGivesBackWhatItDidNotUse() {
        Project purchase = project(FundingMode.GOVERNMENT_PURCHASE, 50_000, 70_000);
        purchase.approve("cadre", "合同编号 GM-2026-08", now);
        purchase.deliver(purchase.milestones().get(0).id(), "第一季度助餐服务");
        assertThat(purchase.accept(purchase.milestones().get(0).id(), "cadre", now)).isEqualTo(50_000);
        assertThat(purchase.closeUnfinished("cadre", "服务商退出", now)).isEqualTo(70_000);
        assertThat(purchase.status()).isEqualTo(ProjectStatus.CLOSED_UNFINISHED);
    }

    @Test
    void aProposalNamesWhatIsWrong() {
        assertThat(field(() -> project(FundingMode.DIRECT_FUNDING, 100, 200).reject("cadre", " ", now))).isEqualTo("reason");
        assertThat(field(() -> Project.propose(new ProjectPlan("t", "g", null, FundingMode.DIRECT_FUNDING, null, null, null,
                List.of(new ProjectPlan.Line("x", 300)), List.of(new ProjectPlan.Step("a", "b", null, march, 200))), "u", now)))
                .as("milestones pay the whole budget").isEqualTo("milestones");
        assertThat(field(() -> Project.propose(new ProjectPlan("t", "g", null, FundingMode.DIRECT_FUNDING, null, null, null,
                List.of(new ProjectPlan.Line("x", -5)), List.of()), "u", now))).isEqualTo("budget");
        assertThat(field(() -> Project.propose(new ProjectPlan("t", "g", null, null, null, null, null, List.of(), List.of()), "u", now)))
                .isEqualTo("mode");
        assertThat(field(() -> Project.propose(new ProjectPlan(" ", "g", null, FundingMode.DIRECT_FUNDING, null, null, null, List.of(),
                List.of()), "u", now))).isEqualTo("title");
    }

    private static String field(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }
}
