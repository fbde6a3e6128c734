package org.weimin.demand.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weimin.demand.application.InMemoryLibrary.COMMUNITY;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.EventType;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.HouseholdContact;
import org.weimin.tenancy.application.TenantScope;

/** The demand library's rules, run against in-memory repositories: what the container adds is tested by the ITs. */
class DemandUseCasesTest {

    private final InMemoryLibrary library = new InMemoryLibrary();
    private final Caller resident = library.resident("zhang");
    private final Caller neighbour = library.resident("li");
    private final Caller worker = library.gridWorker("wang");

    @Test
    void aResidentCannotHandleANeedAndNothingChanges() {
        Demand need = library.raisedBy(resident, "5号楼电梯停了", false);
        assertThatThrownBy(() -> inScope(() -> library.handle.accept(COMMUNITY, resident, need.id(), null)))
                .isInstanceOf(ForbiddenActionException.class);
        assertThat(need.status()).isEqualTo(DemandStatus.SUBMITTED);
        assertThat(library.events).isEmpty();
    }

    @Test
    void aPrivateNeedDoesNotExistForAnotherResident() {
        Demand need = library.raisedBy(resident, "楼道灯坏了", false);
        assertThatThrownBy(() -> inScope(() -> library.answers.confirm(COMMUNITY, neighbour, need.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheResidentWhoRaisedAPublicNeedConfirmsIt() {
        Demand need = library.raisedBy(resident, "小区门口路灯不亮", true);
        resolve(need);
        assertThatThrownBy(() -> inScope(() -> library.answers.confirm(COMMUNITY, neighbour, need.id())))
                .isInstanceOf(ForbiddenActionException.class);
        DemandViews.Detail confirmed = inScope(() -> library.answers.confirm(COMMUNITY, resident, need.id()));
        assertThat(confirmed.summary().status()).isEqualTo(DemandStatus.CONFIRMED);
    }

    @Test
    void whatStaffDoIsOnTheTimelineAndAnnouncedForTheCommunity() {
        Demand need = library.raisedBy(resident, "3单元水管漏水", false);
        resolve(need);
        assertThat(library.events).extracting(e -> e.type()).contains(EventType.ACCEPTED, EventType.RESOLVED);
        assertThat(library.announced).extracting(NeedChanged::community).containsOnly(COMMUNITY);
        assertThat(library.announced).extracting(c -> c.event().type()).contains(EventType.RESOLVED);
    }

    @Test
    void staffReadTheContactAndTheResidentDoesNotSeeInternalNotes() {
        Demand need = library.raisedBy(resident, "家里老人需要助餐", false);
        inScope(() -> library.handle.note(COMMUNITY, worker, need.id(), "已电话联系家属", true));
        DemandViews.Detail forStaff = inScope(() -> library.actions.take(COMMUNITY, worker, need.id(),
                NeedActions.Actor.STAFF, (d, actor, now) -> List.of()));
        assertThat(forStaff.contact()).isEqualTo("13800000000");
        assertThat(forStaff.timeline()).extracting(DemandViews.Event::note).contains("已电话联系家属");
        DemandViews.Detail forResident = inScope(() -> library.actions.take(COMMUNITY, resident, need.id(),
                NeedActions.Actor.SUBMITTER, (d, actor, now) -> List.of()));
        assertThat(forResident.contact()).isNull();
        assertThat(forResident.timeline()).extracting(DemandViews.Event::note).doesNotContain("已电话联系家属");
    }

    @Test
    void aNeighbourSupportsAPublicNeedOnceButNotTheirOwn() {
        Demand need = library.raisedBy(resident, "希望增加快递柜", true);
        DemandViews.Detail supported = inScope(() -> library.answers.support(COMMUNITY, neighbour, need.id()));
        assertThat(supported.summary().supporters()).isEqualTo(1);
        assertThatThrownBy(() -> inScope(() -> library.answers.support(COMMUNITY, neighbour, need.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already support");
        assertThatThrownBy(() -> inScope(() -> library.answers.support(COMMUNITY, resident, need.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("your own need");
    }

    @Test
    void aDeliveryArrivingTwiceCreatesItsNeedOnce() {
        DemandDraft draft = new DemandDraft("8号楼垃圾没人清运", null, null, null, new DemandDraft.Origin("intake.wecom", "msg-42", "{}"));
        RecordNeeds.Contacts none = new RecordNeeds.Contacts(List.of(), "intake.wecom", "intake.wecom");
        RecordNeeds.Outcome first = inScope(() -> library.record.record(COMMUNITY, List.of(draft), new Submitter.Anonymous(), false, none));
        RecordNeeds.Outcome again = inScope(() -> library.record.record(COMMUNITY, List.of(draft), new Submitter.Anonymous(), false, none));
        assertThat(first.created()).hasSize(1);
        assertThat(again.created()).isEmpty();
        assertThat(again.alreadyKnown()).isEqualTo(first.created());
        assertThat(library.needs).hasSize(1);
    }

    @Test
    void needsEnteredOnBehalfSaySoAndKeepTheDeliverysHouseholdContacts() {
        DemandDraft draft = new DemandDraft("独居老人希望有人上门理发", null, null, null, new DemandDraft.Origin("intake.door-to-door", null, "{}"));
        HouseholdContact visit = new HouseholdContact("5-1-302", java.time.LocalDate.of(2026, 11, 30), "入户走访");
        RecordNeeds.Outcome outcome = inScope(() -> library.record.record(COMMUNITY, List.of(draft),
                new Submitter.OnBehalf("wang"), false, new RecordNeeds.Contacts(List.of(visit), "intake.door-to-door", "wang")));
        Demand need = library.needs.get(outcome.createdIds().get(0));
        assertThat(need.submitterAccountId()).isNull();
        assertThat(library.events).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("wang");
            assertThat(e.note()).startsWith("代录");
        });
        assertThat(library.contacts).containsExactly(visit);
    }

    @Test
    void aBulkActionMovesWhatItCanAndSaysWhyItLeftTheRest() {
        Demand lamp = library.raisedBy(resident, "楼道灯不亮了", false);
        Demand rejected = library.raisedBy(neighbour, "想在小区里养鸽子", false);
        inScope(() -> library.handle.reject(COMMUNITY, worker, rejected.id(), "小区不允许饲养信鸽"));
        inScope(() -> library.triage.classify(COMMUNITY, worker, lamp.id(), DemandKind.AFFAIR, ServiceCategory.FACILITIES, null));
        TriageNeeds.BulkOutcome outcome = inScope(() -> library.triage.bulk(COMMUNITY, worker,
                List.of(lamp.id(), rejected.id(), lamp.id()), TriageNeeds.BulkAction.ACCEPT));
        assertThat(outcome.done()).containsExactly(lamp.reference());
        assertThat(outcome.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.id()).isEqualTo(rejected.id());
            assertThat(skipped.reason()).contains("cannot become");
        });
        assertThat(lamp.status()).isEqualTo(DemandStatus.ACCEPTED);
        assertThat(rejected.status()).isEqualTo(DemandStatus.REJECTED);
    }

    @Test
    void classifyingTeachesTheCommunitysClassifier() {
        Demand need = library.raisedBy(resident, "小区东门的健身器材松动了", false);
        inScope(() -> library.triage.classify(COMMUNITY, worker, need.id(), DemandKind.AFFAIR, ServiceCategory.FACILITIES, null));
        assertThat(library.examples).singleElement().satisfies(example -> {
            assertThat(example.text()).isEqualTo("小区东门的健身器材松动了");
            assertThat(example.category()).isEqualTo(ServiceCategory.FACILITIES);
        });
        assertThat(need.respondBy()).as("the kind sets the deadlines").isNotNull();
    }

    private void resolve(Demand need) {
        inScope(() -> library.actions.take(COMMUNITY, worker, need.id(), NeedActions.Actor.STAFF,
                (d, actor, now) -> d.classify(DemandKind.AFFAIR, ServiceCategory.FACILITIES, null,
                        org.weimin.demand.model.DeadlinePolicy.defaults(), actor, now)));
        inScope(() -> library.handle.accept(COMMUNITY, worker, need.id(), null));
        inScope(() -> library.handle.resolve(COMMUNITY, worker, need.id(), "已修好"));
    }

    /** What the container's interceptor does around every use case. */
    private static <T> T inScope(java.util.function.Supplier<T> work) {
        return TenantScope.callAs(COMMUNITY, work);
    }
}
