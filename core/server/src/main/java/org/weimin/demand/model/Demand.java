package org.weimin.demand.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;

/**
 * A need in the community's demand library (微民生需求库), from intake to its closing. Every change of
 * state goes through a named action that checks the lifecycle and returns the timeline events it caused.
 */
public class Demand {

    /** The longest need the library keeps (Open311 allows 4,000 characters). */
    public static final int MAX_TEXT = 4000;
    /** Timeline details: who carries out a joint meeting's decision, and by which day. */
    public static final String RESPONSIBLE = "responsible";
    public static final String DUE_DATE = "dueDate";
    /** Timeline details of the wish track: who claimed, in which mode, and how a claim ended. */
    public static final String CLAIMER = "claimer";
    public static final String CLAIM_MODE = "claimMode";
    public static final String CLAIM_ENDING = "claimEnding";
    public static final String ON_WALL = "onWall";
    /** Timeline details: why a need was handed to a colleague. */
    public static final String TRANSFER_REASON = "transferReason";
    /** Timeline details: staff confirmed for the resident (who told them in person or on the phone). */
    public static final String ON_BEHALF = "onBehalf";
    /** Timeline details: the days the resident had to confirm before the system archived the need. */
    public static final String UNCONFIRMED_DAYS = "unconfirmedDays";

    private String tenantId;
    private UUID id;
    private String reference;
    private String channel;
    private String externalId;
    private String rawPayload;
    private UUID submitterAccountId;
    private String submitterName;
    private String contact;
    private String text;
    private String place;
    private Double latitude;
    private Double longitude;
    private String photoAddress;
    private UUID householdId;
    private DemandKind kind;
    private ServiceCategory category;
    private Urgency urgency;
    private DemandStatus status;
    private boolean publicVisible;
    private DemandKind suggestedKind;
    private ServiceCategory suggestedCategory;
    private Double suggestionConfidence;
    private String suggestionReason;
    private int supporters;
    private String assignee;
    private String resolution;
    private String rejectionReason;
    private UUID mergedInto;
    private Instant submittedAt;
    private Instant respondBy;
    private Instant resolveBy;
    private Instant respondedAt;
    private Instant resolvedAt;
    private Instant updatedAt;
    private long version;

    protected Demand() {
    }

    /**
     * @param submitterAccountId the resident's account, or null for anonymous needs and those from outside channels
     * @param contact how to reach the submitter when there is no account (a phone number), or null
     */
    public Demand(String channel, String externalId, String rawPayload, UUID submitterAccountId,
                  String submitterName, String contact, String text, String place, Urgency urgency,
                  boolean publicVisible, Suggestion suggestion, Instant now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a need has to say what is needed");
        }
        InvalidInputException.atMost("text", text, MAX_TEXT);
        InvalidInputException.atMost("contact", contact, 120);
        InvalidInputException.atMost("place", place, 100);
        InvalidInputException.atMost("externalId", externalId, 200);
        this.id = UUID.randomUUID();
        this.reference = reference(now);
        this.channel = channel;
        this.externalId = externalId;
        this.rawPayload = rawPayload;
        this.submitterAccountId = submitterAccountId;
        this.submitterName = submitterName;
        this.contact = contact == null ? null : contact.strip();
        this.text = text.strip();
        this.place = place == null ? null : place.strip();
        this.urgency = urgency == null ? Urgency.NORMAL : urgency;
        this.publicVisible = publicVisible;
        this.status = DemandStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        if (suggestion != null) {
            this.suggestedKind = suggestion.kind();
            this.suggestedCategory = suggestion.category();
            this.suggestionConfidence = suggestion.confidence();
            this.suggestionReason = suggestion.reason();
        }
    }

    private static final char[] READABLE = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * What residents quote on the phone: the day and seven characters without look-alikes (no I, L, O, U);
     * 32^7 per day makes a clash rare, and the library retries the rare one.
     */
    private static String reference(Instant now) {
        StringBuilder reference = new StringBuilder("D").append(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")
                .withZone(java.time.ZoneOffset.ofHours(8)).format(now)).append('-');
        for (int i = 0; i < 7; i++) {
            reference.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return reference.toString();
    }

    /** Where on the map the resident was (WGS 84 degrees), when the channel gave a point. */
    public Demand at(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("latitude is -90 to 90 and longitude -180 to 180 degrees");
        }
        this.latitude = latitude;
        this.longitude = longitude;
        return this;
    }

    /** The web address of a photo the sender keeps (Open311's media_url); only http and https addresses. */
    public Demand withPhotoAddress(String address) {
        if (address == null || address.isBlank()) {
            return this;
        }
        String given = InvalidInputException.atMost("media_url", address, 500);
        if (!given.matches("(?i)https?://[^\\s/?#@]+(/\\S*)?")) {
            throw new InvalidInputException("media_url", "media_url must be an http or https web address");
        }
        this.photoAddress = given;
        return this;
    }

    public String photoAddress() {
        return photoAddress;
    }

    /** The household the need comes from: the resident's own, or the one a worker visited. */
    public Demand fromHousehold(UUID household) {
        this.householdId = household;
        return this;
    }

    public DemandEvent submitted(String actor) {
        return submitted(actor, null);
    }

    /** @param note e.g. who a volunteer entered the need for */
    public DemandEvent submitted(String actor, String note) {
        return event(submittedAt, actor, EventType.SUBMITTED, note, false);
    }

    /** Staff confirm or override the kind and category; deadlines follow from them. */
    public List<DemandEvent> classify(DemandKind newKind, ServiceCategory newCategory, Urgency newUrgency,
                                      DeadlinePolicy policy, String actor, Instant now) {
        move(DemandStatus.TRIAGED);
        this.kind = newKind;
        this.category = newCategory;
        if (newUrgency != null) {
            this.urgency = newUrgency;
        }
        this.respondBy = policy.respondBy(kind, urgency, submittedAt);
        this.resolveBy = policy.resolveBy(kind, urgency, submittedAt);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.CLASSIFIED, kind + " / " + category + " / " + urgency, false));
    }

    /** The community takes the need on: it has responded (响应). */
    public List<DemandEvent> accept(String actor, String assignTo, Instant now) {
        move(DemandStatus.ACCEPTED);
        this.respondedAt = now;
        List<DemandEvent> events = new ArrayList<>();
        events.add(event(now, actor, EventType.ACCEPTED, null, false));
        if (assignTo != null) {
            this.assignee = assignTo;
            events.add(event(now, actor, EventType.ASSIGNED, assignTo, false));
        }
        this.updatedAt = now;
        return events;
    }

    /** Hands a need the community has taken on to another colleague (转办), while it is still being worked on, saying why. */
    public List<DemandEvent> transfer(String actor, String to, String why, Instant now) {
        if (status != DemandStatus.ACCEPTED && status != DemandStatus.IN_PROGRESS && status != DemandStatus.REOPENED) {
            throw new IllegalTransitionException(status, status);
        }
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("assignTo", "say who takes the need over");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("reason", "say why the need is handed on, so the colleague knows where it stands");
        }
        if (to.equals(assignee)) {
            throw new ConflictException("the need is already with " + to);
        }
        this.assignee = to;
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.ASSIGNED, to, false,
                Map.of(TRANSFER_REASON, InvalidInputException.atMost("reason", why, 500))));
    }

    /**
     * Staff put a wish on the community's wish wall (or keep it for staff to assign): the community has
     * responded, and the need now waits for a claimer.
     */
    public List<DemandEvent> publishAsWish(String actor, boolean onWall, Instant now) {
        if (kind != DemandKind.WISH) {
            throw new InvalidInputException("kind", "only needs classified as micro-wishes go on the wish wall");
        }
        List<DemandEvent> events = new ArrayList<>();
        if (status == DemandStatus.TRIAGED) {
            events.addAll(accept(actor, null, now));
        } else if (status != DemandStatus.ACCEPTED && status != DemandStatus.REOPENED) {
            throw new IllegalTransitionException(status, DemandStatus.ACCEPTED);
        }
        this.updatedAt = now;
        events.add(event(now, actor, EventType.PUBLISHED_AS_WISH, null, false, Map.of(ON_WALL, String.valueOf(onWall))));
        return events;
    }

    /** Someone claimed the wish: it is being worked on. */
    public List<DemandEvent> claimed(String actor, String claimer, String mode, Instant now) {
        List<DemandEvent> events = new ArrayList<>();
        if (status == DemandStatus.ACCEPTED || status == DemandStatus.REOPENED) {
            move(DemandStatus.IN_PROGRESS);
        } else if (status != DemandStatus.IN_PROGRESS) {
            throw new IllegalTransitionException(status, DemandStatus.IN_PROGRESS);
        }
        this.updatedAt = now;
        events.add(event(now, actor, EventType.CLAIMED, claimer, false, Map.of(CLAIMER, claimer, CLAIM_MODE, mode)));
        return events;
    }

    /** A claim ended before fulfilment; the wish waits for a claimer again. */
    public List<DemandEvent> claimEnded(String actor, String claimer, String ending, String reason, Instant now) {
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.CLAIM_ENDED, reason, false, Map.of(CLAIMER, claimer, CLAIM_ENDING, ending)));
    }

    /** Staff confirm for a resident who told them in person or on the phone that it is solved. */
    public List<DemandEvent> confirmOnBehalf(String actor, Instant now) {
        move(DemandStatus.CONFIRMED);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.CONFIRMED, null, false, Map.of(ON_BEHALF, "true")));
    }

    /** A step of the micro-project this need became, for its residents to follow. */
    public List<DemandEvent> projectProgress(String actor, String words, Instant now) {
        if (kind != DemandKind.PROJECT) {
            throw new InvalidInputException("needId", "only a need classified as a micro-project becomes a project");
        }
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.PROJECT_PROGRESS, InvalidInputException.atMost("text", words, 2000), false));
    }

    public List<DemandEvent> start(String actor, Instant now) {
        move(DemandStatus.IN_PROGRESS);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.STARTED, null, false));
    }

    public List<DemandEvent> resolve(String actor, String howResolved, Instant now) {
        if (howResolved == null || howResolved.isBlank()) {
            throw new IllegalArgumentException("say how the need was resolved, so the resident can check it");
        }
        InvalidInputException.atMost("text", howResolved, 2000);
        move(DemandStatus.RESOLVED);
        this.resolution = howResolved.strip();
        this.resolvedAt = now;
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.RESOLVED, resolution, false));
    }

    /** The resident says it is solved. */
    public List<DemandEvent> confirm(String actor, Instant now) {
        move(DemandStatus.CONFIRMED);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.CONFIRMED, null, false));
    }

    /** The resident says it is not solved, and what is still wrong: the staff read it before they try again. */
    public List<DemandEvent> reopen(String actor, String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("text", "say what is still wrong, so the staff know what to do next");
        }
        InvalidInputException.atMost("text", why, 500);
        move(DemandStatus.REOPENED);
        this.resolvedAt = null;
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.REOPENED, why.strip(), false));
    }

    /**
     * Staff archive a need once its resident confirmed it, or once the resident has had the community's period
     * to answer: until then the resident may still say it is not solved.
     */
    public List<DemandEvent> close(String actor, Duration residentMayAnswerFor, Instant now) {
        if (status == DemandStatus.RESOLVED && !closableBy(residentMayAnswerFor, now)) {
            throw new ConflictException("the resident has until " + resolvedAt.plus(residentMayAnswerFor)
                    + " to confirm or reopen this need");
        }
        move(DemandStatus.CLOSED);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.CLOSED, null, false));
    }

    /** The system archives a resolved need its resident did not answer within the community's period. */
    public List<DemandEvent> closeUnconfirmed(Duration residentMayAnswerFor, Instant now) {
        move(DemandStatus.CLOSED);
        this.updatedAt = now;
        return List.of(event(now, "system", EventType.CLOSED, null, false,
                Map.of(UNCONFIRMED_DAYS, String.valueOf(residentMayAnswerFor.toDays()))));
    }

    /** Whether staff may archive it now: confirmed, or resolved and left unanswered for the whole period. */
    public boolean closableBy(Duration residentMayAnswerFor, Instant now) {
        return status == DemandStatus.CONFIRMED || status == DemandStatus.RESOLVED && resolvedAt != null
                && !now.isBefore(resolvedAt.plus(residentMayAnswerFor));
    }

    /** Refused, with a reason the resident sees. */
    public List<DemandEvent> reject(String actor, String publicReason, Instant now) {
        if (publicReason == null || publicReason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason the resident can read");
        }
        InvalidInputException.atMost("text", publicReason, 1000);
        move(DemandStatus.REJECTED);
        this.rejectionReason = publicReason.strip();
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.REJECTED, rejectionReason, false));
    }

    public List<DemandEvent> escalate(String actor, String toWhat, Instant now) {
        move(DemandStatus.ESCALATED);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.ESCALATED, toWhat, false));
    }

    /**
     * A major affair goes to the joint meeting (重大事项联席办): it waits there, still open, for the meeting's
     * decision. Wishes and projects have tracks of their own.
     */
    public List<DemandEvent> referToMeeting(String actor, MeetingReference meeting, Instant now) {
        if (!status.canMoveTo(DemandStatus.AT_JOINT_MEETING)) {
            throw new IllegalTransitionException(status, DemandStatus.AT_JOINT_MEETING);
        }
        if (kind != DemandKind.AFFAIR) {
            throw new IllegalArgumentException("only needs classified as micro-affairs go to a joint meeting");
        }
        move(DemandStatus.AT_JOINT_MEETING);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.REFERRED_TO_MEETING, null, false, meeting.details()));
    }

    /**
     * A general affair goes on the agenda of the community's next handling session (一般事项定期办): the community has
     * responded with a date, and the need waits for the session's decision. Moved to a later session, it says so again.
     */
    public List<DemandEvent> putOnSession(String actor, SessionReference session, Instant now) {
        if (!status.canMoveTo(DemandStatus.AT_SESSION)) {
            throw new IllegalTransitionException(status, DemandStatus.AT_SESSION);
        }
        if (kind != DemandKind.AFFAIR) {
            throw new InvalidInputException("kind", "only needs classified as micro-affairs go to a handling session");
        }
        move(DemandStatus.AT_SESSION);
        if (respondedAt == null) {
            this.respondedAt = now;
        }
        // The resident was given the session's date: the need is not late for waiting until the day after it.
        Instant dayAfter = session.startsAt().plus(Duration.ofDays(1));
        if (resolveBy == null || resolveBy.isBefore(dayAfter)) {
            this.resolveBy = dayAfter;
        }
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.PUT_ON_SESSION, null, false, session.details()));
    }

    /** The session handled the affair there and then: it is resolved with the session's words. */
    public List<DemandEvent> handledAtSession(String actor, SessionReference session, String howHandled, Instant now) {
        if (howHandled == null || howHandled.isBlank()) {
            throw new InvalidInputException("note", "say how the session handled it, so the resident can check it");
        }
        moveBySession(DemandStatus.RESOLVED);
        this.resolution = InvalidInputException.atMost("note", howHandled, 2000);
        this.resolvedAt = now;
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.RESOLVED, resolution, false, session.details()));
    }

    /** The session gave the affair to someone who carries it out. */
    public List<DemandEvent> assignedAtSession(String actor, SessionReference session, String responsible, String note, Instant now) {
        moveBySession(DemandStatus.IN_PROGRESS);
        this.assignee = responsible;
        this.updatedAt = now;
        Map<String, String> details = new LinkedHashMap<>(session.details());
        details.put(RESPONSIBLE, responsible);
        return List.of(event(now, actor, EventType.SESSION_DECIDED, note, false, details));
    }

    /** The session refused the affair: its reason is what the resident reads. */
    public List<DemandEvent> refusedAtSession(String actor, SessionReference session, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("note", "a refusal needs a reason the resident can read");
        }
        moveBySession(DemandStatus.REJECTED);
        this.rejectionReason = InvalidInputException.atMost("note", reason, 1000);
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.REJECTED, rejectionReason, false, session.details()));
    }

    private void moveBySession(DemandStatus target) {
        if (!status.bySessionDecision().contains(target)) {
            throw new IllegalTransitionException(status, target);
        }
        status = target;
    }

    /**
     * The joint meeting decided the affair goes ahead: the responsible party carries it out by the date the
     * meeting set, which replaces the community's usual resolution deadline; the community has responded.
     */
    public List<DemandEvent> proceedByMeeting(String actor, MeetingReference meeting, String decision, String responsible,
                                              LocalDate dueDate, ZoneId zone, Instant now) {
        moveByMeeting(DemandStatus.IN_PROGRESS);
        this.assignee = responsible;
        this.resolveBy = dueDate.plusDays(1).atStartOfDay(zone).toInstant();
        if (respondedAt == null) {
            this.respondedAt = now;
        }
        this.updatedAt = now;
        Map<String, String> details = new LinkedHashMap<>(meeting.details());
        details.put(RESPONSIBLE, responsible);
        details.put(DUE_DATE, dueDate.toString());
        return List.of(event(now, actor, EventType.MEETING_DECIDED, decision, false, details));
    }

    /**
     * Many similar wishes become one micro-project: a new need that speaks for all their residents, raised by
     * staff and linked from every wish's timeline.
     */
    public static Demand projectFrom(List<Demand> wishes, String text, Suggestion suggestion, Instant now) {
        if (wishes.isEmpty()) {
            throw new IllegalArgumentException("a project grows out of at least one need");
        }
        Demand project = new Demand("escalation", null, null, null, null, null, text, wishes.get(0).place,
                Urgency.NORMAL, true, suggestion, now);
        project.supporters = wishes.stream().mapToInt(Demand::residents).sum() - 1;
        return project;
    }

    /** What the need's channel is when a closed evaluation round sent it back into the library (上轮评估). */
    public static final String FROM_EVALUATION = "evaluation";

    /** A need a closed evaluation round found not met: raised again by the platform, at the place of its evidence. */
    public static Demand fromEvaluation(String text, String place, Instant now) {
        return new Demand(FROM_EVALUATION, null, null, null, null, null, text, place, Urgency.NORMAL, false, null, now);
    }

    /**
     * Folds this need into another that asks for the same: its resident (and its supporters) count for the
     * survivor, and both timelines say so.
     */
    public List<DemandEvent> mergeInto(Demand survivor, String actor, Instant now) {
        if (survivor.id.equals(id)) {
            throw new IllegalArgumentException("a need cannot be merged into itself");
        }
        if (!survivor.status.isOpen()) {
            throw new IllegalArgumentException("needs can only be merged into an open need");
        }
        move(DemandStatus.MERGED);
        this.mergedInto = survivor.id;
        this.updatedAt = now;
        survivor.supporters += 1 + supporters;
        survivor.updatedAt = now;
        return List.of(event(now, actor, EventType.MERGED, survivor.reference, false),
                survivor.event(now, actor, EventType.MERGED, reference, false));
    }

    /** Undoes a merge: the need goes back to the library as it was raised. */
    public List<DemandEvent> splitFrom(Demand survivor, String actor, Instant now) {
        if (!status.canMoveTo(DemandStatus.SUBMITTED)) {
            throw new IllegalTransitionException(status, DemandStatus.SUBMITTED);
        }
        if (!survivor.id.equals(mergedInto)) {
            throw new IllegalArgumentException("this need was not merged into " + survivor.reference);
        }
        move(DemandStatus.SUBMITTED);
        this.mergedInto = null;
        this.updatedAt = now;
        survivor.supporters = Math.max(0, survivor.supporters - 1 - supporters);
        survivor.updatedAt = now;
        return List.of(event(now, actor, EventType.SPLIT, survivor.reference, false),
                survivor.event(now, actor, EventType.SPLIT, reference, false));
    }

    /** How many residents this need speaks for: whoever raised it and everyone who has it too. */
    public int residents() {
        return 1 + supporters;
    }

    /** Another resident has this need too; counted once per resident by the caller. */
    public DemandEvent supportedBy(String actor, Instant now) {
        supporters++;
        return event(now, actor, EventType.SUPPORTED, null, false);
    }

    /** A note; one the resident can read is a change they should notice, an internal one is not. */
    public DemandEvent note(String actor, String text, boolean internal, Instant now) {
        if (!internal) {
            this.updatedAt = now;
        }
        return event(now, actor, EventType.NOTE, text, internal);
    }

    public OverdueMark responseMark(Instant now) {
        return respondedAt != null || !status.isOpen() ? OverdueMark.GREEN : OverdueMark.of(submittedAt, respondBy, now);
    }

    public OverdueMark resolutionMark(Instant now) {
        return !status.isOpen() ? OverdueMark.GREEN : OverdueMark.of(submittedAt, resolveBy, now);
    }

    /** The worse of the two marks: what the inbox shows. */
    public OverdueMark overdueMark(Instant now) {
        OverdueMark response = responseMark(now);
        OverdueMark resolution = resolutionMark(now);
        return response.compareTo(resolution) >= 0 ? response : resolution;
    }

    /** The joint meeting declined the affair: its decision is the reason the resident reads. */
    public List<DemandEvent> declineByMeeting(String actor, MeetingReference meeting, String decision, Instant now) {
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason the resident can read");
        }
        moveByMeeting(DemandStatus.REJECTED);
        this.rejectionReason = decision.strip();
        this.updatedAt = now;
        return List.of(event(now, actor, EventType.REJECTED, rejectionReason, false, meeting.details()));
    }

    private void moveByMeeting(DemandStatus target) {
        if (!status.byMeetingDecision().contains(target)) {
            throw new IllegalTransitionException(status, target);
        }
        status = target;
    }

    private void move(DemandStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        status = target;
    }

    private DemandEvent event(Instant at, String actor, EventType type, String note, boolean internal) {
        return event(at, actor, type, note, internal, Map.of());
    }

    private DemandEvent event(Instant at, String actor, EventType type, String note, boolean internal,
                              Map<String, String> details) {
        return new DemandEvent(id, at, actor, channel, type, note, internal, details);
    }

    public UUID id() { return id; }
    public String reference() { return reference; }
    public String channel() { return channel; }
    public String externalId() { return externalId; }
    public String rawPayload() { return rawPayload; }
    public UUID submitterAccountId() { return submitterAccountId; }
    public String submitterName() { return submitterName; }
    public String contact() { return contact; }
    public String text() { return text; }
    public String place() { return place; }

    public UUID householdId() {
        return householdId;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
    public DemandKind kind() { return kind; }
    public ServiceCategory category() { return category; }
    public Urgency urgency() { return urgency; }
    public DemandStatus status() { return status; }
    public boolean isPublic() { return publicVisible; }
    public Suggestion suggestion() {
        return suggestedKind == null ? null : new Suggestion(suggestedKind, suggestedCategory,
                suggestionConfidence == null ? 0 : suggestionConfidence, suggestionReason);
    }
    public int supporters() { return supporters; }
    public String assignee() { return assignee; }
    public String resolution() { return resolution; }
    public String rejectionReason() { return rejectionReason; }
    public UUID mergedInto() { return mergedInto; }
    public Instant submittedAt() { return submittedAt; }
    public Instant respondBy() { return respondBy; }
    public Instant resolveBy() { return resolveBy; }
    public Instant respondedAt() { return respondedAt; }
    public Instant resolvedAt() { return resolvedAt; }
}
