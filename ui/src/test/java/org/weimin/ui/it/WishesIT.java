package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The wish wall: a resident's wish is published, claimed (exactly once when many press at once), fulfilled and confirmed. */
class WishesIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";
    /** A 1×1 PNG, as a phone's photo would be checked: by its bytes. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private String resident;
    private String gridWorker;
    private String cadre;

    @BeforeEach
    void signIn() {
        resident = api.signIn("huanglong", "resident1", "demo1234");
        gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        cadre = api.signIn("huanglong", "cadre", "demo1234");
    }

    @Test
    void aResidentsWishIsClaimedFulfilledConfirmedAndTheVolunteersHoursCountOnce() {
        String need = wishNeed("家里的灯泡坏了，我腿脚不便，想找人帮忙换一下，我是周阿姨，住8-1-1102");
        Api.Reply published = api.post(BASE + "/wishes", gridWorker, Api.json(Map.of("needId", need,
                "text", "独居老人家里的灯泡坏了，想找人帮忙换一下", "shownAs", "周阿姨")));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        String wish = published.json().get("wish").get("id").asText();
        assertThat(api.post(BASE + "/wishes", gridWorker, Api.json(Map.of("needId", need))).status()).as("one wish per need").isEqualTo(409);

        JsonNode wall = api.get(BASE + "/wishes?limit=100", null).json();
        String onTheWall = wall.get("items").toString();
        assertThat(onTheWall).as("read without signing in, without personal data").contains("想找人帮忙换一下", "周阿姨")
                .doesNotContain("8-1-1102");
        JsonNode publicView = api.get(BASE + "/wishes/" + wish, null).json();
        assertThat(publicView.has("reference")).as("the reference is for insiders").isFalse();
        assertThat(publicView.get("wish").get("gridCode").asText()).as("the grid, not the door").isEqualTo("G03");

        String volunteer = verifiedVolunteer("resident2");
        int before = api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asInt();
        Api.Reply claimed = api.post(BASE + "/wishes/" + wish + "/claims", volunteer, "{}");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().get("wish").get("status").asText()).isEqualTo("CLAIMED");
        Api.Reply second = api.post(BASE + "/wishes/" + wish + "/claims", cadre, "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("error").asText()).isEqualTo("already_claimed");

        JsonNode needNow = api.get(BASE + "/demands/" + need, resident).json();
        assertThat(needNow.get("summary").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(needNow.get("timeline").toString()).contains("PUBLISHED_AS_WISH", "CLAIMED", "VOLUNTEER_MUTUAL_AID");

        JsonNode mine = api.get(BASE + "/claims/mine", volunteer).json();
        String claim = mine.get(0).get("id").asText();
        assertThat(mine.get(0).get("wishText").asText()).contains("灯泡");
        assertThat(api.post(BASE + "/claims/" + claim + "/fulfilment", resident,
                Api.json(Map.of("note", "换好了", "minutes", 30))).status()).as("the resident does not report for the claimer").isEqualTo(404);
        assertThat(api.post(BASE + "/claims/" + claim + "/contact", volunteer, "").status()).isEqualTo(200);
        assertThat(api.upload(BASE + "/claims/" + claim + "/photos", volunteer, PNG).status()).isEqualTo(201);
        assertThat(api.upload(BASE + "/claims/" + claim + "/photos", volunteer, "not a picture".getBytes()).json().get("field").asText())
                .isEqualTo("photo");
        JsonNode fulfilled = api.post(BASE + "/claims/" + claim + "/fulfilment", volunteer,
                Api.json(Map.of("note", "换上了新的LED灯泡，顺便检查了开关", "minutes", 45))).json();
        assertThat(fulfilled.get("wish").get("status").asText()).isEqualTo("FULFILLED");
        assertThat(api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asInt())
                .as("hours count once the resident confirms").isEqualTo(before);

        JsonNode resolved = api.get(BASE + "/demands/" + need, resident).json();
        assertThat(resolved.get("summary").get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.toString()).contains("换上了新的LED灯泡");
        JsonNode seenByResident = api.get(BASE + "/wishes/" + wish, resident).json();
        assertThat(seenByResident.get("photoIds")).hasSize(1);
        String photo = seenByResident.get("photoIds").get(0).asText();
        assertThat(api.get(BASE + "/wishes/" + wish + "/photos/" + photo, resident).raw().headers().firstValue("Content-Type"))
                .hasValue("image/png");
        assertThat(api.get(BASE + "/wishes/" + wish + "/photos/" + photo, api.signIn("huanglong", "resident3", "demo1234")).status())
                .as("proof photos are for the resident, claimers and staff").isEqualTo(404);

        assertThat(api.post(BASE + "/demands/" + need + "/confirm", resident, "").status()).isEqualTo(200);
        assertThat(api.get(BASE + "/wishes/" + wish, null).json().get("wish").get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode record = api.get(BASE + "/volunteers/me", volunteer).json();
        assertThat(record.get("volunteer").get("minutes").asInt()).isEqualTo(before + 45);
        assertThat(record.get("lines").get(0).get("wishText").asText()).contains("灯泡");
        assertThat(api.post(BASE + "/wishes/" + wish + "/confirmation", gridWorker, "").status()).as("confirmed once").isEqualTo(409);
        assertThat(api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asInt()).isEqualTo(before + 45);

        assertThat(api.post(BASE + "/wishes/" + wish + "/thanks", volunteer, Api.json(Map.of("thanks", "不客气"))).status())
                .as("only the resident thanks").isEqualTo(403);
        assertThat(api.post(BASE + "/wishes/" + wish + "/thanks", resident, Api.json(Map.of("thanks", "谢谢小谢",
                "story", "小谢下班后专门来给我换了灯泡，屋里又亮堂了。", "publishStory", true))).status()).isEqualTo(200);
        assertThat(api.get(BASE + "/wishes/stories", null).body()).contains("屋里又亮堂了", "谢**").doesNotContain("谢桂英");
        assertThat(api.get(BASE + "/wishes/" + wish, null).body()).as("the public reads a volunteer's masked name").doesNotContain("谢桂英");
        assertThat(api.get(BASE + "/volunteers/leaderboard", null).body()).as("names masked").contains("谢**").doesNotContain("谢桂英");
    }

    @Test
    void exactlyOneOfFiftyClaimersPressingAtOnceWinsAndTheOthersAreToldItIsClaimed() throws Exception {
        String wish = publish(wishNeed("想请人陪我去医院复查，子女不在身边"), 1);
        List<String> volunteers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            volunteers.add(api.post(BASE + "/volunteers", gridWorker, Api.json(Map.of("name", "志愿者" + UUID.randomUUID().toString().substring(0, 6),
                    "phone", "1380000" + String.format("%04d", i), "skills", List.of("陪诊")))).json().get("id").asText());
        }
        List<Integer> answers = race(volunteers.stream().<Callable<Api.Reply>>map(v -> () -> api.post(BASE + "/wishes/" + wish + "/assignments",
                gridWorker, Api.json(Map.of("kind", "VOLUNTEER", "id", v)))).toList());
        assertThat(answers).filteredOn(s -> s == 201).hasSize(1);
        assertThat(answers).filteredOn(s -> s == 409).hasSize(49);
        JsonNode detail = api.get(BASE + "/wishes/" + wish, gridWorker).json();
        assertThat(detail.get("claims")).hasSize(1);
        assertThat(detail.get("wish").get("placesTaken").asInt()).isEqualTo(1);

        String group = publish(wishNeed("社区老人想学用智能手机，希望有人来教"), 3);
        List<Integer> groupAnswers = race(volunteers.subList(0, 20).stream().<Callable<Api.Reply>>map(v -> () -> api.post(
                BASE + "/wishes/" + group + "/assignments", gridWorker, Api.json(Map.of("kind", "VOLUNTEER", "id", v)))).toList());
        assertThat(groupAnswers).as("a group wish takes exactly its places").filteredOn(s -> s == 201).hasSize(3);
        assertThat(api.get(BASE + "/wishes/" + group, null).json().get("wish").get("status").asText()).isEqualTo("CLAIMED");
    }

    @Test
    void aClaimGivenBackOrReleasedOpensTheWishAgainWithTheReasonOnTheTimeline() {
        String need = wishNeed("想要一台旧轮椅，老伴出院后要用");
        String wish = publish(need, 1);
        String merchant = approvedMerchant();
        JsonNode given = api.post(BASE + "/wishes/" + wish + "/assignments", gridWorker,
                Api.json(Map.of("kind", "ORGANIZATION", "id", merchant))).json();
        assertThat(given.get("claims").get(0).get("mode").asText()).as("the mode follows the claimer's type")
                .isEqualTo("MERCHANT_RESIDENT_LINKAGE");
        String claim = given.get("claims").get(0).get("id").asText();
        assertThat(api.post(BASE + "/claims/" + claim + "/release", gridWorker, Api.json(Map.of("reason", " "))).json().get("field").asText())
                .isEqualTo("reason");
        JsonNode released = api.post(BASE + "/claims/" + claim + "/release", gridWorker, Api.json(Map.of("reason", "超市暂时没有轮椅"))).json();
        assertThat(released.get("wish").get("status").asText()).isEqualTo("OPEN");
        assertThat(api.get(BASE + "/demands/" + need, resident).json().get("timeline").toString()).contains("CLAIM_ENDED", "RELEASED", "超市暂时没有轮椅");

        String volunteer = verifiedVolunteer("resident2");
        String again = api.post(BASE + "/wishes/" + wish + "/claims", volunteer, "{}").json().get("claims").get(1).get("id").asText();
        JsonNode withdrawn = api.post(BASE + "/claims/" + again + "/withdrawal", volunteer, Api.json(Map.of("reason", "临时出差"))).json();
        assertThat(withdrawn.get("wish").get("status").asText()).isEqualTo("OPEN");
        assertThat(api.post(BASE + "/claims/" + again + "/withdrawal", volunteer, Api.json(Map.of("reason", "再退一次"))).status()).isEqualTo(409);
    }

    @Test
    void aClaimNobodyActedOnInTimeLapsesBackToTheWallByItselfAndItsResidentReadsWhy() throws Exception {
        String need = wishNeed("想请人陪我去社区医院量血压");
        String wish = publish(need, 1);
        String volunteer = verifiedVolunteer("resident2");
        assertThat(api.post(BASE + "/wishes/" + wish + "/claims", volunteer, "{}").status()).isEqualTo(201);
        String claim = claimOf(volunteer, wish).get("id").asText();
        assertThat(api.get(BASE + "/wishes/" + wish, gridWorker).json().get("wish").get("status").asText()).isEqualTo("CLAIMED");

        String missedContact = "update wish_claim set contact_by = ? where id = ?";
        assertThat(StoredRows.update("huanglong", missedContact, java.time.OffsetDateTime.now().minusMinutes(1), UUID.fromString(claim)))
                .isEqualTo(1);
        long until = System.nanoTime() + 30_000_000_000L;
        while (!claimOf(volunteer, wish).get("status").asText().equals("LAPSED") && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertThat(claimOf(volunteer, wish).get("status").asText()).as("the claimer reads it on their claims").isEqualTo("LAPSED");
        assertThat(api.get(BASE + "/wishes/" + wish, gridWorker).json().get("wish").get("status").asText()).as("back on the wall").isEqualTo("OPEN");
        assertThat(api.get(BASE + "/demands/" + need, resident).json().get("timeline").toString()).contains("CLAIM_ENDED", "LAPSED");
        assertThat(api.post(BASE + "/wishes/" + wish + "/claims", cadre, "{}").status()).as("someone else may claim it now (a cadre pairs with it)")
                .isEqualTo(201);
    }

    private JsonNode claimOf(String volunteer, String wish) {
        for (JsonNode mine : api.get(BASE + "/claims/mine", volunteer).json()) {
            if (mine.get("wishId").asText().equals(wish)) {
                return mine;
            }
        }
        throw new AssertionError("no claim on " + wish);
    }

    @Test
    void aVolunteerClaimsInTheNameOfTheirTeamAndOnlyTheirOwn() {
        String merchant = approvedMerchant();
        Api.Reply formed = api.post(BASE + "/volunteers/teams", cadre, Api.json(Map.of("organizationId", merchant,
                "name", "便利店志愿服务队 " + UUID.randomUUID().toString().substring(0, 4))));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String team = formed.json().get("id").asText();
        String teamName = formed.json().get("name").asText();
        assertThat(field(api.post(BASE + "/volunteers/teams", cadre, Api.json(Map.of("organizationId", "x", "name", "队"))))).isEqualTo("organizationId");
        String member = verifiedVolunteer("resident2");
        String memberId = api.get(BASE + "/volunteers/me", member).json().get("volunteer").get("id").asText();
        assertThat(api.put(BASE + "/volunteers/" + memberId + "/team", gridWorker, Api.json(Map.of("teamId", team))).status()).isEqualTo(200);
        String wish = publish(wishNeed("想请人帮忙把一袋米搬上五楼"), 1);
        String otherTeam = api.post(BASE + "/volunteers/teams", cadre, Api.json(Map.of("organizationId", merchant,
                "name", "另一支服务队 " + UUID.randomUUID().toString().substring(0, 4)))).json().get("id").asText();
        assertThat(field(api.post(BASE + "/wishes/" + wish + "/claims", member, Api.json(Map.of("teamId", otherTeam)))))
                .as("only for one's own team").isEqualTo("teamId");
        JsonNode claimed = api.post(BASE + "/wishes/" + wish + "/claims", member, Api.json(Map.of("teamId", team))).json();
        assertThat(claimed.get("claims").get(0).get("claimerKind").asText()).isEqualTo("TEAM");
        assertThat(claimed.get("claims").get(0).get("claimerName").asText()).isEqualTo(teamName);
        assertThat(claimed.get("claims").get(0).get("mode").asText()).isEqualTo("VOLUNTEER_MUTUAL_AID");
        assertThat(api.get(BASE + "/volunteers/teams", gridWorker).body()).contains(teamName);
        api.put(BASE + "/volunteers/" + memberId + "/team", gridWorker, "{}");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingChanges() {
        assertThat(field(api.post(BASE + "/wishes", gridWorker, "{}"))).isEqualTo("needId");
        String affair = need("楼道灯坏了");
        api.post(BASE + "/demands/" + affair + "/classify", gridWorker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        assertThat(field(api.post(BASE + "/wishes", gridWorker, Api.json(Map.of("needId", affair))))).as("only wishes go on the wall").isEqualTo("kind");
        String need = wishNeed("想要几本大字版的书");
        assertThat(field(api.post(BASE + "/wishes", gridWorker, Api.json(Map.of("needId", need, "claimersWanted", 0))))).isEqualTo("claimersWanted");
        assertThat(api.post(BASE + "/wishes", resident, Api.json(Map.of("needId", need))).status()).as("staff publish").isEqualTo(403);
        assertThat(api.get(BASE + "/wishes?limit=100", null).body()).doesNotContain("大字版");
        String wish = publish(need, 1);
        assertThat(field(api.post(BASE + "/wishes/" + wish + "/assignments", gridWorker, Api.json(Map.of("kind", "FRIEND"))))).isEqualTo("kind");
        assertThat(field(api.post(BASE + "/wishes/" + wish + "/assignments", gridWorker, Api.json(Map.of("kind", "VOLUNTEER", "id", "x"))))).isEqualTo("id");
        assertThat(field(api.post(BASE + "/wishes/" + wish + "/assignments", gridWorker, Api.json(Map.of("kind", "CADRE", "username", "zhou.gw")))))
                .as("a grid worker is not a cadre").isEqualTo("username");
        assertThat(api.post(BASE + "/wishes/" + wish + "/claims", resident, "{}").status()).as("a resident does not claim their own wish").isEqualTo(400);
        String stranger = api.signIn("huanglong", "resident4", "demo1234");
        assertThat(field(api.post(BASE + "/volunteers/sign-up", stranger, Api.json(Map.of("phone", "abc"))))).isEqualTo("phone");
        assertThat(field(api.post(BASE + "/volunteers/sign-up", stranger, Api.json(Map.of("phone", "13812345678", "grids", List.of("G99"))))))
                .isEqualTo("grids");
        Api.Reply notVerified = api.post(BASE + "/wishes/" + wish + "/claims", signedUp("resident3"), "{}");
        assertThat(notVerified.status()).isEqualTo(409);
        assertThat(notVerified.json().get("error").asText()).isEqualTo("not_verified");
        String claim = api.post(BASE + "/wishes/" + wish + "/claims", cadre, "{}").json().get("claims").get(0).get("id").asText();
        assertThat(field(api.post(BASE + "/claims/" + claim + "/fulfilment", cadre, Api.json(Map.of("note", "送到了", "minutes", -1))))).isEqualTo("minutes");
        assertThat(field(api.post(BASE + "/claims/" + claim + "/fulfilment", cadre, Api.json(Map.of("note", "", "minutes", 10))))).isEqualTo("note");
        assertThat(api.get(BASE + "/wishes/" + wish, cadre).json().get("wish").get("status").asText()).isEqualTo("CLAIMED");
        assertThat(field(api.put(BASE + "/wishes/claim-periods", cadre, Api.json(Map.of("contactWithinDays", 0, "fulfilWithinDays", 14)))))
                .isEqualTo("contactWithinDays");
        assertThat(api.put(BASE + "/wishes/claim-periods", gridWorker, Api.json(Map.of("contactWithinDays", 2, "fulfilWithinDays", 10))).status())
                .isEqualTo(403);
        assertThat(api.get(BASE + "/wishes/not-an-id", null).status()).isEqualTo(404);
    }

    @Test
    void anotherCommunityNeitherSeesNorTouchesTheWishesOfThisOne() {
        String need = wishNeed("想找人帮忙修一下收音机");
        String hidden = api.post(BASE + "/wishes", gridWorker, Api.json(Map.of("needId", need, "onWall", false))).json().get("wish").get("id").asText();
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get(BASE + "/wishes/" + hidden, gridWorker).status()).isEqualTo(200);
        assertThat(api.get(BASE + "/wishes/" + hidden, daguanCadre).status()).as("a private wish").isEqualTo(404);
        assertThat(api.get(BASE + "/wishes/" + hidden, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/wishes/" + hidden, daguanCadre).status()).as("under another community's address").isEqualTo(404);
        assertThat(api.post(BASE + "/wishes/" + hidden + "/claims", daguanCadre, "{}").status()).isEqualTo(404);
        assertThat(api.post(BASE + "/wishes", daguanCadre, Api.json(Map.of("needId", wishNeed("想学剪纸")))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/claims/mine", daguanCadre).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/volunteers", daguanCadre).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/wishes?limit=100", null).body()).doesNotContain("收音机");
        assertThat(api.get("/api/v1/t/nowhere/wishes", null).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/wishes?limit=100", null).body()).as("kept off the wall").doesNotContain("收音机");
    }

    @Test
    void anotherCommunityNeitherReadsNorChangesThisCommunitysVolunteers() {
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        Api.Reply outsider = api.post(BASE + "/volunteers", gridWorker, Api.json(Map.of("name", "钱志远", "phone", "13900002222",
                "skills", List.of("电工"), "availability", "周末", "grids", List.of("G01"))));
        assertThat(outsider.status()).as(outsider.body()).isEqualTo(201);
        String volunteer = outsider.json().get("id").asText();
        String organization = approvedMerchant();
        String team = api.post(BASE + "/volunteers/teams", gridWorker, Api.json(Map.of("organizationId", organization, "name", "便利店志愿队")))
                .json().get("id").asText();
        String theirs = "/api/v1/t/daguan/volunteers";
        String nowhere = "/api/v1/t/nowhere/volunteers";

        for (String base : List.of(BASE + "/volunteers", theirs)) {
            assertThat(api.post(base + "/" + volunteer + "/verification", daguanCadre, "").status()).as(base).isEqualTo(404);
            assertThat(api.post(base + "/" + volunteer + "/rejection", daguanCadre, Api.json(Map.of("reason", "x"))).status()).as(base)
                    .isEqualTo(404);
            assertThat(api.put(base + "/" + volunteer + "/team", daguanCadre, Api.json(Map.of("teamId", team))).status()).as(base)
                    .isEqualTo(404);
        }
        assertThat(api.get(BASE + "/volunteers/teams", daguanCadre).status()).isEqualTo(404);
        assertThat(api.get(theirs + "/teams", daguanCadre).body()).doesNotContain("便利店志愿队");
        assertThat(api.post(theirs + "/teams", daguanCadre, Api.json(Map.of("organizationId", organization, "name", "借来的队"))).status())
                .as("another community's organisation is unknown here").isIn(400, 404);
        assertThat(api.get(theirs, daguanCadre).body()).doesNotContain("钱志远");
        assertThat(api.get(BASE + "/volunteers/leaderboard", null).status()).isEqualTo(200);
        assertThat(api.get(nowhere + "/leaderboard", null).status()).isEqualTo(404);
        assertThat(api.post(BASE + "/volunteers/sign-up", daguanCadre, Api.json(Map.of("phone", "13900003333"))).status()).isEqualTo(404);
        assertThat(api.put(BASE + "/volunteers/me/leaderboard", daguanCadre, Api.json(Map.of("shown", false))).status()).isEqualTo(404);
        assertThat(api.post(BASE + "/volunteers/hours/" + UUID.randomUUID() + "/correction", daguanCadre,
                Api.json(Map.of("minutes", 10, "reason", "x"))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/volunteers/" + volunteer + "/hours", daguanCadre).status()).isEqualTo(404);
        assertThat(api.get(theirs + "/" + volunteer + "/hours", daguanCadre).status()).as("a volunteer of another community").isEqualTo(404);
        assertThat(api.get(BASE + "/volunteers/" + volunteer + "/hours", gridWorker).json().get("volunteer").get("name").asText())
                .isEqualTo("钱志远");
        assertThat(api.get(BASE + "/volunteers/not-an-id/hours", gridWorker).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/volunteers/" + volunteer + "/hours", api.signIn("huanglong", "resident3", "demo1234")).status())
                .as("only staff read another person's hours").isEqualTo(403);
        assertThat(api.get(BASE + "/wishes/claim-periods", daguanCadre).status()).isEqualTo(404);
        assertThat(api.put(BASE + "/wishes/claim-periods", daguanCadre, Api.json(Map.of("contactWithinDays", 1, "fulfilWithinDays", 2)))
                .status()).isEqualTo(404);

        JsonNode registry = api.get(BASE + "/volunteers", gridWorker).json();
        assertThat(registry.toString()).as("nothing changed here").contains("钱志远");
        for (JsonNode line : registry) {
            if (line.get("id").asText().equals(volunteer)) {
                assertThat(line.get("status").asText()).isEqualTo("VERIFIED");
                assertThat(line.hasNonNull("teamId")).isFalse();
            }
        }
        assertThat(api.get(BASE + "/wishes/claim-periods", cadre).json().get("contactWithinDays").asInt()).isNotEqualTo(1);
    }

    @Test
    void anHoursCorrectionReversesTheEntryAndCreditsTheRightMinutesOnlyInItsOwnCommunity() {
        String need = wishNeed("想请人帮忙把旧报纸搬下楼");
        String wish = publish(need, 1);
        String volunteer = verifiedVolunteer("resident2");
        assertThat(api.post(BASE + "/wishes/" + wish + "/claims", volunteer, "{}").status()).isEqualTo(201);
        String claim = null;
        for (JsonNode mine : api.get(BASE + "/claims/mine", volunteer).json()) {
            if (mine.get("wishId").asText().equals(wish)) {
                claim = mine.get("id").asText();
            }
        }
        assertThat(api.post(BASE + "/claims/" + claim + "/fulfilment", volunteer, Api.json(Map.of("note", "搬好了", "minutes", 300))).status())
                .isEqualTo(200);
        assertThat(api.post(BASE + "/wishes/" + wish + "/confirmation", gridWorker, "").status()).isEqualTo(200);
        JsonNode record = api.get(BASE + "/volunteers/me", volunteer).json();
        long before = record.get("volunteer").get("minutes").asLong();
        String entry = null;
        for (JsonNode line : record.get("lines")) {
            if (line.get("wishId").asText().equals(wish)) {
                entry = line.get("id").asText();
            }
        }

        assertThat(field(api.post(BASE + "/volunteers/hours/" + entry + "/correction", gridWorker, Api.json(Map.of("minutes", -5, "reason", "x")))))
                .isEqualTo("minutes");
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.post("/api/v1/t/daguan/volunteers/hours/" + entry + "/correction", daguanCadre,
                Api.json(Map.of("minutes", 600, "reason", "x"))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asLong()).isEqualTo(before);

        Api.Reply corrected = api.post(BASE + "/volunteers/hours/" + entry + "/correction", gridWorker,
                Api.json(Map.of("minutes", 30, "reason", "多写了一个零")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode after = api.get(BASE + "/volunteers/me", volunteer).json();
        assertThat(after.get("volunteer").get("minutes").asLong()).isEqualTo(before - 270);
        assertThat(after.get("lines").toString()).as("the old line stays, reversed").contains("多写了一个零");
    }

    private static List<Integer> race(List<Callable<Api.Reply>> presses) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(presses.size());
        try {
            List<Future<Api.Reply>> replies = pool.invokeAll(presses);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply answer = reply.get();
                if (answer.status() == 409) {
                    assertThat(answer.json().get("error").asText()).isEqualTo("already_claimed");
                }
                statuses.add(answer.status());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String publish(String need, int places) {
        Api.Reply published = api.post(BASE + "/wishes", gridWorker, Api.json(Map.of("needId", need, "claimersWanted", places)));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json().get("wish").get("id").asText();
    }

    /** A resident's need, triaged by staff as a micro-wish; its id. */
    private String wishNeed(String text) {
        String id = need(text);
        Api.Reply classified = api.post(BASE + "/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "WISH", "category", "ELDERLY")));
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);
        return id;
    }

    private String need(String text) {
        Api.Reply submitted = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text + " " + UUID.randomUUID()))));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String reference = submitted.json().get("created").get(0).asText();
        return api.get(BASE + "/demands?q=" + reference, gridWorker).json().get("items").get(0).get("id").asText();
    }

    /** A resident signed up as a volunteer (once; the shared platform keeps them between tests); their token. */
    private String signedUp(String username) {
        String token = api.signIn("huanglong", username, "demo1234");
        Api.Reply signUp = api.post(BASE + "/volunteers/sign-up", token, Api.json(Map.of("phone", "13900001111",
                "skills", List.of("跑腿", "维修"), "availability", "工作日晚上", "grids", List.of("G03"))));
        assertThat(signUp.status()).as(signUp.body()).isIn(201, 409);
        return token;
    }

    private String verifiedVolunteer(String username) {
        String token = signedUp(username);
        JsonNode me = api.get(BASE + "/volunteers/me", token).json().get("volunteer");
        if (me.get("status").asText().equals("PENDING")) {
            assertThat(api.post(BASE + "/volunteers/" + me.get("id").asText() + "/verification", gridWorker, "").status()).isEqualTo(200);
        }
        return token;
    }

    /** A merchant (商户) newly registered and approved; its id. */
    private String approvedMerchant() {
        Api.Reply created = api.post(BASE + "/organizations", cadre, Api.json(Map.of("typeId", "org-type.merchant",
                "name", "好邻居便利店" + UUID.randomUUID().toString().substring(0, 4), "attributes", Map.of("businessLicence", "91330106MA2B",
                        "businessType", "grocery", "offer", "老人购物送货上门", "address", "黄龙路5号", "contactName", "王店长",
                        "contactPhone", "13700001234"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        if (created.json().get("status").asText().equals("PENDING_APPROVAL")) {
            assertThat(api.post(BASE + "/organizations/" + id + "/approve", cadre, "").status()).isEqualTo(200);
        }
        return id;
    }
}
