package org.weimin.wish.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weimin.wish.application.InMemoryWishes.COMMUNITY;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.weimin.demand.application.NeedChanged;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.EventType;
import org.weimin.identity.model.Caller;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.ClaimerKind;
import org.weimin.wish.model.WishRuleException;
import org.weimin.wish.model.WishStatus;

/** The wish use cases against in-memory repositories, the community's scope opened as the interceptor would. */
class WishUseCasesTest {

    final InMemoryWishes community = new InMemoryWishes();
    final Caller resident = community.resident("resident1");
    final Caller staff = community.staff("zhou.gw");
    final Caller li = community.volunteer("li", "李明");
    final Caller wang = community.volunteer("wang", "王芳");

    <T> T inScope(java.util.function.Supplier<T> work) {
        return TenantScope.callAs(COMMUNITY, work::get);
    }

    @Test
    void aClaimNotActedOnInTimeLapsesBackToTheWallOnceAndSomeoneElseClaimsIt() {
        UUID wish = community.wishOf(resident, 1);
        inScope(() -> community.claiming.claim(COMMUNITY, li, wish, null));
        community.now = community.now.plus(Duration.ofDays(3));
        assertThat(inScope(() -> community.lapses.due(COMMUNITY))).as("within its three days").isEmpty();
        community.now = community.now.plusSeconds(1);
        UUID claim = inScope(() -> community.lapses.due(COMMUNITY)).get(0);
        assertThat(inScope(() -> community.lapses.lapse(COMMUNITY, claim))).isTrue();
        assertThat(inScope(() -> community.lapses.lapse(COMMUNITY, claim))).as("a second run changes nothing").isFalse();
        assertThat(inScope(() -> community.lapses.due(COMMUNITY))).isEmpty();
        assertThat(community.told).containsExactly("CLAIMED 李*", "LAPSED 李*");
        assertThat(inScope(() -> community.acting.mine(COMMUNITY, li)).get(0).status()).as("the claimer reads it on their claims")
                .isEqualTo(ClaimStatus.LAPSED);

        WishViews.WishDetail again = inScope(() -> community.claiming.claim(COMMUNITY, wang, wish, null));
        assertThat(again.wish().status()).isEqualTo(WishStatus.CLAIMED);
        assertThat(again.claims()).extracting(WishViews.ClaimView::status).containsExactly(ClaimStatus.LAPSED, ClaimStatus.ACTIVE);
    }

    @Test
    void staffTakeAClaimBackAndGiveTheWishToSomeoneElse() {
        UUID wish = community.wishOf(resident, 1);
        UUID liId = community.registry.all().stream().filter(v -> v.name().equals("李明")).findFirst().orElseThrow().id();
        UUID wangId = community.registry.all().stream().filter(v -> v.name().equals("王芳")).findFirst().orElseThrow().id();
        inScope(() -> community.claiming.assign(COMMUNITY, staff, wish, new ClaimWishes.Assignment(ClaimerKind.VOLUNTEER, liId, null, null, null)));
        assertThatThrownBy(() -> inScope(() -> community.claiming.assign(COMMUNITY, staff, wish,
                new ClaimWishes.Assignment(ClaimerKind.VOLUNTEER, wangId, null, null, null))))
                .isInstanceOfSatisfying(WishRuleException.class, e -> assertThat(e.reason()).isEqualTo(WishRuleException.Reason.ALREADY_CLAIMED));
        assertThatThrownBy(() -> inScope(() -> community.acting.release(COMMUNITY, li, community.claimOf("li").id(), "不想做了")))
                .as("a claimer gives back; only staff release").isInstanceOf(org.weimin.shared.ForbiddenActionException.class);
        inScope(() -> community.acting.release(COMMUNITY, staff, community.claimOf("li").id(), "电话一直打不通"));
        WishViews.WishDetail given = inScope(() -> community.claiming.assign(COMMUNITY, staff, wish,
                new ClaimWishes.Assignment(ClaimerKind.VOLUNTEER, wangId, null, null, null)));
        assertThat(given.claims()).extracting(WishViews.ClaimView::status).containsExactly(ClaimStatus.RELEASED, ClaimStatus.ACTIVE);
        assertThat(community.told).contains("RELEASED 李*");
    }

    @Test
    void hoursAreCreditedOnceAndOnlyWhenTheResidentConfirms() {
        UUID wish = community.wishOf(resident, 1);
        inScope(() -> community.claiming.claim(COMMUNITY, li, wish, null));
        UUID claim = community.claimOf("li").id();
        inScope(() -> community.acting.fulfil(COMMUNITY, li, claim, "换好了", 45));
        assertThat(community.told).contains("RESOLVED 李*：换好了");
        assertThat(community.ledger).as("reported is not confirmed").isEmpty();

        UUID need = community.wishes.get(wish).demandId();
        NeedChanged confirmed = new NeedChanged(COMMUNITY, new DemandEvent(need, community.now, "resident1", "intake.resident-portal",
                EventType.CONFIRMED, null, false));
        inScope(() -> {
            community.confirming.onNeedChanged(confirmed);
            community.confirming.onNeedChanged(confirmed);
            return null;
        });
        assertThat(community.ledger).hasSize(1);
        assertThat(community.ledger.get(0).minutes()).isEqualTo(45);
        assertThat(community.wishes.get(wish).status()).isEqualTo(WishStatus.CONFIRMED);
        assertThat(community.hours.book(community.ledger.get(0))).as("the same entry books once").isFalse();
    }

    @Test
    void notFulfilledOpensTheWishAgainWithoutHours() {
        UUID wish = community.wishOf(resident, 1);
        inScope(() -> community.claiming.claim(COMMUNITY, li, wish, null));
        inScope(() -> community.acting.fulfil(COMMUNITY, li, community.claimOf("li").id(), "买好了", 30));
        UUID need = community.wishes.get(wish).demandId();
        inScope(() -> {
            community.confirming.onNeedChanged(new NeedChanged(COMMUNITY, new DemandEvent(need, community.now, "resident1",
                    "intake.resident-portal", EventType.REOPENED, "买错了药", false, Map.of())));
            return null;
        });
        assertThat(community.wishes.get(wish).status()).isEqualTo(WishStatus.OPEN);
        assertThat(community.claimOf("li").status()).isEqualTo(ClaimStatus.NOT_FULFILLED);
        assertThat(community.ledger).isEmpty();
        assertThat(inScope(() -> community.claiming.claim(COMMUNITY, wang, wish, null)).wish().status()).isEqualTo(WishStatus.CLAIMED);
    }

    @Test
    void onlyTheClaimerAndStaffActOnAClaimAndNobodyClaimsTheirOwnWish() {
        UUID wish = community.wishOf(resident, 1);
        assertThatThrownBy(() -> inScope(() -> community.claiming.claim(COMMUNITY, resident, wish, null)))
                .isInstanceOf(org.weimin.shared.InvalidInputException.class);
        inScope(() -> community.claiming.claim(COMMUNITY, li, wish, null));
        UUID claim = community.claimOf("li").id();
        assertThatThrownBy(() -> inScope(() -> community.acting.fulfil(COMMUNITY, wang, claim, "我做的", 10)))
                .as("another volunteer is told the claim does not exist").isInstanceOf(NotFoundException.class);
        assertThat(inScope(() -> community.acting.fulfil(COMMUNITY, staff, claim, "工作人员代报", 10)).wish().status())
                .as("staff report for a claimer who told them").isEqualTo(WishStatus.FULFILLED);
    }
}
