package org.weimin.affair.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The handling sessions of the community in scope, their agendas and its cadence. */
public interface HandlingSessionRepository {

    Optional<SessionCadence> cadence();

    void add(SessionCadence cadence);

    Optional<HandlingSession> find(UUID id);

    Optional<HandlingSession> on(LocalDate day);

    void add(HandlingSession session);

    /** Sessions from this day on, soonest first. */
    List<HandlingSession> from(LocalDate day, int limit);

    /** Sessions before this day, latest first. */
    List<HandlingSession> before(LocalDate day, int limit);

    List<SessionItem> agendas(Collection<UUID> sessionIds);

    Optional<SessionItem> item(UUID id);

    /** The undecided item a need waits on, if any. */
    Optional<SessionItem> pendingItemFor(UUID demandId);

    /** Undecided items of sessions held before this day. */
    List<SessionItem> undecidedBefore(LocalDate day);

    void add(SessionItem item);
}
