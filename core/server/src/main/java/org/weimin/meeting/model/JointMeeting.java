package org.weimin.meeting.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A joint meeting (重大事项联席会议): the parties a major affair needs (the community, the property company,
 * the owners' committee, departments of the sub-district...) meet on an agenda of affairs and decide each
 * one. It is scheduled first, takes agenda items, and concludes when every item has a decision.
 */
public class JointMeeting {

    static final int MAX_PARTICIPANTS = 50;

    private String tenantId;
    private UUID id;
    private String title;
    private Instant heldAt;
    private String place;
    private String participants;
    private String convener;
    private JointMeetingStatus status;
    private Instant createdAt;
    private long version;

    protected JointMeeting() {
    }

    /** @param participants the parties at the table, each as "name (organisation or role)" */
    public JointMeeting(String title, Instant heldAt, String place, List<String> participants, String convener, Instant now) {
        this.title = required(title, "title", 200);
        if (heldAt == null) {
            throw MeetingRuleException.invalid("heldAt", "say when the meeting is held");
        }
        this.place = required(place, "place", 200);
        List<String> named = participants == null ? List.of()
                : participants.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct().toList();
        if (named.size() < 2) {
            throw MeetingRuleException.invalid("participants", "a joint meeting brings at least two parties together; name them, one per line");
        }
        if (named.size() > MAX_PARTICIPANTS || named.stream().anyMatch(p -> p.length() > 100 || p.contains("\n"))) {
            throw MeetingRuleException.invalid("participants", "at most " + MAX_PARTICIPANTS + " participants of at most 100 characters each");
        }
        this.id = UUID.randomUUID();
        this.heldAt = heldAt;
        this.participants = String.join("\n", named);
        this.convener = convener;
        this.status = JointMeetingStatus.SCHEDULED;
        this.createdAt = now;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw MeetingRuleException.invalid(field, "fill in the " + field);
        }
        if (value.strip().length() > max) {
            throw MeetingRuleException.invalid(field, "the " + field + " is at most " + max + " characters");
        }
        return value.strip();
    }

    /** Only a meeting that has not concluded takes new affairs. */
    public void requireScheduled() {
        if (status != JointMeetingStatus.SCHEDULED) {
            throw MeetingRuleException.conflict("this meeting has concluded; put the affair on a new meeting's agenda");
        }
    }

    /** Concludes the meeting once every item on its agenda has a decision. */
    public void concludeIfDecided(List<AgendaItem> agenda) {
        if (!agenda.isEmpty() && agenda.stream().allMatch(AgendaItem::isDecided)) {
            status = JointMeetingStatus.CONCLUDED;
        }
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String place() {
        return place;
    }

    public List<String> participants() {
        return Arrays.asList(participants.split("\n"));
    }

    public String convener() {
        return convener;
    }

    public JointMeetingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
