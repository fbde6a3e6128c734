package org.weimin.wish.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * A volunteer (志愿者) of one community: a resident who signed up from their account, or someone from outside
 * whom staff entered. Staff verify them before they claim wishes. Their hours are in the hours ledger; the
 * public leaderboard shows them with a masked name unless they opt out.
 */
public class Volunteer {

    static final int MAX_SKILLS = 10;

    private String tenantId;
    private UUID id;
    private UUID accountId;
    private String username;
    private String name;
    private String phone;
    private String skills;
    private String availability;
    private String grids;
    private UUID teamId;
    private VolunteerStatus status;
    private boolean onLeaderboard;
    private String decidedBy;
    private String rejectionReason;
    private Instant registeredAt;
    private long version;

    protected Volunteer() {
    }

    /**
     * @param accountId the volunteer's own account, or null for someone staff registered who signs in nowhere
     * @param grids the codes of the grids they serve; empty for the whole community
     */
    public Volunteer(UUID accountId, String username, String name, String phone, List<String> skills, String availability,
                     List<String> grids, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "give the volunteer's name");
        }
        this.name = InvalidInputException.atMost("name", name, 50);
        if (phone == null || !phone.strip().matches("[0-9+*\\- ]{5,20}")) {
            throw new InvalidInputException("phone", "give a phone number the community can call (digits, 5 to 20)");
        }
        this.phone = phone.strip();
        List<String> named = clean(skills);
        if (named.size() > MAX_SKILLS || named.stream().anyMatch(s -> s.length() > 20 || s.contains(","))) {
            throw new InvalidInputException("skills", "at most " + MAX_SKILLS + " skills of at most 20 characters each");
        }
        this.skills = String.join(",", named);
        this.availability = InvalidInputException.atMost("availability", availability, 200);
        List<String> served = clean(grids);
        if (served.size() > 20 || served.stream().anyMatch(g -> g.length() > 20 || g.contains(","))) {
            throw new InvalidInputException("grids", "at most 20 grids, named by their codes");
        }
        this.grids = String.join(",", served);
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.username = username;
        this.status = VolunteerStatus.PENDING;
        this.onLeaderboard = true;
        this.registeredAt = now;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    public void verify(String by) {
        if (status != VolunteerStatus.PENDING) {
            throw new WishRuleException(WishRuleException.Reason.NOT_VERIFIED, "the volunteer is not waiting for verification");
        }
        status = VolunteerStatus.VERIFIED;
        decidedBy = by;
    }

    public void reject(String reason, String by) {
        if (status != VolunteerStatus.PENDING) {
            throw new WishRuleException(WishRuleException.Reason.NOT_VERIFIED, "the volunteer is not waiting for verification");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the volunteer is not verified");
        }
        rejectionReason = InvalidInputException.atMost("reason", reason, 500);
        status = VolunteerStatus.REJECTED;
        decidedBy = by;
    }

    public void requireVerified() {
        if (status != VolunteerStatus.VERIFIED) {
            throw new WishRuleException(WishRuleException.Reason.NOT_VERIFIED, "only verified volunteers claim wishes");
        }
    }

    public void joinTeam(UUID team) {
        this.teamId = team;
    }

    public void showOnLeaderboard(boolean shown) {
        this.onLeaderboard = shown;
    }

    /** The name as the public leaderboard shows it: the first character, then one star per character hidden. */
    public String maskedName() {
        return masked(name);
    }

    /** A person's name as the public reads it: the first character, then one star per character hidden. */
    public static String masked(String name) {
        return name == null || name.length() <= 1 ? name : name.charAt(0) + "*".repeat(name.length() - 1);
    }

    public UUID id() { return id; }
    public UUID accountId() { return accountId; }
    public String username() { return username; }
    public String name() { return name; }
    public String phone() { return phone; }
    public List<String> skills() { return skills.isEmpty() ? List.of() : Arrays.asList(skills.split(",")); }
    public String availability() { return availability; }
    public List<String> grids() { return grids.isEmpty() ? List.of() : Arrays.asList(grids.split(",")); }
    public UUID teamId() { return teamId; }
    public VolunteerStatus status() { return status; }
    public boolean isOnLeaderboard() { return onLeaderboard; }
    public String decidedBy() { return decidedBy; }
    public String rejectionReason() { return rejectionReason; }
    public Instant registeredAt() { return registeredAt; }
}
