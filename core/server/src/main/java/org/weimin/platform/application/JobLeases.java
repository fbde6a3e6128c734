package org.weimin.platform.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.weimin.identity.application.PlatformWide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Leases in the database under which a scheduled job runs on one instance at a time: an instance takes the
 * job's lease when it is free or expired (or its own), holds it for a while, and another instance takes over only
 * once an instance that died has let it expire. Each job has its row from the migration, so taking a lease is a
 * single conditional update that the database decides.
 */
@ApplicationScoped
public class JobLeases {

    /** This instance, as lease rows name it. */
    static final String INSTANCE = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** @return whether this instance holds the job's lease for {@code hold} from now */
    @PlatformWide
    @Transactional
    public boolean take(String job, Duration hold) {
        Instant now = clock.instant();
        return em.createNativeQuery("update job_lease set holder = ?1, held_until = ?2 where job = ?3"
                        + " and (holder is null or holder = ?1 or held_until < ?4)")
                .setParameter(1, INSTANCE).setParameter(2, now.plus(hold)).setParameter(3, job).setParameter(4, now)
                .executeUpdate() == 1;
    }
}
