package org.weimin.demo.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.application.HandleNeed;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.organization.application.OrganizationRegistry;
import org.weimin.organization.application.OrganizationTypeView;
import org.weimin.organization.application.OrganizationView;
import org.weimin.organization.model.OrganizationStatus;
import org.weimin.project.application.VentureCalls;
import org.weimin.project.application.VentureDecision;
import org.weimin.project.application.VentureProposals;
import org.weimin.project.application.VentureScoring;
import org.weimin.project.application.VentureViews;
import org.weimin.project.application.VentureVoting;
import org.weimin.project.model.ProjectPlan;
import org.weimin.project.model.VentureCall;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The demo's venture calls (公益创投): one decided, its board published with two winners funded and one passed over for
 * want of money, and one still taking proposals. The organisations are of a type the community uses.
 */
@ApplicationScoped
class DemoVentures {

    /** Two demo organisations' attributes for each organisation type a demo community may use. */
    private static final Map<String, List<Map<String, Object>>> ATTRIBUTES = Map.of(
            "org-type.volunteer", List.of(
                    Map.of("serviceAreas", List.of("elderly"), "volunteerCount", 36, "contactName", "陈阿姨", "contactPhone", "13600005501"),
                    Map.of("serviceAreas", List.of("children", "culture"), "volunteerCount", 18, "contactName", "刘老师", "contactPhone", "13600005502")),
            "org-type.self-governance", List.of(
                    Map.of("form", "stairwell-group", "coverage", "1至4号楼", "memberCount", 12, "contactName", "陈阿姨", "contactPhone", "13600005501"),
                    Map.of("form", "stairwell-group", "coverage", "5至8号楼", "memberCount", 9, "contactName", "刘老师", "contactPhone", "13600005502")));

    @Inject
    OrganizationRegistry organizations;

    @Inject
    HandleNeed handle;

    @Inject
    VentureCalls calls;

    @Inject
    VentureProposals proposals;

    @Inject
    VentureScoring scoring;

    @Inject
    VentureVoting voting;

    @Inject
    VentureDecision decision;

    @Inject
    CommunityAdministration communities;

    void tell(CommunityId community, Caller cadre, Caller gridWorker, List<Caller> residents, java.util.function.Function<String, Caller> callerOf) {
        Optional<String> type = organizations.types(community, cadre).stream().map(OrganizationTypeView::typeId).filter(ATTRIBUTES::containsKey).findFirst();
        List<String> panel = handle.colleagues(community, cadre).stream().filter(p -> !p.roles().contains(Role.CADRE)).map(CommunityPeople.Person::username).limit(2).toList();
        if (type.isEmpty() || panel.size() < 2) {
            return;
        }
        UUID seniors = organization(community, cadre, type.get(), "银龄互助服务队", 0);
        UUID children = organization(community, cadre, type.get(), "彩虹童伴服务社", 1);
        LocalDate today = LocalDate.now(communities.find(community.value()).orElseThrow().timeZone());
        VentureViews.Call decided = calls.open(community, cadre, new VentureCall.Plan("一老一小公益创投", "面向社区老人和孩子的公益服务，欢迎社会组织申报。",
                600_000, today.plusDays(7), today.plusDays(14), null, null, criteria(), panel));
        UUID meals = propose(community, gridWorker, decided.id(), seniors, "长者助餐送餐", "每天中午为高龄独居老人送餐上门，陪老人说说话", 300_000, today);
        UUID homework = propose(community, gridWorker, decided.id(), children, "四点半课堂", "放学后在活动室辅导作业、开展阅读", 250_000, today);
        UUID visits = propose(community, gridWorker, decided.id(), seniors, "独居老人探访", "每周上门探访独居老人，记录需求", 200_000, today);
        calls.closeProposals(community, cadre, decided.id());
        score(community, callerOf.apply(panel.get(0)), decided.id(), Map.of(meals, List.of(36, 27, 27), homework, List.of(30, 24, 22), visits, List.of(34, 25, 26)));
        score(community, callerOf.apply(panel.get(1)), decided.id(), Map.of(meals, List.of(34, 26, 25), homework, List.of(32, 22, 23), visits, List.of(33, 27, 24)));
        List<UUID> choices = List.of(meals, homework, homework, visits);
        for (int i = 0; i < residents.size() && i < choices.size(); i++) {
            voting.vote(community, residents.get(i), decided.id(), choices.get(i));
        }
        decision.decide(community, cadre, decided.id(), null);
        VentureViews.Call open = calls.open(community, cadre, new VentureCall.Plan("社区微更新公益创投", "楼道、花园、活动室的小改造，欢迎居民自治组织申报。",
                400_000, today.plusDays(20), today.plusDays(35), 60, null, criteria(), panel));
        propose(community, gridWorker, open.id(), children, "楼道书角", "在三个楼道设图书角，孩子和老人都能借书", 80_000, today);
    }

    private UUID organization(CommunityId community, Caller cadre, String type, String name, int which) {
        OrganizationView made = organizations.register(community, cadre, type, name, ATTRIBUTES.get(type).get(which));
        return made.status() == OrganizationStatus.ACTIVE ? made.id() : organizations.approve(community, cadre, made.id()).id();
    }

    private UUID propose(CommunityId community, Caller staff, UUID call, UUID organization, String title, String goal, long requestFen, LocalDate today) {
        return proposals.submit(community, staff, call, new ProjectPlan(title, goal, null, null, null, organization, null,
                List.of(new ProjectPlan.Line(title, requestFen)),
                List.of(new ProjectPlan.Step("项目完成", "服务记录、照片和居民签到表", null, today.plusMonths(6), requestFen)))).id();
    }

    private void score(CommunityId community, Caller expert, UUID call, Map<UUID, List<Integer>> sheets) {
        sheets.forEach((proposal, points) -> scoring.score(community, expert, call, proposal, points));
    }

    private static List<VentureCall.Criterion> criteria() {
        return List.of(new VentureCall.Criterion("需求契合度", 40), new VentureCall.Criterion("可行性", 30), new VentureCall.Criterion("预算合理性", 30));
    }
}
