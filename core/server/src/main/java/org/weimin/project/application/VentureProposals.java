package org.weimin.project.application;

import java.time.Clock;
import java.util.UUID;

import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.application.OrganizationsTakingOn;
import org.weimin.platform.application.Required;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectPlan;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRepository;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An organisation's proposal to a venture call, entered by staff from its application form (organisations have no accounts). */
@ApplicationScoped
public class VentureProposals {

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    @Inject
    OrganizationsTakingOn organizations;

    @Inject
    ProjectDetails details;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public ProjectViews.Detail submit(CommunityId community, Caller caller, UUID callId,
                                      @Required(message = "is missing: describe the proposal") ProjectPlan plan) {
        caller.require(Permission.TRIAGE_NEEDS, Projects.STAFF_WORK);
        VentureCall call = VentureCalls.locked(ventures, callId);
        String organization = plan.organizationId() == null ? null : organizations.active(plan.organizationId())
                .map(OrganizationsTakingOn.Taker::name)
                .orElseThrow(() -> new InvalidInputException("organizationId", "no approved organisation " + plan.organizationId() + " here"));
        Project proposal = Project.proposeToVenture(new ProjectPlan(plan.title(), plan.goal(), plan.beneficiaries(), null, null,
                plan.organizationId(), organization, plan.budget(), plan.milestones()), call.id(), caller.username(), clock.instant());
        call.requireProposal(proposal.budgetFen(), VentureCalls.today(communities, community, clock));
        projects.add(proposal);
        return details.of(proposal);
    }
}
