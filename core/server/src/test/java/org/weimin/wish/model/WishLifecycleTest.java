package org.weimin.wish.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.weimin.shared.InvalidInputException;

class WishLifecycleTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final ClaimPeriods PERIODS = new ClaimPeriods(3, 14);

    final List<Claim> claims = new ArrayList<>();

    static Wish wish(boolean onWall, int places) {
        return new Wish(UUID.randomUUID(), "D261201-ABCDEFG", "想找人帮忙换个灯泡", "ELDERLY", "G01", "第一网格", null, onWall, places,
                "zhou.gw", NOW);
    }

    static Volunteer volunteer(String name) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), "v-" + name, name, "13800000000", List.of("电工"), "周末", List.of("G01"), NOW);
        volunteer.verify("zhou.gw");
        return volunteer;
    }

    Claim claim(Wish wish, Claimer claimer, boolean byStaff) {
        Claim claim = wish.claim(claims, claimer, byStaff, PERIODS, claimer.actingUser(), NOW);
        claims.add(claim);
        return claim;
    }

    @Test
    void theFirstClaimTakesTheOnlyPlaceAndTheNextIsToldItIsAlreadyClaimed() {
        Wish wish = wish(true, 1);
        Claim first = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        assertEquals(WishStatus.CLAIMED, wish.status());
        assertEquals(ClaimMode.VOLUNTEER_MUTUAL_AID, first.mode());
        assertEquals(NOW.plus(Duration.ofDays(3)), first.contactBy());
        assertEquals(NOW.plus(Duration.ofDays(14)), first.fulfilBy());
        WishRuleException taken = assertThrows(WishRuleException.class,
                () -> claim(wish, Claimer.volunteer(volunteer("王芳"), "v2"), false));
        assertEquals(WishRuleException.Reason.ALREADY_CLAIMED, taken.reason());
    }

    @Test
    void aGroupWishTakesAsManyClaimersAsItWantsButNobodyTwice() {
        Wish wish = wish(true, 2);
        Volunteer li = volunteer("李明");
        claim(wish, Claimer.volunteer(li, "v1"), false);
        assertEquals(WishStatus.OPEN, wish.status(), "one place is still free");
        assertEquals(WishRuleException.Reason.ALREADY_YOURS, assertThrows(WishRuleException.class,
                () -> claim(wish, Claimer.volunteer(li, "v1"), false)).reason());
        claim(wish, Claimer.cadre(UUID.randomUUID(), "cadre", "沈建华"), false);
        assertEquals(WishStatus.CLAIMED, wish.status());
        assertEquals(ClaimMode.HEART_TO_HEART, claims.get(1).mode());
    }

    @Test
    void aPrivateWishIsGivenByStaffOnly() {
        Wish wish = wish(false, 1);
        Claimer merchant = Claimer.organization(UUID.randomUUID(), "好邻居超市", "zhou.gw", ClaimMode.MERCHANT_RESIDENT_LINKAGE);
        assertEquals(WishRuleException.Reason.NOT_ON_THE_WALL, assertThrows(WishRuleException.class,
                () -> claim(wish, merchant, false)).reason());
        Claim given = claim(wish, merchant, true);
        assertEquals(ClaimMode.MERCHANT_RESIDENT_LINKAGE, given.mode());
    }

    @Test
    void anUnverifiedVolunteerDoesNotClaim() {
        Volunteer waiting = new Volunteer(UUID.randomUUID(), "v9", "赵强", "13800000000", List.of(), null, List.of(), NOW);
        assertThrows(WishRuleException.class, waiting::requireVerified);
        waiting.reject("电话打不通", "zhou.gw");
        assertThrows(WishRuleException.class, () -> waiting.verify("zhou.gw"), "a refused volunteer is not verified afterwards");
    }

    @Test
    void theWishIsFulfilledWhenEveryHolderReportedAndConfirmedOnlyThen() {
        Wish wish = wish(true, 2);
        Claim a = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        Claim b = claim(wish, Claimer.volunteer(volunteer("王芳"), "v2"), false);
        assertThrows(WishRuleException.class, () -> wish.confirm(claims, "resident1", false, NOW), "nothing was fulfilled yet");
        a.fulfil("换好了灯泡", 45, NOW);
        assertFalse(wish.fulfilIfAllReported(claims, NOW), "the other claimer has not reported");
        b.fulfil("陪老人聊天", 60, NOW);
        assertTrue(wish.fulfilIfAllReported(claims, NOW));
        assertEquals(WishStatus.FULFILLED, wish.status());
        wish.confirm(claims, "resident1", false, NOW);
        assertEquals(WishStatus.CONFIRMED, wish.status());
        assertTrue(claims.stream().allMatch(c -> c.status() == ClaimStatus.CONFIRMED));
        assertThrows(WishRuleException.class, () -> wish.confirm(claims, "resident1", false, NOW), "confirmed once");
    }

    @Test
    void notFulfilledEndsTheClaimsAndOpensTheWishAgain() {
        Wish wish = wish(true, 1);
        Claim a = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        a.fulfil("买好了", 30, NOW);
        wish.fulfilIfAllReported(claims, NOW);
        wish.notFulfilled(claims, "买错了药", NOW);
        assertEquals(WishStatus.OPEN, wish.status());
        assertEquals(ClaimStatus.NOT_FULFILLED, a.status());
        assertEquals("买错了药", a.endReason());
        claim(wish, Claimer.volunteer(volunteer("王芳"), "v2"), false);
        assertEquals(WishStatus.CLAIMED, wish.status(), "someone else can claim it again");
    }

    @Test
    void aClaimLapsesWithoutContactInTimeOrWithoutFulfilmentInTime() {
        Wish wish = wish(true, 1);
        Claim silent = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        assertFalse(silent.isOverdue(NOW.plus(Duration.ofDays(3))));
        assertThrows(WishRuleException.class, () -> silent.lapse(NOW.plus(Duration.ofDays(2))), "still within its time");
        Instant late = NOW.plus(Duration.ofDays(3)).plusSeconds(1);
        assertTrue(silent.isOverdue(late));
        silent.lapse(late);
        wish.placeFreed(claims, late);
        assertEquals(ClaimStatus.LAPSED, silent.status());
        assertEquals("contact", silent.endReason());
        assertEquals(WishStatus.OPEN, wish.status());
        assertFalse(silent.isOverdue(late.plusSeconds(1)), "a lapsed claim is not due again");
        assertThrows(WishRuleException.class, () -> silent.fulfil("做完了", 10, late), "a lapsed claim is not fulfilled");

        Claim slow = claim(wish, Claimer.volunteer(volunteer("王芳"), "v2"), false);
        slow.contacted(NOW.plus(Duration.ofDays(1)));
        assertFalse(slow.isOverdue(NOW.plus(Duration.ofDays(10))), "contact was in time");
        assertTrue(slow.isOverdue(NOW.plus(Duration.ofDays(14)).plusSeconds(1)));
    }

    @Test
    void aClaimerGivesBackAndStaffReleaseOnlyWithAReason() {
        Wish wish = wish(true, 1);
        Claim a = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        assertThrows(InvalidInputException.class, () -> a.withdraw(" ", "v1", NOW));
        a.withdraw("临时出差", "v1", NOW);
        wish.placeFreed(claims, NOW);
        assertEquals(WishStatus.OPEN, wish.status());
        assertThrows(WishRuleException.class, () -> a.release("联系不上", "zhou.gw", NOW), "already given back");
    }

    @Test
    void aReportNeedsWordsAndAPlausibleTime() {
        Wish wish = wish(true, 1);
        Claim a = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        assertEquals("note", assertThrows(InvalidInputException.class, () -> a.fulfil("", 30, NOW)).field());
        assertEquals("minutes", assertThrows(InvalidInputException.class, () -> a.fulfil("好了", -5, NOW)).field());
        assertEquals("minutes", assertThrows(InvalidInputException.class, () -> a.fulfil("好了", 24 * 60 + 1, NOW)).field());
        assertEquals(ClaimStatus.ACTIVE, a.status(), "a refused report changes nothing");
    }

    @Test
    void hoursAreCreditedForAVolunteersConfirmedClaimAndCorrectedByReversal() {
        Wish wish = wish(true, 2);
        Claim volunteerClaim = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        Claim cadreClaim = claim(wish, Claimer.cadre(UUID.randomUUID(), "cadre", "沈建华"), false);
        volunteerClaim.fulfil("换好了", 45, NOW);
        assertThrows(IllegalArgumentException.class, () -> HoursEntry.creditFor(volunteerClaim, "resident1", NOW), "not confirmed yet");
        cadreClaim.fulfil("走访", 20, NOW);
        wish.fulfilIfAllReported(claims, NOW);
        wish.confirm(claims, "resident1", false, NOW);
        HoursEntry credit = HoursEntry.creditFor(volunteerClaim, "resident1", NOW);
        assertEquals(45, credit.minutes());
        assertEquals("credit:" + volunteerClaim.id(), credit.entryKey(), "one key per claim, so it books once");
        assertThrows(IllegalArgumentException.class, () -> HoursEntry.creditFor(cadreClaim, "resident1", NOW), "cadres log no volunteer hours");
        HoursEntry reversal = credit.reversal("实际只用了30分钟", "zhou.gw", NOW);
        assertEquals(-45, reversal.minutes());
        assertEquals(credit.id(), reversal.reverses());
        assertThrows(IllegalArgumentException.class, () -> reversal.reversal("again", "zhou.gw", NOW));
        HoursEntry corrected = HoursEntry.correction(reversal, 30, "zhou.gw", NOW);
        assertEquals(30, credit.minutes() + reversal.minutes() + corrected.minutes(), "the balance is the right time");
    }

    @Test
    void theStoryIsPublishedOnlyWithConsentAndOnlyOnceConfirmed() {
        Wish wish = wish(true, 1);
        Claim a = claim(wish, Claimer.volunteer(volunteer("李明"), "v1"), false);
        assertThrows(WishRuleException.class, () -> wish.thank("谢谢", null, false));
        a.fulfil("换好了", 45, NOW);
        wish.fulfilIfAllReported(claims, NOW);
        wish.confirm(claims, "resident1", false, NOW);
        assertEquals("story", assertThrows(InvalidInputException.class, () -> wish.thank("谢谢", " ", true)).field());
        wish.thank("谢谢小李", "小李冒雨来换灯泡……", false);
        assertFalse(wish.isStoryPublic());
        wish.thank("谢谢小李", "小李冒雨来换灯泡……", true);
        assertTrue(wish.isStoryPublic());
    }

    @Test
    void theLeaderboardMasksNames() {
        assertEquals("李*", volunteer("李明").maskedName());
        assertEquals("欧**", volunteer("欧阳娜").maskedName());
    }

    @Test
    void claimPeriodsAreSensible() {
        assertEquals("contactWithinDays", assertThrows(InvalidInputException.class, () -> new ClaimPeriods(0, 14)).field());
        assertEquals("fulfilWithinDays", assertThrows(InvalidInputException.class, () -> new ClaimPeriods(5, 3)).field());
    }
}
