package org.weimin.identity.application;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.PlatformAccount;
import org.weimin.identity.model.PlatformAccountRepository;
import org.weimin.identity.model.Role;

import org.weimin.shared.ConflictException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Accounts as a configuration file lists them, applied idempotently inside the caller's transaction: listed
 * accounts are created or updated, a community's accounts that are no longer listed are deactivated, so
 * removing a person from the file removes their access.
 */
@ApplicationScoped
public class ProvisionAccounts {

    /** An account's password as the file gives it. */
    public sealed interface Password {
        /** A stored PBKDF2 hash. */
        record Hashed(String hash) implements Password {
        }

        /** The password itself (read from the environment): hashed, unless the stored hash already matches. */
        record Plain(String password) implements Password {
        }
    }

    /**
     * @param household building-unit-room of a resident's household, or null
     * @param workPhone the phone a staff member answers residents on, or null
     */
    public record AccountPlan(String username, String displayName, Set<Role> roles, String household,
                              List<String> gridCodes, Password password, String workPhone) {
    }

    public record PlatformAccountPlan(String username, String displayName, Role role, String subDistrict,
                                      Set<String> communities, Password password) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformAccountRepository platformAccounts;

    @Inject
    PasswordHasher hashing;

    /**
     * @param gridIds the community's grids by code, for grid workers' assignments
     * @param households the community's households by reference
     */
    @Transactional
    public void applyCommunityAccounts(List<AccountPlan> plans, Map<String, UUID> gridIds, Map<String, UUID> households) {
        Map<String, Account> existing = new HashMap<>();
        accounts.all().forEach(a -> existing.put(a.username(), a));
        Set<String> listed = new HashSet<>();
        for (AccountPlan plan : plans) {
            listed.add(plan.username());
            Account account = existing.get(plan.username());
            UUID household = plan.household() == null ? null : households.get(plan.household());
            String hash = hash(plan.password(), account == null ? null : account.passwordHash());
            if (account == null) {
                account = new Account(plan.username(), plan.displayName(), hash, plan.roles(), household);
                accounts.add(account);
            } else {
                account.update(plan.displayName(), hash, plan.roles(), household);
            }
            account.publishWorkPhone(plan.workPhone());
            accounts.replaceAssignments(account.id(), plan.gridCodes().stream().map(gridIds::get).toList());
        }
        existing.values().stream().filter(a -> !listed.contains(a.username())).forEach(Account::deactivate);
    }

    /**
     * The first cadre of a community the platform administrator just created, so that someone can sign in and set
     * it up. Only for a community without a cadre: later accounts are the community's own business.
     */
    @InCommunity
    @Transactional
    public void addFirstCadre(CommunityId community, String username, String displayName, char[] password) {
        if (accounts.all().stream().anyMatch(a -> a.isActive() && a.roles().contains(Role.CADRE))) {
            throw new ConflictException("community " + community + " already has a cadre");
        }
        accounts.add(new Account(username, displayName, hashing.hash(password), EnumSet.of(Role.CADRE), null));
    }

    @Transactional
    public void applyPlatformAccounts(List<PlatformAccountPlan> plans) {
        for (PlatformAccountPlan plan : plans) {
            var existing = platformAccounts.findByUsername(plan.username());
            String hash = hash(plan.password(), existing.map(PlatformAccount::passwordHash).orElse(null));
            if (existing.isPresent()) {
                existing.get().update(plan.displayName(), hash, plan.role(), plan.subDistrict(), plan.communities());
            } else {
                platformAccounts.add(new PlatformAccount(plan.username(), plan.displayName(), hash, plan.role(),
                        plan.subDistrict(), plan.communities()));
            }
        }
    }

    /** A plain password keeps its stored hash while it still matches, so applying a file again changes nothing. */
    private String hash(Password password, String currentHash) {
        if (password instanceof Password.Hashed given) {
            return given.hash();
        }
        String plain = ((Password.Plain) password).password();
        if (currentHash != null && hashing.verify(plain.toCharArray(), currentHash)) {
            return currentHash;
        }
        return hashing.hash(plain.toCharArray());
    }
}
