package org.weimin.project.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Required;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRepository;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Venture calls opened by the cadre, read by anyone, previewed by the cadre, and moved from proposals to assessment. */
@ApplicationScoped
public class VentureCalls {

    static final String RUN_BY_CADRE = "only the community's cadre runs venture calls";

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    @Inject
    VentureStandings standings;

    @Inject
    CommunityPeople people;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public VentureViews.Call open(CommunityId community, Caller caller, @Required(message = "is missing: describe the call") VentureCall.Plan plan) {
        caller.require(Permission.MANAGE_COMMUNITY, RUN_BY_CADRE);
        VentureCall call = VentureCall.open(plan, name -> people.staffMember(name).map(CommunityPeople.Person::displayName), caller.username(),
                clock.instant(), today(communities, community, clock));
        ventures.add(call);
        return standings.shown(call);
    }

    /** Every call of the community, newest first; anyone may read them. */
    @InCommunity
    @Transactional
    public List<VentureViews.Summary> list(CommunityId community) {
        communities.requireActive(community);
        Map<UUID, Long> proposals = projects.proposalsPerVentureCall();
        return ventures.all().stream().map(c -> VentureViews.summary(c, proposals.getOrDefault(c.id(), 0L).intValue())).toList();
    }

    /** A call with its proposals and votes; the experts' scores and the places only once it is decided. */
    @InCommunity
    @Transactional
    public VentureViews.Call call(CommunityId community, UUID id) {
        communities.requireActive(community);
        return standings.shown(find(id));
    }

    /** For the cadre: the places as they would be if the call were decided now. */
    @InCommunity
    @Transactional
    public VentureViews.Call preview(CommunityId community, Caller caller, UUID id) {
        caller.require(Permission.MANAGE_COMMUNITY, RUN_BY_CADRE);
        return standings.preview(find(id));
    }

    @InCommunity
    @Transactional
    public VentureViews.Call closeProposals(CommunityId community, Caller caller, UUID id) {
        caller.require(Permission.MANAGE_COMMUNITY, RUN_BY_CADRE);
        VentureCall call = locked(ventures, id);
        call.closeProposals(projects.ofVentureCall(id).size());
        return standings.shown(call);
    }

    private VentureCall find(UUID id) {
        return ventures.find(id).orElseThrow(() -> notFound(id));
    }

    static VentureCall locked(VentureRepository ventures, UUID id) {
        return ventures.lock(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("no venture call " + id + " here");
    }

    static LocalDate today(CommunityDirectory communities, CommunityId community, Clock clock) {
        return LocalDate.now(clock.withZone(communities.requireActive(community).timeZone()));
    }
}
