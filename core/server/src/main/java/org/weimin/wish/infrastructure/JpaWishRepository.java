package org.weimin.wish.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishPhoto;
import org.weimin.wish.model.WishRepository;
import org.weimin.wish.model.WishStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

@ApplicationScoped
public class JpaWishRepository implements WishRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(Wish wish) {
        em.persist(wish);
    }

    @Override
    public Optional<Wish> find(UUID id) {
        return Optional.ofNullable(em.find(Wish.class, id));
    }

    @Override
    public Optional<Wish> findForClaiming(UUID id) {
        return Optional.ofNullable(em.find(Wish.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Wish> byDemand(UUID demandId) {
        return em.createQuery("select w from Wish w where w.demandId = :demand", Wish.class).setParameter("demand", demandId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Wish> page(WallFilter filter, int offset, int limit) {
        return where(filter, "select w from Wish w", " order by w.publishedAt desc, w.id", Wish.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(WallFilter filter) {
        return where(filter, "select count(w) from Wish w", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(WallFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where w.status in :statuses");
        if (filter.onWallOnly()) {
            jpql.append(" and w.onWall = true");
        }
        if (filter.category() != null) {
            jpql.append(" and w.category = :category");
        }
        if (filter.gridCode() != null) {
            jpql.append(" and w.gridCode = :grid");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type).setParameter("statuses", filter.statuses());
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.gridCode() != null) {
            query.setParameter("grid", filter.gridCode());
        }
        return query;
    }

    @Override
    public List<Wish> publishedStories(int limit) {
        return em.createQuery("select w from Wish w where w.status = :confirmed and w.storyPublic = true order by w.confirmedAt desc",
                Wish.class).setParameter("confirmed", WishStatus.CONFIRMED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Wish> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from Wish w where w.id in :ids", Wish.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void add(Claim claim) {
        em.persist(claim);
    }

    @Override
    public Optional<Claim> findClaim(UUID id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    @Override
    public Optional<UUID> wishOfClaim(UUID claimId) {
        return em.createQuery("select c.wishId from WishClaim c where c.id = :claim", UUID.class).setParameter("claim", claimId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Claim> claimsOf(UUID wishId) {
        return em.createQuery("select c from WishClaim c where c.wishId = :wish order by c.claimedAt, c.id", Claim.class)
                .setParameter("wish", wishId).getResultList();
    }

    @Override
    public List<Claim> claimsOf(Collection<UUID> wishIds) {
        if (wishIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from WishClaim c where c.wishId in :wishes order by c.claimedAt, c.id", Claim.class)
                .setParameter("wishes", wishIds).getResultList();
    }

    @Override
    public List<Claim> claimsActedOnBy(String username) {
        return em.createQuery("select c from WishClaim c where c.actingUser = :user order by c.claimedAt desc, c.id", Claim.class)
                .setParameter("user", username).getResultList();
    }

    @Override
    public List<Claim> overdueClaims(Instant now, int limit) {
        return em.createQuery("select c from WishClaim c where c.status = :active and (c.fulfilBy < :now"
                        + " or (c.contactedAt is null and c.contactBy < :now)) order by c.contactBy", Claim.class)
                .setParameter("active", ClaimStatus.ACTIVE).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(WishPhoto photo) {
        em.persist(photo);
    }

    @Override
    public List<WishPhoto> photosOf(UUID wishId) {
        return em.createQuery("select p from WishPhoto p where p.wishId = :wish order by p.uploadedAt, p.id", WishPhoto.class)
                .setParameter("wish", wishId).getResultList();
    }

    @Override
    public Optional<WishPhoto> photo(UUID id) {
        return Optional.ofNullable(em.find(WishPhoto.class, id));
    }

    @Override
    public long photoCount(UUID claimId) {
        return em.createQuery("select count(p) from WishPhoto p where p.claimId = :claim", Long.class)
                .setParameter("claim", claimId).getSingleResult();
    }
}
