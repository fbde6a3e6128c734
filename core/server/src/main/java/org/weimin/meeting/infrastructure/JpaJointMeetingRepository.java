package org.weimin.meeting.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.meeting.model.AgendaItem;
import org.weimin.meeting.model.JointMeeting;
import org.weimin.meeting.model.JointMeetingRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaJointMeetingRepository implements JointMeetingRepository {

    @Inject
    EntityManager em;

    @Override
    public List<JointMeeting> all() {
        return em.createQuery("select m from JointMeeting m order by m.heldAt desc, m.id", JointMeeting.class).getResultList();
    }

    @Override
    public Optional<JointMeeting> find(UUID id) {
        return Optional.ofNullable(em.find(JointMeeting.class, id));
    }

    @Override
    public void add(JointMeeting meeting) {
        em.persist(meeting);
    }

    @Override
    public List<AgendaItem> agenda(UUID meetingId) {
        return em.createQuery("select i from AgendaItem i where i.meetingId = :meeting order by i.position", AgendaItem.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<AgendaItem> agendas(List<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from AgendaItem i where i.meetingId in :meetings order by i.position", AgendaItem.class)
                .setParameter("meetings", meetingIds).getResultList();
    }

    @Override
    public Optional<AgendaItem> pendingItemFor(UUID demandId) {
        return em.createQuery("select i from AgendaItem i where i.demandId = :demand and i.outcome is null", AgendaItem.class)
                .setParameter("demand", demandId).getResultStream().findFirst();
    }

    @Override
    public void add(AgendaItem item) {
        em.persist(item);
    }
}
