package org.weimin.demo.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.weimin.affair.application.HandlingSessions;
import org.weimin.demand.application.AnswerMyNeed;
import org.weimin.demand.application.FollowNeeds;
import org.weimin.demand.application.HandleNeed;
import org.weimin.demand.application.RecordNeeds;
import org.weimin.demand.application.Submitter;
import org.weimin.demand.application.TriageNeeds;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandOrder;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.evaluation.application.RateNeeds;
import org.weimin.evaluation.model.Satisfaction;
import org.weimin.fund.application.CampaignDonations;
import org.weimin.fund.application.FundCorrections;
import org.weimin.fund.application.FundIncome;
import org.weimin.fund.application.FundViews;
import org.weimin.fund.application.MatchSettings;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.MatchRules;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.Credentials;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.project.application.ProjectCrowdfunding;
import org.weimin.project.application.ProjectDecisions;
import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.Projects;
import org.weimin.project.model.FundingMode;
import org.weimin.project.model.ProjectPlan;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.application.ActOnClaims;
import org.weimin.wish.application.ClaimWishes;
import org.weimin.wish.application.ConfirmWishes;
import org.weimin.wish.application.PublishWishes;
import org.weimin.wish.application.Volunteers;
import org.weimin.wish.application.WishWall;
import org.weimin.wish.model.ClaimerKind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a demo community has to show on its first start: residents' needs at every stage, wishes on the wall (one
 * claimed by a cadre, one fulfilled by a volunteer and confirmed with a published story, a group wish with places
 * free), volunteers verified and waiting, affairs being handled and two on the next handling session's agenda, and a fund
 * with its first subsidy, a named fund, donations of each kind and a reversed entry, projects in each funding mode, crowdfunding matched by the subsidy, venture calls (one decided, one taking proposals), residents' ratings of needs done (one 不满意 waiting for its return visit), and this quarter's evaluation round closed, its board published. Everything goes through the same use cases
 * people use, as the community's own demo accounts, so the demo shows nothing the platform would not do.
 */
@ApplicationScoped
public class DemoStories {

    static final String CHANNEL = "intake.resident-portal";

    @Inject
    Credentials credentials;

    @Inject
    RecordNeeds record;

    @Inject
    FollowNeeds follow;

    @Inject
    TriageNeeds triage;

    @Inject
    HandleNeed handle;

    @Inject
    AnswerMyNeed answers;

    @Inject
    PublishWishes publishing;

    @Inject
    Volunteers volunteers;

    @Inject
    ClaimWishes claiming;

    @Inject
    ActOnClaims claims;

    @Inject
    ConfirmWishes confirming;

    @Inject
    WishWall wall;

    @Inject
    HandlingSessions sessions;

    @Inject
    CommunityAdministration communities;

    @Inject
    FundIncome income;

    @Inject
    FundCorrections corrections;

    @Inject
    Projects projects;

    @Inject
    ProjectDecisions decisions;

    @Inject
    MatchSettings matching;

    @Inject
    ProjectCrowdfunding crowdfunding;

    @Inject
    CampaignDonations campaignDonations;

    @Inject
    DemoVentures ventures;

    @Inject
    DemoRounds evaluation;

    @Inject
    RateNeeds rating;

    /** The people a community's demo is acted by: its cadre, a grid worker and four residents. */
    record Cast(Caller cadre, Caller gridWorker, List<Caller> residents) {
    }

    /** @return whether it told the stories (false when the community already has needs, or lacks the demo accounts) */
    public boolean tell(CommunityId community) {
        Caller cadre = caller(community, "cadre");
        if (cadre == null || follow.count(community, cadre, everything()) > 0) {
            return false;
        }
        CommunityPeople.Person worker = handle.colleagues(community, cadre).stream()
                .filter(p -> p.roles().contains(Role.GRID_WORKER)).findFirst().orElse(null);
        List<Caller> residents = List.of("resident1", "resident2", "resident3", "resident4").stream()
                .map(u -> caller(community, u)).toList();
        if (worker == null || residents.contains(null)) {
            return false;
        }
        Cast cast = new Cast(cadre, caller(community, worker.username()), residents);
        wishes(community, cast);
        affairs(community, cast);
        fund(community, cast);
        evaluation.tell(community, cadre, residents, LocalDate.now(communities.find(community.value()).orElseThrow().timeZone()));
        return true;
    }

    private void wishes(CommunityId community, Cast cast) {
        Caller helper = cast.residents().get(1);
        volunteers.signUp(community, helper, new Volunteers.Registration(null, "139****2288", List.of("维修", "跑腿"), "工作日晚上、周末", List.of()));
        UUID helperId = volunteers.list(community, cast.gridWorker()).stream().filter(v -> v.name().equals(helper.displayName()))
                .findFirst().orElseThrow().id();
        volunteers.verify(community, cast.gridWorker(), helperId);
        volunteers.register(community, cast.gridWorker(), new Volunteers.Registration("陈志远", "137****5120", List.of("陪诊", "理发"),
                "每周三上午", List.of()));
        volunteers.signUp(community, cast.residents().get(2), new Volunteers.Registration(null, "138****7731", List.of("辅导功课"),
                "周末下午", List.of()));

        Caller resident = cast.residents().get(0);
        UUID bulb = wish(community, cast, resident, "家里厨房的灯坏了好几天，我腿脚不好爬不了梯子，想请人帮忙换个灯泡",
                "独居老人家里厨房的灯坏了，想请人帮忙换个灯泡", 1);
        UUID claim = claiming.claim(community, helper, bulb, null).claims().get(0).id();
        claims.contacted(community, helper, claim);
        claims.fulfil(community, helper, claim, "换上了新的LED灯泡，顺便检查了开关和线路", 45);
        UUID bulbNeed = wall.wish(community, resident, bulb).demandId();
        answers.confirm(community, resident, bulbNeed);
        rating.rate(community, resident, bulbNeed, Satisfaction.SATISFIED, "志愿者很热心，换得又快又好");
        confirming.thank(community, resident, bulb, "谢谢小伙子，麻烦你了！",
                "晚上下班后志愿者专门上门，不到一个小时就把厨房的灯换好了，还帮我看了看电线。现在做饭亮堂多了。", true);

        UUID visit = wish(community, cast, cast.residents().get(3), "老伴住院了，我一个人在家心里没底，希望社区有人能常来看看我",
                "老人独自在家，希望有人常来看看、聊聊天", 1);
        claiming.claim(community, cast.cadre(), visit, null);

        wish(community, cast, cast.residents().get(2), "孩子放学后没人辅导作业，希望有志愿者周末能帮忙辅导一下",
                "双职工家庭的孩子希望周末有人辅导作业", 2);
        UUID wheelchair = wish(community, cast, cast.residents().get(0), "想借一辆轮椅，带老伴去医院复查用两周",
                "想借一辆轮椅用两周，带家人去医院复查", 1);
        claiming.candidates(community, cast.gridWorker()).stream().filter(c -> c.kind() == ClaimerKind.ORGANIZATION).findFirst()
                .ifPresent(organization -> claiming.assign(community, cast.gridWorker(), wheelchair,
                        new ClaimWishes.Assignment(ClaimerKind.ORGANIZATION, organization.id(), null, null, null)));
    }

    private void affairs(CommunityId community, Cast cast) {
        UUID lamp = raise(community, cast.residents().get(1), "小区北门的路灯坏了，晚上回家很黑，老人容易摔倒", true);
        triage.classify(community, cast.gridWorker(), lamp, DemandKind.AFFAIR, ServiceCategory.SAFETY, null);
        handle.accept(community, cast.gridWorker(), lamp, null);
        handle.start(community, cast.gridWorker(), lamp);
        UUID bins = raise(community, cast.residents().get(3), "垃圾分类桶满了没人清运，味道很大", true);
        triage.classify(community, cast.gridWorker(), bins, DemandKind.AFFAIR, ServiceCategory.ENVIRONMENT, null);
        handle.accept(community, cast.gridWorker(), bins, null);
        handle.resolve(community, cast.gridWorker(), bins, "已联系物业增加清运频次，改为每天早晚各一次");
        Caller upstairs = cast.residents().get(1);
        UUID stairLight = raise(community, upstairs, "3号楼楼道的声控灯不灵，晚上要跺好几下脚才亮", false);
        triage.classify(community, cast.gridWorker(), stairLight, DemandKind.AFFAIR, ServiceCategory.FACILITIES, null);
        handle.accept(community, cast.gridWorker(), stairLight, null);
        handle.resolve(community, cast.gridWorker(), stairLight, "已更换三楼到六楼的声控开关");
        answers.confirm(community, upstairs, stairLight);
        rating.rate(community, upstairs, stairLight, Satisfaction.DISSATISFIED, "换了以后还是时灵时不灵");
        ZoneId zone = communities.find(community.value()).orElseThrow().timeZone();
        LocalDate nextTuesday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        sessions.setCadence(community, cast.cadre(), nextTuesday, 2, LocalTime.of(14, 30), "社区党群服务中心二楼会议室");
        UUID parking = raise(community, cast.residents().get(2), "楼下停车位太少，晚上经常停不进去，希望能规划一下", true);
        triage.classify(community, cast.gridWorker(), parking, DemandKind.AFFAIR, ServiceCategory.PARKING, null);
        sessions.schedule(community, cast.gridWorker(), parking);
        UUID benches = raise(community, cast.residents().get(0), "小花园的长椅坏了两张，老人没地方坐", false);
        triage.classify(community, cast.gridWorker(), benches, DemandKind.AFFAIR, ServiceCategory.FACILITIES, null);
        sessions.schedule(community, cast.gridWorker(), benches);
    }

    /** The fund's first year: the subsidy, a named fund, donations of each kind, and a wrong receipt reversed. */
    private void fund(CommunityId community, Cast cast) {
        income.recordSubsidy(community, cast.cadre(), 5_000_000, "西财〔2026〕12号", "2026年度社区微基金补贴");
        FundViews.Account named = income.openNamedFund(community, cast.cadre(), "爱心敬老冠名基金");
        income.recordDonation(community, cast.gridWorker(), new FundIncome.DonationReceipt(1_000_000, "周记便利店", false,
                DonationMethod.BANK_TRANSFER, "YH-20261103-01", null, named.id()));
        income.recordDonation(community, cast.gridWorker(), new FundIncome.DonationReceipt(20_000, "一位老党员", true, DonationMethod.CASH,
                "XJ-20261105-07", null, null));
        FundViews.Entry rice = income.recordDonation(community, cast.gridWorker(), new FundIncome.DonationReceipt(160_000, "惠民粮油店", false,
                DonationMethod.GOODS, "WZ-20261110-02", "大米40袋（每袋10斤）", null));
        corrections.reverse(community, cast.cadre(), rice.id(), "收据上的金额写错，按正确金额重新登记");
        income.recordDonation(community, cast.gridWorker(), new FundIncome.DonationReceipt(120_000, "惠民粮油店", false, DonationMethod.GOODS,
                "WZ-20261110-03", "大米40袋（每袋10斤）", null));
        projectsInEachMode(community, cast, named.id());
        crowdfunding(community, cast);
        ventures.tell(community, cast.cadre(), cast.gridWorker(), cast.residents(), username -> caller(community, username));
    }

    /** The subsidy matching 1:1 up to 500 yuan a donation, with a grant at half the target: one campaign funded and approved, one still raising. */
    private void crowdfunding(CommunityId community, Cast cast) {
        matching.change(community, cast.cadre(), MatchRules.of(1, 1, 50_000L, null, null, 100_000, 50, 0));
        LocalDate today = LocalDate.now(communities.find(community.value()).orElseThrow().timeZone());
        ProjectViews.Detail lights = projects.propose(community, cast.gridWorker(), new ProjectPlan("楼道照明改造", "老楼楼道换上感应灯，晚上回家不摸黑",
                "1至4号楼住户", FundingMode.DIRECT_FUNDING, null, null, null, List.of(new ProjectPlan.Line("感应灯及安装", 200_000)),
                List.of(new ProjectPlan.Step("感应灯安装", "四栋楼的楼道灯全部换好", "每层都亮", today.plusWeeks(4), 200_000))));
        UUID lightsCampaign = crowdfunding.open(community, cast.cadre(), lights.id(), new ProjectCrowdfunding.Opening(200_000, today.plusDays(30)))
                .crowdfunding().id();
        give(community, cast, lightsCampaign, 40_000, "周雅琴", false, "ZC-20261115-01");
        give(community, cast, lightsCampaign, 20_000, "一位居民", true, "ZC-20261116-02");
        decisions.approve(community, cast.cadre(), lights.id(), "众筹已筹满", null);
        ProjectViews.Detail corner = projects.propose(community, cast.gridWorker(), new ProjectPlan("儿童游乐角改造", "给小区孩子一个安全的游乐角",
                "小区里的孩子和家长", FundingMode.DIRECT_FUNDING, null, null, null, List.of(new ProjectPlan.Line("软垫地面和游乐设施", 800_000)),
                List.of(new ProjectPlan.Step("地面和设施", "软垫地面铺好、设施装好", "通过安全检查", today.plusMonths(2), 800_000))));
        UUID cornerCampaign = crowdfunding.open(community, cast.cadre(), corner.id(), new ProjectCrowdfunding.Opening(400_000, today.plusDays(30)))
                .crowdfunding().id();
        give(community, cast, cornerCampaign, 100_000, "周记便利店", false, "ZC-20261120-01");
        give(community, cast, cornerCampaign, 20_000, "谢桂英", false, "ZC-20261121-02");
        give(community, cast, cornerCampaign, 5_000, null, true, "ZC-20261122-03");
    }

    private void give(CommunityId community, Cast cast, UUID campaign, long amountFen, String donor, boolean anonymous, String receipt) {
        campaignDonations.record(community, cast.gridWorker(), campaign, new FundIncome.DonationReceipt(amountFen, donor, anonymous,
                DonationMethod.CASH, receipt, null, null));
    }

    /** A grant half paid, a reward under way, a purchase paid from the named fund with one deliverable paid, and one waiting for approval. */
    private void projectsInEachMode(CommunityId community, Cast cast, UUID elderlyFund) {
        LocalDate today = LocalDate.now(communities.find(community.value()).orElseThrow().timeZone());
        ProjectViews.Detail grant = projects.propose(community, cast.gridWorker(), new ProjectPlan("3号楼楼道加装扶手", "让楼里的老人上下楼更安全",
                "3号楼12户老人", FundingMode.DIRECT_FUNDING, null, null, null, List.of(new ProjectPlan.Line("不锈钢扶手及安装", 360_000)),
                List.of(new ProjectPlan.Step("一至三楼", "一至三楼扶手装好", "牢固、无毛刺", today.plusWeeks(2), 180_000),
                        new ProjectPlan.Step("四至六楼", "四至六楼扶手装好", "牢固、无毛刺", today.plusWeeks(5), 180_000))));
        decisions.approve(community, cast.cadre(), grant.id(), "居民议事会通过", null);
        decisions.deliver(community, cast.gridWorker(), grant.id(), grant.milestones().get(0).id(), "一至三楼扶手已装好");
        decisions.accept(community, cast.cadre(), grant.id(), grant.milestones().get(0).id());
        ProjectViews.Detail reward = projects.propose(community, cast.gridWorker(), new ProjectPlan("垃圾分类以奖代补", "楼栋垃圾分类准确率达到90%",
                "全体居民", FundingMode.REWARD_IN_LIEU, null, null, null, List.of(new ProjectPlan.Line("达标奖励", 200_000)),
                List.of(new ProjectPlan.Step("准确率达标", "连续一个月抽查准确率90%以上", "社区抽查记录", today.plusMonths(2), 0))));
        decisions.approve(community, cast.cadre(), reward.id(), "目标：连续一个月准确率90%以上", null);
        ProjectViews.Detail meals = projects.propose(community, cast.gridWorker(), new ProjectPlan("老年助餐服务", "为60户高龄老人提供午餐",
                "60户高龄老人", FundingMode.GOVERNMENT_PURCHASE, null, null, null, List.of(new ProjectPlan.Line("助餐服务", 480_000)),
                List.of(new ProjectPlan.Step("第一季度", "一季度午餐配送", "每日送达、老人满意", today.plusMonths(3), 240_000),
                        new ProjectPlan.Step("第二季度", "二季度午餐配送", "每日送达、老人满意", today.plusMonths(6), 240_000))));
        decisions.approve(community, cast.cadre(), meals.id(), "合同编号 GM-2026-08；由爱心敬老冠名基金出资", elderlyFund);
        decisions.deliver(community, cast.gridWorker(), meals.id(), meals.milestones().get(0).id(), "一季度每日送餐，共5400份");
        decisions.accept(community, cast.cadre(), meals.id(), meals.milestones().get(0).id());
        projects.propose(community, cast.gridWorker(), new ProjectPlan("小花园长椅更换", "换掉坏的长椅，让老人有地方坐", "小区老人",
                FundingMode.DIRECT_FUNDING, null, null, null, List.of(new ProjectPlan.Line("长椅两张及安装", 360_000)),
                List.of(new ProjectPlan.Step("长椅安装", "两张长椅装好", "稳固", today.plusWeeks(3), 360_000))));
    }

    /** A resident's need, triaged as a wish and published on the wall in words without personal data; the wish. */
    private UUID wish(CommunityId community, Cast cast, Caller resident, String raised, String onTheWall, int places) {
        UUID need = raise(community, resident, raised, false);
        triage.classify(community, cast.gridWorker(), need, DemandKind.WISH, ServiceCategory.ELDERLY, null);
        return publishing.publish(community, cast.gridWorker(), need, new PublishWishes.Publication(onTheWall, null, true, places))
                .wish().id();
    }

    private UUID raise(CommunityId community, Caller resident, String text, boolean publicly) {
        DemandDraft draft = new DemandDraft(text, null, null, null, new DemandDraft.Origin(CHANNEL, null, null));
        return record.record(community, List.of(draft), new Submitter.Resident(resident), publicly,
                new RecordNeeds.Contacts(List.of(), CHANNEL, resident.username())).createdIds().get(0);
    }

    private Caller caller(CommunityId community, String username) {
        return credentials.ofAccount(community, username).map(Credentials.StoredCredential::caller).orElse(null);
    }

    private static DemandFilter everything() {
        return new DemandFilter(EnumSet.allOf(DemandStatus.class), null, null, null, Set.of(), null, false, null, null, false,
                DemandOrder.NEWEST);
    }
}
