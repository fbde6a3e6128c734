package org.weimin.meeting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class JointMeetingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final List<String> PARTIES = List.of("王书记（社区党委）", "物业公司 李经理", "业委会 陈主任");

    @Test
    void aMeetingNeedsATitleATimeAPlaceAndAtLeastTwoParties() {
        assertThatThrownBy(() -> new JointMeeting(" ", NOW, "会议室", PARTIES, "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> new JointMeeting("加装电梯协调会", null, "会议室", PARTIES, "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.field()).isEqualTo("heldAt"));
        assertThatThrownBy(() -> new JointMeeting("加装电梯协调会", NOW, "会议室", List.of("王书记", " ", "王书记"), "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.field()).isEqualTo("participants"))
                .hasMessageContaining("two parties");
        JointMeeting meeting = new JointMeeting(" 加装电梯协调会 ", NOW, "社区二楼会议室", PARTIES, "cadre", NOW);
        assertThat(meeting.participants()).containsExactlyElementsOf(PARTIES);
        assertThat(meeting.title()).isEqualTo("加装电梯协调会");
    }

    @Test
    void goingAheadNeedsSomeoneResponsibleAndADateDecliningNeedsTheReason() {
        AgendaItem item = new AgendaItem(UUID.randomUUID(), UUID.randomUUID(), 1, "zhou.gw", NOW);
        assertThatThrownBy(() -> item.decide(DecisionOutcome.PROCEED, "物业负责维修", null, LocalDate.of(2026, 12, 31), "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.field()).isEqualTo("assignee"));
        assertThatThrownBy(() -> item.decide(DecisionOutcome.PROCEED, "物业负责维修", "物业公司", null, "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> item.decide(DecisionOutcome.DECLINE, "", null, null, "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.field()).isEqualTo("decision"));
        assertThat(item.isDecided()).isFalse();

        item.decide(DecisionOutcome.DECLINE, "不属于社区职责，已转交区住建局", null, null, "cadre", NOW);
        assertThat(item.isDecided()).isTrue();
        assertThatThrownBy(() -> item.decide(DecisionOutcome.PROCEED, "改为物业维修", "物业公司", LocalDate.of(2026, 12, 31), "cadre", NOW))
                .isInstanceOfSatisfying(MeetingRuleException.class, e -> assertThat(e.isConflict()).isTrue());
    }

    @Test
    void theMeetingConcludesWhenEveryAffairHasItsDecisionAndThenTakesNoMore() {
        JointMeeting meeting = new JointMeeting("加装电梯协调会", NOW, "会议室", PARTIES, "cadre", NOW);
        AgendaItem first = new AgendaItem(meeting.id(), UUID.randomUUID(), 1, "zhou.gw", NOW);
        AgendaItem second = new AgendaItem(meeting.id(), UUID.randomUUID(), 2, "zhou.gw", NOW);
        meeting.concludeIfDecided(List.of());
        assertThat(meeting.status()).as("an empty agenda concludes nothing").isEqualTo(JointMeetingStatus.SCHEDULED);
        first.decide(DecisionOutcome.PROCEED, "物业负责维修", "物业公司", LocalDate.of(2026, 12, 31), "cadre", NOW);
        meeting.concludeIfDecided(List.of(first, second));
        assertThat(meeting.status()).isEqualTo(JointMeetingStatus.SCHEDULED);
        second.decide(DecisionOutcome.DECLINE, "不予受理", null, null, "cadre", NOW);
        meeting.concludeIfDecided(List.of(first, second));
        assertThat(meeting.status()).isEqualTo(JointMeetingStatus.CONCLUDED);
        assertThatThrownBy(meeting::requireScheduled).hasMessageContaining("concluded");
    }
}
