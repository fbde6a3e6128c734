package org.weimin.fund.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.fund.model.Campaign;
import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.fund.model.CommunityMatchRules;
import org.weimin.fund.model.Donation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaCampaigns implements CampaignRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
    }

    @Override
    public Optional<Campaign> find(UUID id) {
        return em.createQuery("select c from Campaign c where c.id = :id", Campaign.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Campaign> lock(UUID id) {
        return em.createQuery("select c from Campaign c where c.id = :id", Campaign.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Campaign> ofProject(UUID projectId) {
        return em.createQuery("select c from Campaign c where c.projectId = :project", Campaign.class).setParameter("project", projectId)
                .getResultStream().findFirst();
    }

    @Override
    public List<UUID> overdue(Instant now, int limit) {
        return em.createQuery("select c.id from Campaign c where c.status = :open and c.deadline <= :now order by c.deadline", UUID.class)
                .setParameter("open", CampaignStatus.OPEN).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.openedAt desc", Campaign.class).getResultList();
    }

    @Override
    public List<Donation> donationsOf(UUID campaignId) {
        return em.createQuery("select d from Donation d where d.campaignId = :campaign order by d.receivedAt, d.id", Donation.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public long matchedForDonor(UUID campaignId, String donorKey) {
        return em.createQuery("select coalesce(sum(d.matchedFen), 0) from Donation d where d.campaignId = :campaign and d.donorKey = :donor",
                Long.class).setParameter("campaign", campaignId).setParameter("donor", donorKey).getSingleResult();
    }

    @Override
    public boolean hasGiven(UUID campaignId, String donorKey) {
        return !em.createQuery("select d.id from Donation d where d.campaignId = :campaign and d.donorKey = :donor", UUID.class)
                .setParameter("campaign", campaignId).setParameter("donor", donorKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<CommunityMatchRules> matchRules() {
        return em.createQuery("select r from CommunityMatchRules r", CommunityMatchRules.class).getResultStream().findFirst();
    }

    @Override
    public void add(CommunityMatchRules rules) {
        em.persist(rules);
    }
}
