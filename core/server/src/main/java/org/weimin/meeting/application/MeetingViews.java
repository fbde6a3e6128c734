package org.weimin.meeting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.model.DemandStatus;
import org.weimin.meeting.model.DecisionOutcome;
import org.weimin.meeting.model.JointMeetingStatus;

/** What staff see of joint meetings. */
public final class MeetingViews {

    private MeetingViews() {
    }

    /** @param decided how many agenda items have the meeting's decision */
    public record Summary(UUID id, String title, Instant heldAt, String place, List<String> participants, String convener,
                          JointMeetingStatus status, int agendaItems, int decided) {
    }

    /** One affair on the agenda, with the need as it stands and the decision once taken. */
    public record Item(UUID demandId, String reference, String text, String place, int residents, DemandStatus needStatus,
                       String addedBy, DecisionOutcome outcome, String decision, String assignee, LocalDate dueDate,
                       String decidedBy, Instant decidedAt) {
    }

    public record Detail(Summary meeting, List<Item> agenda) {
    }
}
