package org.weimin.identity.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts of the community in the current tenant scope. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    /** The accounts among these usernames, in one query; unknown names are left out. */
    List<Account> findByUsernames(java.util.Collection<String> usernames);

    List<Account> all();

    void add(Account account);

    List<UUID> assignedGridIds(UUID accountId);

    /** The active accounts assigned to a grid. */
    List<Account> assignedTo(UUID gridId);

    void replaceAssignments(UUID accountId, List<UUID> gridIds);
}
