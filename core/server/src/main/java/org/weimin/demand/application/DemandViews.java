package org.weimin.demand.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.EventType;
import org.weimin.demand.model.OverdueMark;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Suggestion;
import org.weimin.demand.model.Urgency;

/** What the inbox, the resident's list and the detail page show of needs. */
public final class DemandViews {

    private DemandViews() {
    }

    /**
     * @param news for the resident who raised it: it changed since they last opened it
     * @param dueBy the deadline it works towards now: to respond until the community did, then to resolve
     */
    public record Summary(UUID id, String reference, String text, DemandKind kind, ServiceCategory category,
                          Urgency urgency, DemandStatus status, String place, Double latitude, Double longitude,
                          String channel, Instant submittedAt,
                          Instant respondBy, Instant resolveBy, Instant dueBy, OverdueMark overdue, int supporters, String assignee,
                          Suggestion suggestion, boolean publicVisible, int residents, UUID mergedInto, boolean news) {

        static Summary of(Demand d, Instant now) {
            return of(d, now, false, true);
        }

        /**
         * @param news whether it changed since the resident who raised it last looked
         * @param exactPlace whether the viewer may see the room and the map point; others see the building only
         */
        static Summary of(Demand d, Instant now, boolean news, boolean exactPlace) {
            return new Summary(d.id(), d.reference(), d.text(), d.kind(), d.category(), d.urgency(), d.status(),
                    exactPlace ? d.place() : building(d.place()), exactPlace ? d.latitude() : null,
                    exactPlace ? d.longitude() : null, d.channel(), d.submittedAt(), d.respondBy(), d.resolveBy(),
                    !d.status().isOpen() ? null : d.respondedAt() == null ? d.respondBy() : d.resolveBy(),
                    d.overdueMark(now), d.supporters(), d.assignee(), d.suggestion(), d.isPublic(), d.residents(),
                    d.mergedInto(), news);
        }
    }

    /** The building of a place given as building-unit-room ("5-1-302" is building 5); other places as they are. */
    public static String building(String place) {
        if (place == null) {
            return null;
        }
        int dash = place.indexOf('-');
        return dash > 0 ? place.substring(0, dash) : place;
    }

    /**
     * @param submitter who raised it; contact and raw payload only for staff
     * @param timeline without internal notes for residents
     * @param household the household it comes from (building-unit-room), for staff and its own resident
     * @param photoAddress the web address of the sender's own photo (Open311 media_url), or null
     * @param nextStatuses where the viewer's staff may move it now (archiving waits for the resident's answer)
     * @param raisedByViewer whether the person looking is the resident who raised it
     * @param supportedByViewer whether the resident looking already said they have this need too
     */
    public record Detail(Summary summary, String submitter, String contact, String resolution, String rejectionReason,
                         String rawPayload, List<Event> timeline, List<DemandStatus> nextStatuses,
                         List<org.weimin.demand.model.DemandPhotoRepository.PhotoInfo> photos, String household,
                         String photoAddress, boolean raisedByViewer, boolean supportedByViewer) {
    }

    /**
     * @param actor the account's username, a channel's id for needs from outside, or "system"
     * @param actorRole the role the actor acted in, when the actor is an account of the community
     * @param actorName the actor's name as people know it; left out for other residents, whom a resident does not see by name
     * @param note people's own words on this step
     * @param details what the system knows about the step, for the reader's language (see {@link Demand#RESPONSIBLE})
     */
    public record Event(Instant at, String actor, org.weimin.identity.model.Role actorRole, String actorName, String channel,
                        EventType type, String note, boolean internal, java.util.Map<String, String> details) {
    }

    /** A need that probably asks for the same, for staff to merge. */
    public record Similar(Summary need, double similarity) {
    }

    public record Page(List<Summary> items, long total, int offset, int limit) {
    }
}
