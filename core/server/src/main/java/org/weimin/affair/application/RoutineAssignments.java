package org.weimin.affair.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.application.FollowNeeds;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandOrder;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.OverdueMark;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * 常规事项常规办 as a board: every affair someone has in hand (a colleague or an organisation), grouped by who
 * has it; the caller's own first, then whoever has the most late ones; in each group the nearest deadline first.
 */
@ApplicationScoped
public class RoutineAssignments {

    /** A board of a community with more affairs in hand than this shows the first ones, by deadline. */
    static final int MOST_SHOWN = 1000;
    private static final int PAGE = 200;

    /**
     * Who has affairs in hand.
     *
     * @param username the colleague's account, or null for an organisation (named by its name)
     */
    public record Holder(String name, String username, boolean mine, long late, List<DemandViews.Summary> affairs) {
    }

    public record Board(List<Holder> holders, long inHand, boolean cutShort) {
    }

    @Inject
    FollowNeeds follow;

    @Inject
    CommunityPeople people;

    @InCommunity
    @Transactional
    public Board board(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff see who has which affair");
        DemandFilter inHand = new DemandFilter(EnumSet.of(DemandStatus.ACCEPTED, DemandStatus.IN_PROGRESS), DemandKind.AFFAIR, null, null,
                Set.of(), null, false, null, null, false, DemandOrder.DEADLINE);
        List<DemandViews.Summary> affairs = new ArrayList<>();
        long total;
        do {
            DemandViews.Page page = follow.inbox(community, caller, inHand, affairs.size(), PAGE);
            affairs.addAll(page.items());
            total = page.total();
            if (page.items().isEmpty()) {
                break;
            }
        } while (affairs.size() < Math.min(total, MOST_SHOWN));
        Map<String, List<DemandViews.Summary>> byAssignee = new LinkedHashMap<>();
        affairs.stream().filter(a -> a.assignee() != null)
                .forEach(a -> byAssignee.computeIfAbsent(a.assignee(), k -> new ArrayList<>()).add(a));
        Map<String, CommunityPeople.Person> colleagues = people.byUsernames(byAssignee.keySet());
        List<Holder> holders = byAssignee.entrySet().stream().map(e -> {
            CommunityPeople.Person colleague = colleagues.get(e.getKey());
            long late = e.getValue().stream().filter(a -> a.overdue() == OverdueMark.RED).count();
            return colleague == null ? new Holder(e.getKey(), null, false, late, e.getValue())
                    : new Holder(colleague.displayName(), colleague.username(), colleague.username().equals(caller.username()), late, e.getValue());
        }).sorted(Comparator.comparing((Holder h) -> !h.mine()).thenComparing(Holder::late, Comparator.reverseOrder())
                .thenComparing(h -> -h.affairs().size()).thenComparing(Holder::name)).toList();
        return new Board(holders, total, total > affairs.size());
    }
}
