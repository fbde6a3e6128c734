package org.weimin.demand.application;

import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandRepository;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may see and do what to the needs of the community in scope: the rules every demand use case shares. */
@ApplicationScoped
public class NeedAccess {

    @Inject
    DemandRepository demands;

    @Inject
    CommunityPeople people;

    /**
     * Who is looking, with their account in this community looked up once per use case.
     *
     * @param accountId null for platform accounts (supervisors, assessors)
     */
    public record Viewer(Caller caller, UUID accountId) {

        public boolean raised(Demand demand) {
            return accountId != null && accountId.equals(demand.submitterAccountId());
        }

        public boolean seesEverything() {
            return isStaff(caller) || caller.community().isEmpty();
        }

        /** The community's own staff: they alone read internal notes, contact details and raw deliveries. */
        public boolean worksHere() {
            return isStaff(caller);
        }
    }

    public static boolean isStaff(Caller caller) {
        return caller.holds(Permission.TRIAGE_NEEDS);
    }

    public Viewer viewer(Caller caller) {
        UUID account = caller.community().isEmpty() ? null
                : people.byUsername(caller.username()).map(CommunityPeople.Person::accountId).orElse(null);
        return new Viewer(caller, account);
    }

    /** Staff and readers see every need; a resident sees their own and public ones; anything else is not found. */
    public Demand visible(Viewer viewer, UUID demandId) {
        Demand demand = need(demandId);
        if (viewer.seesEverything() || demand.isPublic() || viewer.raised(demand)) {
            return demand;
        }
        throw new NotFoundException("no need " + demandId + " here");
    }

    public Demand need(UUID id) {
        return demands.find(id).orElseThrow(() -> new NotFoundException("no need " + id + " here"));
    }

    /** Only the community's own people raise needs in it; readers from outside are refused. */
    public static void requireMember(Caller caller, org.weimin.tenancy.model.CommunityId community) {
        if (caller.community().filter(community.value()::equals).isEmpty()) {
            throw new ForbiddenActionException("only the community's residents and staff raise needs here");
        }
    }
}
