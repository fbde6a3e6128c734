package org.weimin.grid.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.grid.application.HouseholdContacts;
import org.weimin.identity.api.Callers;
import org.weimin.shared.InvalidInputException;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/t/{community}/household-contacts")
@Tag(name = "Community")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdContactsResource {

    @Inject
    HouseholdContacts contacts;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Staff: households the community was in touch with since a day (visits with or without needs)")
    public HouseholdContacts.Coverage since(@PathParam("community") CommunityId community, @QueryParam("since") String since) {
        LocalDate from;
        try {
            from = since == null ? LocalDate.now().minusDays(30) : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since is a date like 2026-11-01");
        }
        return contacts.since(community, callers.require(security), from);
    }
}
