package org.weimin.demand.application;

import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedActions.Actor;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.application.OrganizationsTakingOn;
import org.weimin.platform.application.Required;
import org.weimin.platform.application.Written;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Staff take a need through its life: accept it, start, resolve or refuse it, close it, write notes on it. */
@ApplicationScoped
@InCommunity
public class HandleNeed {

    @Inject
    NeedActions actions;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    CommunityPeople people;

    @Inject
    OrganizationsTakingOn organizations;

    /** The SPI's name of the routine track an organisation type declares it takes on. */
    static final String ROUTINE_AFFAIR = "ROUTINE_AFFAIR";

    /** @param assignTo the username of the colleague who takes it on; the accepting staff member when null */
    public DemandViews.Detail accept(CommunityId community, Caller caller, UUID demandId, String assignTo) {
        return actions.take(community, caller, demandId, Actor.STAFF,
                (d, actor, now) -> d.accept(actor, assignTo == null || assignTo.isBlank() ? actor : colleague(assignTo), now));
    }

    /** Hands the need to another colleague (转办), saying why. */
    public DemandViews.Detail transfer(CommunityId community, Caller caller, UUID demandId,
                                       @Written(message = "is missing: the username of the colleague who takes it over") String assignTo,
                                       @Written(message = "is missing: say why the need is handed on") String reason) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> d.transfer(actor, colleague(assignTo), reason, now));
    }

    /**
     * A routine affair (常规事项常规办) goes at once to an organisation whose type takes routine affairs on (a residents'
     * group, a community social organisation); staff follow it up and report its result.
     */
    public DemandViews.Detail acceptForOrganization(CommunityId community, Caller caller, UUID demandId,
                                                    @Required(message = "is missing: choose the organisation") UUID organizationId) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> d.accept(actor, takingRoutineAffairs(organizationId), now));
    }

    private String takingRoutineAffairs(UUID organizationId) {
        return organizations.active(organizationId).filter(o -> o.modes().contains(ROUTINE_AFFAIR)).map(OrganizationsTakingOn.Taker::name)
                .orElseThrow(() -> new InvalidInputException("organizationId", "no approved organisation here takes routine affairs on with this id"));
    }

    /** The organisations a routine affair can go to. */
    @Transactional
    public List<OrganizationsTakingOn.Taker> organizationsForRoutineAffairs(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff hand needs on");
        return organizations.takingOn(java.util.Set.of(ROUTINE_AFFAIR));
    }

    /** The colleagues a need can be handed to. */
    @Transactional
    public List<CommunityPeople.Person> colleagues(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff hand needs on");
        return people.staff();
    }

    private String colleague(String username) {
        return people.staffMember(username.strip()).map(CommunityPeople.Person::username)
                .orElseThrow(() -> new InvalidInputException("assignTo", "no colleague '" + username.strip() + "' in this community"));
    }

    public DemandViews.Detail start(CommunityId community, Caller caller, UUID demandId) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> d.start(actor, now));
    }

    public DemandViews.Detail resolve(CommunityId community, Caller caller, UUID demandId, String howResolved) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> d.resolve(actor, howResolved, now));
    }

    public DemandViews.Detail reject(CommunityId community, Caller caller, UUID demandId, String reason) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> d.reject(actor, reason, now));
    }

    /** Archives a need its resident confirmed, or left unanswered for the community's whole period. */
    public DemandViews.Detail close(CommunityId community, Caller caller, UUID demandId) {
        return actions.take(community, caller, demandId, Actor.STAFF,
                (d, actor, now) -> d.close(actor, deadlines.policy().autoCloseAfter(), now));
    }

    /** @param internal for staff only: residents do not read it on the timeline */
    public DemandViews.Detail note(CommunityId community, Caller caller, UUID demandId,
                                   @Written(message = "is empty: write the note") String text, boolean internal) {
        return actions.take(community, caller, demandId, Actor.STAFF,
                (d, actor, now) -> List.of(d.note(actor, text.strip(), internal, now)));
    }
}
