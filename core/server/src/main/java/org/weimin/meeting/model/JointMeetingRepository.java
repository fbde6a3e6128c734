package org.weimin.meeting.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The joint meetings of the community in the current tenant scope. */
public interface JointMeetingRepository {

    /** Newest first. */
    List<JointMeeting> all();

    Optional<JointMeeting> find(UUID id);

    void add(JointMeeting meeting);

    /** In agenda order. */
    List<AgendaItem> agenda(UUID meetingId);

    /** Agenda items of many meetings at once, for lists. */
    List<AgendaItem> agendas(List<UUID> meetingIds);

    /** The undecided agenda item a need is waiting on, if any. */
    Optional<AgendaItem> pendingItemFor(UUID demandId);

    void add(AgendaItem item);
}
