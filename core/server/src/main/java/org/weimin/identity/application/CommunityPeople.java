package org.weimin.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The people of the community in scope as other contexts know them: who an account is, and what they do. */
@ApplicationScoped
public class CommunityPeople {

    /**
     * @param householdId the household a resident belongs to, or null for staff
         * @param workPhone the phone a staff member answers residents on, or null
     */
    public record Person(UUID accountId, String username, String displayName, Set<Role> roles, UUID householdId,
                         String workPhone) {

        /** The role someone acts in on a timeline: the most responsible one they hold. */
        /** Whether they work for the community (grid worker, social worker, cadre): someone a need can be handed to. */
        public boolean isStaff() {
            return roles.contains(Role.GRID_WORKER) || roles.contains(Role.SOCIAL_WORKER) || roles.contains(Role.CADRE);
        }

        public Role mainRole() {
            return java.util.stream.Stream.of(Role.CADRE, Role.GRID_WORKER, Role.SOCIAL_WORKER, Role.RESIDENT)
                    .filter(roles::contains).findFirst().orElse(null);
        }
    }

    @Inject
    AccountRepository accounts;

    public Optional<Person> byUsername(String username) {
        return accounts.findByUsername(username).map(CommunityPeople::person);
    }

    /** The people among these usernames, in one query, by username; unknown names are left out. */
    public Map<String, Person> byUsernames(Collection<String> usernames) {
        return accounts.findByUsernames(usernames).stream().map(CommunityPeople::person)
                .collect(Collectors.toMap(Person::username, p -> p));
    }

    /** The grids a grid worker (or any account) is assigned to. */
    public List<UUID> assignedGridIds(UUID accountId) {
        return accounts.assignedGridIds(accountId);
    }

    /** The community's active staff (grid workers, social workers, cadres), by name: who a need can be handed to. */
    public List<Person> staff() {
        return accounts.all().stream().filter(Account::isActive).map(CommunityPeople::person).filter(Person::isStaff)
                .sorted(java.util.Comparator.comparing(Person::displayName)).toList();
    }

    /** One active member of the community's staff, by username. */
    public Optional<Person> staffMember(String username) {
        return accounts.findByUsername(username).filter(Account::isActive).map(CommunityPeople::person).filter(Person::isStaff);
    }

    /** The grid workers of a grid, for the residents it serves. */
    public List<Person> gridWorkersOf(UUID gridId) {
        return accounts.assignedTo(gridId).stream().filter(a -> a.roles().contains(Role.GRID_WORKER)).map(CommunityPeople::person).toList();
    }

    private static Person person(Account account) {
        return new Person(account.id(), account.username(), account.displayName(), account.roles(), account.householdId(),
                account.workPhone());
    }
}
