package org.weimin.demand.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DemandLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final DeadlinePolicy POLICY = DeadlinePolicy.defaults();
    private static final MeetingReference MEETING = new MeetingReference("加装电梯协调会", NOW, "社区二楼会议室");
    private static final SessionReference SESSION = new SessionReference(NOW.plus(Duration.ofDays(6)), "社区一楼议事厅");
    private static final java.util.Map<java.util.UUID, Demand> SURVIVORS = new java.util.HashMap<>();

    /** The action that moves a need into each state, applied to a need in whatever state it is. */
    private static final Map<DemandStatus, Consumer<Demand>> MOVES = Map.ofEntries(
            Map.entry(DemandStatus.TRIAGED, d -> d.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW)),
            Map.entry(DemandStatus.ACCEPTED, d -> d.accept("staff", null, NOW)),
            Map.entry(DemandStatus.IN_PROGRESS, d -> d.start("staff", NOW)),
            Map.entry(DemandStatus.RESOLVED, d -> d.resolve("staff", "换了新灯泡", NOW)),
            Map.entry(DemandStatus.REOPENED, d -> d.reopen("resident", "还是不亮", NOW)),
            Map.entry(DemandStatus.CONFIRMED, d -> d.confirm("resident", NOW)),
            Map.entry(DemandStatus.CLOSED, d -> d.close("staff", Duration.ZERO, NOW)),
            Map.entry(DemandStatus.REJECTED, d -> d.reject("staff", "不属于社区职责", NOW)),
            Map.entry(DemandStatus.ESCALATED, d -> d.escalate("staff", "微项目 D261127-ABCDEF", NOW)),
            Map.entry(DemandStatus.AT_JOINT_MEETING, d -> d.referToMeeting("staff", MEETING, NOW)),
            Map.entry(DemandStatus.AT_SESSION, d -> d.putOnSession("staff", SESSION, NOW)),
            Map.entry(DemandStatus.MERGED, d -> {
                Demand survivor = newDemand();
                SURVIVORS.put(survivor.id(), survivor);
                d.mergeInto(survivor, "staff", NOW);
            }),
            Map.entry(DemandStatus.SUBMITTED, d -> d.splitFrom(survivorOf(d), "staff", NOW)));

    /** A shortest way to reach each state from a new need. */
    private static final Map<DemandStatus, List<DemandStatus>> PATHS = Map.ofEntries(
            Map.entry(DemandStatus.SUBMITTED, List.of()),
            Map.entry(DemandStatus.TRIAGED, List.of(DemandStatus.TRIAGED)),
            Map.entry(DemandStatus.ACCEPTED, List.of(DemandStatus.TRIAGED, DemandStatus.ACCEPTED)),
            Map.entry(DemandStatus.IN_PROGRESS, List.of(DemandStatus.TRIAGED, DemandStatus.ACCEPTED, DemandStatus.IN_PROGRESS)),
            Map.entry(DemandStatus.RESOLVED, List.of(DemandStatus.TRIAGED, DemandStatus.ACCEPTED, DemandStatus.RESOLVED)),
            Map.entry(DemandStatus.REOPENED, List.of(DemandStatus.TRIAGED, DemandStatus.ACCEPTED, DemandStatus.RESOLVED, DemandStatus.REOPENED)),
            Map.entry(DemandStatus.CONFIRMED, List.of(DemandStatus.TRIAGED, DemandStatus.ACCEPTED, DemandStatus.RESOLVED, DemandStatus.CONFIRMED)),
            Map.entry(DemandStatus.CLOSED, List.of(DemandStatus.TRIAGED, DemandStatus.ACCEPTED, DemandStatus.RESOLVED, DemandStatus.CLOSED)),
            Map.entry(DemandStatus.REJECTED, List.of(DemandStatus.REJECTED)),
            Map.entry(DemandStatus.MERGED, List.of(DemandStatus.MERGED)),
            Map.entry(DemandStatus.ESCALATED, List.of(DemandStatus.TRIAGED, DemandStatus.ESCALATED)),
            Map.entry(DemandStatus.AT_JOINT_MEETING, List.of(DemandStatus.TRIAGED, DemandStatus.AT_JOINT_MEETING)),
            Map.entry(DemandStatus.AT_SESSION, List.of(DemandStatus.TRIAGED, DemandStatus.AT_SESSION)));

    @TestFactory
    List<DynamicTest> everyMoveTheLifecycleDoesNotAllowIsRefusedAndChangesNothing() {
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (DemandStatus from : DemandStatus.values()) {
            for (DemandStatus to : MOVES.keySet()) {
                tests.add(DynamicTest.dynamicTest(from + " -> " + to, () -> {
                    Demand demand = reach(from);
                    if (from.canMoveTo(to)) {
                        MOVES.get(to).accept(demand);
                        assertThat(demand.status()).isEqualTo(to);
                    } else {
                        assertThatThrownBy(() -> MOVES.get(to).accept(demand)).isInstanceOf(IllegalTransitionException.class)
                                .hasMessageContaining("cannot become");
                        assertThat(demand.status()).isEqualTo(from);
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void finalStatesGoNowhere() {
        for (DemandStatus status : EnumSet.of(DemandStatus.CLOSED, DemandStatus.REJECTED, DemandStatus.ESCALATED)) {
            assertThat(status.next()).isEmpty();
        }
    }

    @Test
    void classifyingSetsDeadlinesAndUrgencyShortensThem() {
        Demand normal = newDemand();
        normal.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, Urgency.NORMAL, POLICY, "staff", NOW);
        assertThat(Duration.between(NOW, normal.respondBy())).isEqualTo(Duration.ofHours(24));
        assertThat(Duration.between(NOW, normal.resolveBy())).isEqualTo(Duration.ofDays(7));
        Demand urgent = newDemand();
        urgent.classify(DemandKind.AFFAIR, ServiceCategory.SAFETY, Urgency.URGENT, POLICY, "staff", NOW);
        assertThat(Duration.between(NOW, urgent.respondBy())).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void overdueMarksGoGreenYellowRed() {
        Demand demand = newDemand();
        demand.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW);
        assertThat(demand.overdueMark(NOW.plus(Duration.ofHours(10)))).isEqualTo(OverdueMark.GREEN);
        assertThat(demand.overdueMark(NOW.plus(Duration.ofHours(19)))).isEqualTo(OverdueMark.YELLOW);
        assertThat(demand.overdueMark(NOW.plus(Duration.ofHours(25)))).isEqualTo(OverdueMark.RED);
        demand.accept("staff", null, NOW.plus(Duration.ofHours(25)));
        assertThat(demand.responseMark(NOW.plus(Duration.ofHours(30)))).isEqualTo(OverdueMark.GREEN);
        assertThat(demand.overdueMark(NOW.plus(Duration.ofDays(8)))).as("resolution is late").isEqualTo(OverdueMark.RED);
    }

    @Test
    void rejectionAndResolutionSayWhy() {
        Demand demand = newDemand();
        assertThatThrownBy(() -> demand.reject("staff", " ", NOW)).hasMessageContaining("reason");
        assertThat(demand.status()).isEqualTo(DemandStatus.SUBMITTED);
        demand.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW);
        demand.accept("staff", "zhou.gw", NOW);
        assertThatThrownBy(() -> demand.resolve("staff", "", NOW)).hasMessageContaining("how");
        assertThat(demand.assignee()).isEqualTo("zhou.gw");
    }

    @Test
    void everyActionLeavesATimelineLine() {
        Demand demand = newDemand();
        List<DemandEvent> events = new java.util.ArrayList<>();
        events.add(demand.submitted("resident1"));
        events.addAll(demand.classify(DemandKind.WISH, ServiceCategory.ELDERLY, null, POLICY, "cadre", NOW));
        events.addAll(demand.accept("cadre", "zhou.gw", NOW));
        events.addAll(demand.resolve("zhou.gw", "志愿者上门修好了轮椅", NOW));
        events.addAll(demand.confirm("resident1", NOW));
        assertThat(events).extracting(DemandEvent::type).containsExactly(EventType.SUBMITTED, EventType.CLASSIFIED,
                EventType.ACCEPTED, EventType.ASSIGNED, EventType.RESOLVED, EventType.CONFIRMED);
        assertThat(events).allMatch(e -> e.demandId().equals(demand.id()));
    }

    @Test
    void mergingCountsTheResidentsAndSplittingGivesThemBack() {
        Demand survivor = newDemand();
        Demand duplicate = newDemand();
        duplicate.supportedBy("resident3", NOW);
        List<DemandEvent> events = duplicate.mergeInto(survivor, "staff", NOW);
        assertThat(survivor.residents()).isEqualTo(3);
        assertThat(events).extracting(DemandEvent::demandId).containsExactly(duplicate.id(), survivor.id());
        assertThat(duplicate.mergedInto()).isEqualTo(survivor.id());
        duplicate.splitFrom(survivor, "staff", NOW);
        assertThat(duplicate.status()).isEqualTo(DemandStatus.SUBMITTED);
        assertThat(survivor.residents()).isEqualTo(1);
        assertThatThrownBy(() -> survivor.mergeInto(survivor, "staff", NOW)).hasMessageContaining("itself");
    }

    @Test
    void similarNeedsInTheSameBuildingAreProposed() {
        Demand lamp = new Demand("portal", null, "{}", null, null, null, "3号楼楼道的声控灯坏了，晚上很黑", "3-2", Urgency.NORMAL, false, null, NOW);
        Demand sameLamp = new Demand("qq", null, "{}", null, null, null, "3号楼楼道声控灯坏了好几天", "3-1", Urgency.NORMAL, false, null, NOW);
        Demand otherBuilding = new Demand("qq", null, "{}", null, null, null, "3号楼楼道的声控灯坏了", "7-1", Urgency.NORMAL, false, null, NOW);
        Demand unrelated = new Demand("portal", null, "{}", null, null, null, "希望开办老年食堂", null, Urgency.NORMAL, false, null, NOW);
        Demand old = new Demand("portal", null, "{}", null, null, null, "3号楼楼道的声控灯坏了", "3-2", Urgency.NORMAL, false, null,
                NOW.minus(Duration.ofDays(60)));
        assertThat(DuplicateFinder.candidates(lamp, List.of(sameLamp, otherBuilding, unrelated, old)))
                .extracting(DuplicateFinder.Candidate::demand).containsExactly(sameLamp);
    }

    @Test
    void onlyAffairsGoToTheJointMeetingAndItsDecisionCountsAsTheResponse() {
        Demand wish = newDemand();
        wish.classify(DemandKind.WISH, ServiceCategory.ELDERLY, null, POLICY, "staff", NOW);
        assertThatThrownBy(() -> wish.referToMeeting("staff", MEETING, NOW)).hasMessageContaining("micro-affairs");
        assertThat(wish.status()).isEqualTo(DemandStatus.TRIAGED);

        Demand affair = newDemand();
        affair.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW);
        assertThat(affair.referToMeeting("staff", MEETING, NOW)).extracting(DemandEvent::type, DemandEvent::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.REFERRED_TO_MEETING, null));
        assertThat(affair.status().isOpen()).as("the resident is still waiting").isTrue();
        Instant decided = NOW.plus(Duration.ofDays(3));
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate dueDate = NOW.atZone(zone).toLocalDate().plusDays(90);
        List<DemandEvent> decision = affair.proceedByMeeting("staff", MEETING, "物业负责维修", "物业公司", dueDate, zone, decided);
        assertThat(decision).extracting(DemandEvent::type, DemandEvent::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.MEETING_DECIDED, "物业负责维修"));
        assertThat(decision.get(0).details()).as("the system's part, for each reader's language")
                .containsEntry(MeetingReference.TITLE, "加装电梯协调会").containsEntry(Demand.RESPONSIBLE, "物业公司")
                .containsEntry(Demand.DUE_DATE, dueDate.toString());
        assertThat(affair.resolveBy()).as("the meeting's date replaces the usual deadline, to the end of that day")
                .isEqualTo(dueDate.plusDays(1).atStartOfDay(zone).toInstant());
        assertThat(affair.overdueMark(NOW.plus(Duration.ofDays(30)))).isEqualTo(OverdueMark.GREEN);
        assertThat(affair.status()).isEqualTo(DemandStatus.IN_PROGRESS);
        assertThat(affair.assignee()).isEqualTo("物业公司");
        assertThat(affair.responseMark(decided)).isEqualTo(OverdueMark.GREEN);
    }

    @Test
    void aGeneralAffairWaitsForItsHandlingSessionWhichAloneDecidesIt() {
        Demand wish = newDemand();
        wish.classify(DemandKind.WISH, ServiceCategory.ELDERLY, null, POLICY, "staff", NOW);
        assertThatThrownBy(() -> wish.putOnSession("staff", SESSION, NOW)).hasMessageContaining("micro-affairs");

        Demand affair = newDemand();
        affair.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW);
        assertThat(affair.putOnSession("staff", SESSION, NOW).get(0).details()).containsEntry(SessionReference.PLACE, "社区一楼议事厅");
        assertThat(affair.status()).isEqualTo(DemandStatus.AT_SESSION);
        assertThat(affair.responseMark(NOW.plus(Duration.ofDays(2)))).as("the date is the community's answer").isEqualTo(OverdueMark.GREEN);
        assertThat(affair.resolutionMark(NOW.plus(Duration.ofDays(6)))).as("not late for waiting for its session")
                .isNotEqualTo(OverdueMark.RED);
        SessionReference later = new SessionReference(NOW.plus(Duration.ofDays(20)), "社区一楼议事厅");
        affair.putOnSession("staff", later, NOW);
        assertThat(affair.resolveBy()).isEqualTo(later.startsAt().plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> affair.start("staff", NOW)).as("only the session moves it on").isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> affair.handledAtSession("staff", later, " ", NOW)).hasMessageContaining("how");
        assertThatThrownBy(() -> affair.refusedAtSession("staff", later, "", NOW)).hasMessageContaining("reason");
        assertThat(affair.status()).isEqualTo(DemandStatus.AT_SESSION);
        affair.assignedAtSession("staff", later, "物业公司", "由物业本周内修复", NOW);
        assertThat(affair.status()).isEqualTo(DemandStatus.IN_PROGRESS);
        assertThat(affair.assignee()).isEqualTo("物业公司");
        assertThatThrownBy(() -> affair.handledAtSession("staff", later, "已处理", NOW)).isInstanceOf(IllegalTransitionException.class);

        Demand refused = newDemand();
        refused.classify(DemandKind.AFFAIR, ServiceCategory.PARKING, null, POLICY, "staff", NOW);
        refused.putOnSession("staff", SESSION, NOW);
        refused.refusedAtSession("staff", SESSION, "属于交警职责，已告知居民拨打12345", NOW);
        assertThat(refused.status()).isEqualTo(DemandStatus.REJECTED);
        assertThat(refused.rejectionReason()).contains("交警");
        Demand handled = newDemand();
        handled.classify(DemandKind.AFFAIR, ServiceCategory.ENVIRONMENT, null, POLICY, "staff", NOW);
        handled.putOnSession("staff", SESSION, NOW);
        handled.handledAtSession("staff", SESSION, "会上确定每周二清理楼道杂物", NOW);
        assertThat(handled.status()).isEqualTo(DemandStatus.RESOLVED);
        assertThat(handled.resolution()).contains("每周二");
    }

    @Test
    void aResidentSaysWhyItIsNotSolvedAndStaffArchiveOnlyAfterTheResidentHadTheirSay() {
        Demand need = newDemand();
        need.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW);
        need.accept("staff", null, NOW);
        need.resolve("staff", "换了新灯泡", NOW);
        assertThatThrownBy(() -> need.reopen("resident", "  ", NOW)).hasMessageContaining("still wrong");
        assertThat(need.status()).isEqualTo(DemandStatus.RESOLVED);

        Duration answerPeriod = Duration.ofDays(7);
        assertThat(need.closableBy(answerPeriod, NOW.plus(Duration.ofDays(6)))).isFalse();
        assertThatThrownBy(() -> need.close("staff", answerPeriod, NOW.plus(Duration.ofDays(6))))
                .isInstanceOf(org.weimin.shared.ConflictException.class);
        assertThat(need.closableBy(answerPeriod, NOW.plus(answerPeriod))).isTrue();
        assertThat(need.closeUnconfirmed(answerPeriod, NOW.plus(answerPeriod)).get(0).details())
                .containsEntry(Demand.UNCONFIRMED_DAYS, "7");
        assertThat(need.status()).isEqualTo(DemandStatus.CLOSED);
    }

    @Test
    void aNeedIsHandedToAColleagueOnlyWhileItIsWorkedOn() {
        Demand need = newDemand();
        assertThatThrownBy(() -> need.transfer("staff", "wu.gw", "吴志强负责这栋楼", NOW)).isInstanceOf(IllegalTransitionException.class);
        need.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null, POLICY, "staff", NOW);
        need.accept("zhou.gw", "zhou.gw", NOW);
        assertThatThrownBy(() -> need.transfer("zhou.gw", "zhou.gw", "换人", NOW)).isInstanceOf(org.weimin.shared.ConflictException.class);
        assertThatThrownBy(() -> need.transfer("zhou.gw", "wu.gw", " ", NOW)).as("handed on with a reason")
                .isInstanceOf(org.weimin.shared.InvalidInputException.class);
        List<DemandEvent> handedOn = need.transfer("zhou.gw", "wu.gw", "吴志强负责这栋楼", NOW);
        assertThat(handedOn).extracting(DemandEvent::type, DemandEvent::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.ASSIGNED, "wu.gw"));
        assertThat(handedOn.get(0).details()).containsEntry(Demand.TRANSFER_REASON, "吴志强负责这栋楼");
        assertThat(need.assignee()).isEqualTo("wu.gw");
        need.resolve("wu.gw", "修好了", NOW);
        assertThatThrownBy(() -> need.transfer("wu.gw", "zhou.gw", "换回来", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void referencesAreTheDayAndSevenCharactersWithoutLookAlikes() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String reference = newDemand().reference();
            assertThat(reference).matches("D261127-[0-9A-HJKMNP-TV-Z]{7}");
            seen.add(reference);
        }
        assertThat(seen).hasSize(2000);
    }

    private static Demand survivorOf(Demand merged) {
        return merged.mergedInto() == null ? newDemand() : SURVIVORS.get(merged.mergedInto());
    }

    private static Demand reach(DemandStatus status) {
        Demand demand = newDemand();
        PATHS.get(status).forEach(step -> MOVES.get(step).accept(demand));
        assertThat(demand.status()).isEqualTo(status);
        return demand;
    }

    private static Demand newDemand() {
        return new Demand("intake.resident-portal", null, "{}", null, null, null, "3号楼楼道灯坏了", "3-2", Urgency.NORMAL,
                false, null, NOW);
    }
}
