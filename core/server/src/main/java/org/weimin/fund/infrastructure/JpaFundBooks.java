package org.weimin.fund.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.weimin.fund.model.ChainHead;
import org.weimin.fund.model.Donation;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Posting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaFundBooks implements FundBooks {

    @Inject
    EntityManager em;

    @Inject
    HeldBooks held;

    @Override
    public ChainHead lockHead(String community) {
        if (held.head() != null) {
            return held.head();
        }
        ChainHead head = em.createQuery("select h from ChainHead h", ChainHead.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseGet(() -> {
                    // Two first entries at once both get here; the unique key lets one in and the other is retried.
                    ChainHead first = new ChainHead(community);
                    em.persist(first);
                    em.flush();
                    return first;
                });
        held.hold(head);
        return head;
    }

    @Override
    public Optional<FundAccount> accountByKey(String accountKey) {
        Optional<FundAccount> found = em.createQuery("select a from FundAccount a where a.accountKey = :key", FundAccount.class)
                .setParameter("key", accountKey).getResultStream().findFirst();
        found.ifPresent(a -> held.accounts().put(a.id(), a));
        return found;
    }

    @Override
    public List<FundAccount> accounts(Collection<UUID> ids) {
        Map<UUID, FundAccount> known = held.accounts();
        List<UUID> unknown = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            em.createQuery("select a from FundAccount a where a.id in :ids", FundAccount.class).setParameter("ids", unknown).getResultList()
                    .forEach(a -> known.put(a.id(), a));
        }
        return ids.stream().distinct().map(known::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<FundAccount> allAccounts() {
        return em.createQuery("select a from FundAccount a order by a.openedAt, a.id", FundAccount.class).getResultList();
    }

    @Override
    public void open(FundAccount account) {
        em.persist(account);
        held.accounts().put(account.id(), account);
    }

    @Override
    public void record(JournalEntry entry) {
        em.persist(entry);
        entry.postings().forEach(em::persist);
        // The guards are checked by the database as the totals are written, inside this transaction.
        em.flush();
    }

    @Override
    public Optional<JournalEntry> entry(UUID id) {
        return withPostings(em.createQuery("select e from JournalEntry e where e.id = :id", JournalEntry.class).setParameter("id", id)
                .getResultList()).stream().findFirst();
    }

    @Override
    public Optional<JournalEntry> entryByKey(String key) {
        return withPostings(em.createQuery("select e from JournalEntry e where e.entryKey = :key", JournalEntry.class)
                .setParameter("key", key).getResultList()).stream().findFirst();
    }

    @Override
    public Set<UUID> reversedAmong(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select e.reverses from JournalEntry e where e.reverses in :entries", UUID.class)
                .setParameter("entries", entryIds).getResultList());
    }

    @Override
    public List<JournalEntry> entries(int offset, int limit) {
        return withPostings(em.createQuery("select e from JournalEntry e order by e.seq desc", JournalEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long countEntries() {
        return em.createQuery("select count(e) from JournalEntry e", Long.class).getSingleResult();
    }

    @Override
    public List<JournalEntry> chain() {
        return withPostings(em.createQuery("select e from JournalEntry e order by e.seq", JournalEntry.class).getResultList(),
                em.createQuery("select p from Posting p order by p.position", Posting.class).getResultStream());
    }

    @Override
    public void record(Donation donation) {
        em.persist(donation);
    }

    @Override
    public List<Donation> donations(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Donation d where d.entryId in :ids", Donation.class).setParameter("ids", entryIds).getResultList();
    }

    private List<JournalEntry> withPostings(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        return withPostings(entries, em.createQuery("select p from Posting p where p.entryId in :ids order by p.position", Posting.class)
                .setParameter("ids", entries.stream().map(JournalEntry::id).toList()).getResultStream());
    }

    private static List<JournalEntry> withPostings(List<JournalEntry> entries, Stream<Posting> postings) {
        Map<UUID, List<Posting>> byEntry = postings.collect(Collectors.groupingBy(Posting::entryId));
        entries.forEach(e -> e.withPostings(byEntry.getOrDefault(e.id(), List.of())));
        return entries;
    }
}
