package org.weimin.wish.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.wish.model.HoursEntry;
import org.weimin.wish.model.HoursLedger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaHoursLedger implements HoursLedger {

    @Inject
    EntityManager em;

    @Override
    public boolean book(HoursEntry entry) {
        // The unique key still stops a concurrent second booking; this check makes the usual rerun quiet.
        boolean booked = !em.createQuery("select h.id from HoursEntry h where h.entryKey = :key", UUID.class)
                .setParameter("key", entry.entryKey()).getResultList().isEmpty();
        if (booked) {
            return false;
        }
        em.persist(entry);
        return true;
    }

    @Override
    public Optional<HoursEntry> find(UUID id) {
        return Optional.ofNullable(em.find(HoursEntry.class, id));
    }

    @Override
    public boolean isReversed(UUID entryId) {
        return !em.createQuery("select h.id from HoursEntry h where h.reverses = :entry", UUID.class)
                .setParameter("entry", entryId).getResultList().isEmpty();
    }

    @Override
    public List<HoursEntry> entriesOf(UUID volunteerId) {
        return em.createQuery("select h from HoursEntry h where h.volunteerId = :volunteer order by h.recordedAt desc, h.id",
                HoursEntry.class).setParameter("volunteer", volunteerId).getResultList();
    }

    @Override
    public Map<UUID, Long> balances() {
        return em.createQuery("select h.volunteerId, sum(h.minutes) from HoursEntry h group by h.volunteerId", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue()));
    }
}
