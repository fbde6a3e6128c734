package org.weimin.project.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.project.model.HouseholdVote;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ProjectRuleException;
import org.weimin.project.model.ProjectStatus;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRepository;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The public vote: one voice per registered household and call, given by a resident signed in with the household the
 * community registered them in. The database holds it to one even when two of the household press at once.
 */
@ApplicationScoped
public class VentureVoting {

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    @Inject
    CommunityPeople people;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    /** @return the proposal the household voted for */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public UUID vote(CommunityId community, Caller caller, UUID callId, UUID proposalId) {
        UUID household = household(caller).orElseThrow(() -> new ForbiddenActionException("a resident registered in one of the community's households votes"));
        VentureCall call = VentureCalls.locked(ventures, callId);
        HouseholdVote vote = call.vote(household, proposalId, caller.username(), clock.instant(), VentureCalls.today(communities, community, clock));
        if (projects.find(proposalId).filter(p -> callId.equals(p.ventureCallId()) && p.status() == ProjectStatus.PROPOSED).isEmpty()) {
            throw new InvalidInputException("proposalId", "no proposal " + proposalId + " in this call");
        }
        if (ventures.voteOf(callId, household).isPresent()) {
            throw new ProjectRuleException(ProjectRuleException.Reason.ALREADY_VOTED, "your household has voted in this call");
        }
        ventures.addVote(vote);
        return proposalId;
    }

    /** The proposal the caller's household voted for in the call, if it has. */
    @InCommunity
    @Transactional
    public Optional<UUID> mine(CommunityId community, Caller caller, UUID callId) {
        ventures.find(callId).orElseThrow(() -> VentureCalls.notFound(callId));
        return household(caller).flatMap(h -> ventures.voteOf(callId, h)).map(HouseholdVote::proposalId);
    }

    private Optional<UUID> household(Caller caller) {
        return caller.community().flatMap(c -> people.byUsername(caller.username())).map(CommunityPeople.Person::householdId);
    }
}
