package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A demo community (the test platform names 望江社区) starts with something to show on the wish track, the sessions, the fund and evaluation. */
class DemoStoriesIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/wangjiang";

    @Test
    void theDemoCommunityHasWishesAtEveryStageVolunteersAndAffairsInHand() {
        assertThat(api.get(BASE + "/wishes", null).body()).as("open, a group wish among them")
                .contains("辅导作业", "\"claimersWanted\":2");
        assertThat(api.get(BASE + "/wishes?status=CLAIMED", null).body()).contains("常来看看");
        assertThat(api.get(BASE + "/wishes/stories", null).body()).contains("现在做饭亮堂多了");
        JsonNode stars = api.get(BASE + "/volunteers/leaderboard", null).json();
        assertThat(stars).isNotEmpty();
        assertThat(stars.get(0).get("minutes").asInt()).isGreaterThanOrEqualTo(45);
        String staff = api.signIn("wangjiang", "cadre", "demo1234");
        String registry = api.get(BASE + "/volunteers", staff).body();
        assertThat(registry).contains("陈志远", "PENDING", "VERIFIED");
        String library = api.get(BASE + "/demands?limit=100", staff).body();
        assertThat(library).contains("IN_PROGRESS", "RESOLVED", "AT_SESSION", "CONFIRMED");
        assertThat(api.get(BASE + "/ratings/return-visits", staff).body()).as("a 不满意 waits for its return visit").contains("换了以后还是时灵时不灵");
        assertThat(api.get(BASE + "/handling-sessions", staff).body()).as("the next handling session has its agenda")
                .contains("停车位太少", "长椅坏了");
        JsonNode fund = api.get(BASE + "/fund/statement?from=2000-01-01", null).json();
        assertThat(fund.get("subsidyReceivedFen").asLong()).as("the subsidy").isEqualTo(5_000_000);
        assertThat(fund.get("donationsReceivedFen").asLong()).as("the reversed receipt does not count; crowdfunding does")
                .isEqualTo(1_140_000 + 185_000);
        assertThat(fund.get("projects").toString()).contains("楼道照明改造", "儿童游乐角改造");
        JsonNode campaigns = api.get(BASE + "/fund/campaigns", null).json();
        assertThat(campaigns.findValuesAsText("status")).contains("OPEN", "TAKEN");
        assertThat(campaigns.findValues("matchedFen").stream().mapToLong(JsonNode::asLong).sum()).as("the subsidy matched").isEqualTo(60_000 + 75_000);
        assertThat(api.get(BASE + "/projects/public", null).body()).contains("儿童游乐角改造", "楼道照明改造");
        assertThat(fund.get("entries").toString()).contains("爱心敬老冠名基金", "REVERSAL").doesNotContain("一位老党员");
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
        String projects = api.get(BASE + "/projects", staff).body();
        assertThat(projects).contains("DIRECT_FUNDING", "REWARD_IN_LIEU", "GOVERNMENT_PURCHASE", "PUBLIC_VENTURE", "UNDER_WAY", "PROPOSED");
        assertThat(fund.get("committedFen").asLong()).as("the projects and the venture winners, 2,500 and 3,000 yuan").isEqualTo(1_040_000 + 550_000);
        JsonNode ventures = api.get(BASE + "/ventures", null).json();
        assertThat(ventures.findValuesAsText("status")).containsExactlyInAnyOrder("DECIDED", "TAKING_PROPOSALS");
        String decided = ventures.findValues("id").get(ventures.findValuesAsText("status").indexOf("DECIDED")).asText();
        JsonNode board = api.get(BASE + "/ventures/" + decided, null).json().get("proposals");
        assertThat(board.findValuesAsText("title")).containsExactly("四点半课堂", "长者助餐送餐", "独居老人探访");
        assertThat(board.findValuesAsText("outcome")).containsExactly("FUNDED", "FUNDED", "OVER_BUDGET");
        assertThat(board.get(0).get("place").get("combinedScore").decimalValue()).isEqualByComparingTo("83.55");
        assertThat(fund.get("disbursedFen").asLong()).isEqualTo(420_000);

        // Other tests open rounds of their own in this community; the demo's is the one closed.
        java.util.List<JsonNode> closed = java.util.stream.StreamSupport.stream(api.get(BASE + "/evaluation/rounds", staff).json().spliterator(), false)
                .filter(r -> r.get("status").asText().equals("CLOSED") && r.get("title").asText().endsWith("季度社区评议")).toList();
        assertThat(closed).as("this quarter's round, closed").hasSize(1);
        JsonNode published = api.get(BASE + "/evaluation/rounds/" + closed.get(0).get("id").asText() + "/board", null).json();
        assertThat(published.get("ballots").asInt()).as("households signed in and on paper slips").isGreaterThanOrEqualTo(5);
        assertThat(published.get("results").get(0).get("overall").get("participants").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(published.get("ratings").get("total").asInt()).as("the ratings given this quarter").isGreaterThanOrEqualTo(2);
        assertThat(published.get("reentered").findValuesAsText("evidence")).as("the 不满意 not put right re-entered")
                .contains("DISSATISFIED_RATING");
    }
}
