package org.weimin.wish.model;

import java.util.UUID;

/**
 * Who takes a wish on, and so in which mode.
 *
 * @param id the volunteer, team or organisation, or the cadre's account
 * @param actingUser the username of whoever acts on the claim (reports contact and fulfilment); null for a
 *                   volunteer registered by staff without an account of their own
 * @param volunteerId the volunteer whose record the hours go to; null for organisations and cadres
 */
public record Claimer(ClaimerKind kind, UUID id, String name, String actingUser, UUID volunteerId, ClaimMode mode) {

    public static Claimer volunteer(Volunteer volunteer, String actingUser) {
        return new Claimer(ClaimerKind.VOLUNTEER, volunteer.id(), volunteer.name(), actingUser, volunteer.id(),
                ClaimMode.VOLUNTEER_MUTUAL_AID);
    }

    /** A volunteer claims for their team: the team is named, the volunteer's record gets the hours. */
    public static Claimer team(VolunteerTeam team, Volunteer member, String actingUser) {
        return new Claimer(ClaimerKind.TEAM, team.id(), team.name(), actingUser, member.id(), ClaimMode.VOLUNTEER_MUTUAL_AID);
    }

    public static Claimer cadre(UUID accountId, String username, String displayName) {
        return new Claimer(ClaimerKind.CADRE, accountId, displayName, username, null, ClaimMode.HEART_TO_HEART);
    }

    /** @param mode one of the wish modes the organisation's type declares */
    public static Claimer organization(UUID organizationId, String name, String contactUser, ClaimMode mode) {
        return new Claimer(ClaimerKind.ORGANIZATION, organizationId, name, contactUser, null, mode);
    }

    boolean sameAs(Claim claim) {
        return claim.claimerKind() == kind && claim.claimerId().equals(id)
                || volunteerId != null && volunteerId.equals(claim.volunteerId());
    }
}
