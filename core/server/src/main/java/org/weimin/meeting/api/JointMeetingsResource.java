package org.weimin.meeting.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.identity.api.Callers;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.meeting.model.DecisionOutcome;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;

import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Joint meetings (重大事项联席办) of a community: schedule, agenda of affairs, decisions. */
@Path("/v1/t/{community}/joint-meetings")
@Tag(name = "Demand library")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class JointMeetingsResource {

    /** @param heldAt local date and time in the community's time zone, e.g. 2026-12-03T14:30 */
    public record Schedule(@AtMost(200) String title, @AtMost(40) String heldAt, @AtMost(200) String place,
                           @AtMost(30) List<String> participants) {
    }

    /** @param demandId the need (an affair) to put on the agenda */
    public record AgendaEntry(@AtMost(40) String demandId) {
    }

    /** @param outcome PROCEED (with assignee and dueDate, e.g. 2026-12-31) or DECLINE (the decision is the reason) */
    public record Decision(@AtMost(20) String outcome, @AtMost(2000) String decision, @AtMost(100) String assignee,
                           @AtMost(20) String dueDate) {
    }

    @Inject
    JointMeetings meetings;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's joint meetings, newest first, with how many agenda items have a decision")
    public List<MeetingViews.Summary> list(@PathParam("community") CommunityId community) {
        return meetings.list(community, callers.require(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a joint meeting (cadres): title, local date and time, place, at least two participants")
    public Response schedule(@PathParam("community") CommunityId community, @Valid Schedule schedule) {
        if (schedule == null) {
            throw new InvalidInputException("", "send {\"title\", \"heldAt\", \"place\", \"participants\": [...]}");
        }
        MeetingViews.Detail created = meetings.schedule(community, callers.require(security),
                new JointMeetings.Schedule(schedule.title(), dateTime(schedule.heldAt()), schedule.place(), schedule.participants()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting with its agenda: each affair, where its need stands and the decision once taken")
    public MeetingViews.Detail detail(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return meetings.detail(community, callers.require(security), meetingId(id));
    }

    @POST
    @Path("/{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an affair on the agenda (staff); the need waits for the meeting's decision")
    public MeetingViews.Detail refer(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid AgendaEntry entry) {
        if (entry == null || entry.demandId() == null) {
            throw new InvalidInputException("demandId", "say which need goes on the agenda");
        }
        return meetings.refer(community, callers.require(security), meetingId(id), needId(entry.demandId()));
    }

    @POST
    @Path("/{id}/agenda/{demandId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the meeting's decision on an affair (cadres): it goes ahead with someone responsible "
            + "and a due date, or is declined with the reason residents read")
    public MeetingViews.Detail decide(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                      @PathParam("demandId") String demandId, @Valid Decision decision) {
        if (decision == null) {
            throw new InvalidInputException("", "send {\"outcome\": \"PROCEED\" or \"DECLINE\", \"decision\", \"assignee\", \"dueDate\"}");
        }
        DecisionOutcome outcome;
        try {
            outcome = decision.outcome() == null ? null : DecisionOutcome.valueOf(decision.outcome().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "outcome is PROCEED or DECLINE, not '" + decision.outcome() + "'");
        }
        LocalDate due;
        try {
            due = decision.dueDate() == null || decision.dueDate().isBlank() ? null : LocalDate.parse(decision.dueDate().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dueDate", "dueDate is a date like 2026-12-31, not '" + decision.dueDate() + "'");
        }
        return meetings.decide(community, callers.require(security), meetingId(id), needId(demandId),
                new JointMeetings.Decision(outcome, decision.decision(), decision.assignee(), due));
    }

    private static LocalDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("heldAt", "heldAt is a local date and time like 2026-12-03T14:30, not '" + value + "'");
        }
    }

    private static UUID meetingId(String id) {
        return PathIds.uuid(id, "no joint meeting " + id + " here");
    }

    private static UUID needId(String id) {
        return PathIds.uuid(id, "no need " + id + " here");
    }
}
