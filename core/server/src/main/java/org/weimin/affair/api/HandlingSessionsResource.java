package org.weimin.affair.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.affair.application.HandlingSessions;
import org.weimin.affair.application.SessionViews;
import org.weimin.affair.model.SessionOutcome;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** General affairs handled on a schedule (一般事项定期办): the cadence, the sessions and their agendas, the decisions. */
@Path("/v1/t/{community}/handling-sessions")
@Tag(name = "Demand library")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class HandlingSessionsResource {

    /** @param firstOn a first session's day, e.g. 2026-12-08 (its weekday is kept); startsAt e.g. 14:30 */
    public record Cadence(@AtMost(20) String firstOn, Integer everyWeeks, @AtMost(10) String startsAt, @AtMost(200) String place) {
    }

    public record Scheduling(@AtMost(40) String demandId) {
    }

    public record Move(@AtMost(40) String sessionId) {
    }

    /** @param outcome HANDLED (note: how), ASSIGNED (assignee: a colleague's username), REFERRED (meetingId), REFUSED (note: why) */
    public record Decision(@AtMost(20) String outcome, @AtMost(2000) String note, @AtMost(50) String assignee, @AtMost(40) String meetingId) {
    }

    @Inject
    HandlingSessions sessions;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The coming handling sessions with their agendas, then the last ones held (staff)")
    public List<SessionViews.Session> list(@PathParam("community") CommunityId community) {
        return sessions.list(community, callers.require(security));
    }

    @GET
    @Path("/cadence")
    @Operation(summary = "When the community holds its handling sessions, and the next one's day (staff); null before it is set")
    public SessionViews.Cadence cadence(@PathParam("community") CommunityId community) {
        return sessions.cadence(community, callers.require(security));
    }

    @PUT
    @Path("/cadence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the cadence (cadres): a first session's day, every 1 to 4 weeks, the time and the place")
    public SessionViews.Cadence setCadence(@PathParam("community") CommunityId community, @Valid Cadence cadence) {
        if (cadence == null) {
            throw new InvalidInputException("firstOn", "send {\"firstOn\": \"2026-12-08\", \"everyWeeks\": 2, \"startsAt\": \"14:30\", \"place\": ...}");
        }
        return sessions.setCadence(community, callers.require(security), date(cadence.firstOn()),
                cadence.everyWeeks() == null ? 0 : cadence.everyWeeks(), time(cadence.startsAt()), cadence.place());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One handling session and its agenda (staff)")
    public SessionViews.Session session(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return sessions.session(community, callers.require(security), uuid(id));
    }

    @POST
    @Path("/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a triaged affair to the scheduled track: it goes on the next session's agenda (staff)")
    public SessionViews.Session schedule(@PathParam("community") CommunityId community, @Valid Scheduling scheduling) {
        if (scheduling == null || scheduling.demandId() == null) {
            throw new InvalidInputException("demandId", "send {\"demandId\": ...}");
        }
        return sessions.schedule(community, callers.require(security), BodyIds.uuid(scheduling.demandId(), "demandId"));
    }

    @POST
    @Path("/items/{itemId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an undecided affair to another session still to come (staff)")
    public SessionViews.Session move(@PathParam("community") CommunityId community, @PathParam("itemId") String itemId, @Valid Move move) {
        if (move == null || move.sessionId() == null) {
            throw new InvalidInputException("sessionId", "send {\"sessionId\": ...}");
        }
        return sessions.move(community, callers.require(security), uuid(itemId), BodyIds.uuid(move.sessionId(), "sessionId"));
    }

    @POST
    @Path("/items/{itemId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the session decided about an affair (staff); the need moves on")
    public SessionViews.Session decide(@PathParam("community") CommunityId community, @PathParam("itemId") String itemId,
                                       @Valid Decision decision) {
        if (decision == null || decision.outcome() == null) {
            throw new InvalidInputException("outcome", "send {\"outcome\": \"HANDLED\", \"note\": ...}");
        }
        SessionOutcome outcome;
        try {
            outcome = SessionOutcome.valueOf(decision.outcome().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "outcome is HANDLED, ASSIGNED, REFERRED or REFUSED");
        }
        return sessions.decide(community, callers.require(security), uuid(itemId), new HandlingSessions.Decision(outcome, decision.note(),
                decision.assignee(), decision.meetingId() == null ? null : BodyIds.uuid(decision.meetingId(), "meetingId")));
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("firstOn", "firstOn is a date like 2026-12-08");
        }
    }

    private static LocalTime time(String value) {
        try {
            return value == null ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("startsAt", "startsAt is a time like 14:30");
        }
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no such session or agenda item here");
    }
}
