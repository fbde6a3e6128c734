package org.weimin.identity.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.GridAssignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @Inject
    EntityManager em;

    public JpaAccountRepository() {
    }

    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<Account> findByUsernames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.username in :usernames", Account.class)
                .setParameter("usernames", usernames).getResultList();
    }

    @Override
    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public List<UUID> assignedGridIds(UUID accountId) {
        return em.createQuery("select g.gridId from GridAssignment g where g.accountId = :account", UUID.class)
                .setParameter("account", accountId).getResultList();
    }

    @Override
    public List<Account> assignedTo(UUID gridId) {
        return em.createQuery("select a from Account a, GridAssignment g where g.gridId = :grid and g.accountId = a.id"
                + " and a.active = true order by a.displayName", Account.class).setParameter("grid", gridId).getResultList();
    }

    @Override
    public void replaceAssignments(UUID accountId, List<UUID> gridIds) {
        List<GridAssignment> existing = em.createQuery(
                        "select g from GridAssignment g where g.accountId = :account", GridAssignment.class)
                .setParameter("account", accountId).getResultList();
        existing.stream().filter(a -> !gridIds.contains(a.gridId())).forEach(em::remove);
        gridIds.stream()
                .filter(grid -> existing.stream().noneMatch(a -> a.gridId().equals(grid)))
                .forEach(grid -> em.persist(new GridAssignment(accountId, grid)));
    }
}
