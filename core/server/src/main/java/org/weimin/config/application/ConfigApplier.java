package org.weimin.config.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.weimin.config.model.CommunityConfig.AccountSpec;
import org.weimin.config.model.CommunityConfig.BuildingSpec;
import org.weimin.config.model.CommunityConfig.GridSpec;
import org.weimin.config.model.CommunityConfig.HouseholdSpec;
import org.weimin.config.model.CommunityConfig.ResidentSpec;
import org.weimin.config.model.CommunityConfig.UnitSpec;
import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.PasswordSource;
import org.weimin.config.model.PlatformConfig.PlatformAccountSpec;
import org.weimin.config.model.PlatformConfig;
import org.weimin.grid.model.Building;
import org.weimin.grid.model.BuildingUnit;
import org.weimin.grid.model.Gender;
import org.weimin.grid.model.Grid;
import org.weimin.grid.model.GridRepository;
import org.weimin.grid.model.Household;
import org.weimin.grid.model.Resident;
import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.PlatformAccount;
import org.weimin.identity.model.PlatformAccountRepository;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Brings the database in line with one validated file, idempotently: what exists is updated in place,
 * what is missing is created. Grid places that disappear from a file are kept (demands will refer to
 * them); accounts that disappear are deactivated, so removing a person from the file removes their access.
 * Each file is applied in its own transaction: it lands whole or not at all.
 */
@ApplicationScoped
public class ConfigApplier {

    @Inject
    CommunityRepository communities;

    @Inject
    GridRepository grid;

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformAccountRepository platformAccounts;

    @Inject
    org.weimin.identity.application.PasswordHasher passwordHash;

    @Inject
    CommunityFeatures features;

    @Inject
    org.weimin.demand.application.DeadlineSettings deadlines;

    private final Clock clock = Clock.systemUTC();

    /** Must run inside the community's tenant scope. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyCommunity(CommunityConfig config) {
        Community community = communities.find(config.id()).orElse(null);
        if (community == null) {
            communities.add(new Community(config.id(), config.nameZh(), config.nameEn(), config.region(),
                    config.locale(), config.timeZone(), config.population(), clock.instant()));
        } else {
            community.describe(config.nameZh(), config.nameEn(), config.region(), config.locale(),
                    config.timeZone(), config.population(), clock.instant());
        }
        Map<String, UUID> gridIds = applyGrids(config.grids());
        applyAccounts(config.accounts(), gridIds, householdRefs());
        if (config.deadlines() != null) {
            deadlines.applyFromConfig(config.id(), config.deadlines());
        }
        for (CommunityConfig.PluginSpec plugin : config.plugins()) {
            features.applyFromConfig(config.id(), plugin.featureId(), plugin.enabled(), withSecrets(plugin));
        }
    }

    /** The feature's settings with its secrets read from the environment. */
    public static Map<String, Object> withSecrets(CommunityConfig.PluginSpec plugin) {
        Map<String, Object> values = new HashMap<>(plugin.settings());
        plugin.secretsFromEnv().forEach((key, variable) -> values.put(key, System.getenv(variable)));
        return values;
    }

    /** Must run inside the platform scope. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyPlatform(PlatformConfig config) {
        for (PlatformAccountSpec spec : config.accounts()) {
            var existing = platformAccounts.findByUsername(spec.username());
            String hash = hash(spec.password(), existing.map(PlatformAccount::passwordHash).orElse(null));
            if (existing.isPresent()) {
                existing.get().update(spec.displayName(), hash, spec.role(), spec.subDistrict(), spec.communities());
            } else {
                platformAccounts.add(new PlatformAccount(spec.username(), spec.displayName(), hash, spec.role(),
                        spec.subDistrict(), spec.communities()));
            }
        }
    }

    private Map<String, UUID> applyGrids(List<GridSpec> specs) {
        Map<String, Grid> grids = new HashMap<>();
        grid.grids().forEach(g -> grids.put(g.code(), g));
        Map<String, Building> buildings = new HashMap<>();
        grid.buildings().forEach(b -> buildings.put(b.code(), b));
        Map<String, BuildingUnit> units = new HashMap<>();
        grid.units().forEach(u -> units.put(u.buildingId() + "#" + u.number(), u));
        Map<String, Household> households = new HashMap<>();
        grid.households().forEach(h -> households.put(h.unitId() + "#" + h.room(), h));
        Map<UUID, List<Resident>> residents = new HashMap<>();
        grid.residents().forEach(r -> residents.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r));

        Map<String, UUID> gridIds = new HashMap<>();
        for (GridSpec gridSpec : specs) {
            Grid g = grids.get(gridSpec.code());
            if (g == null) {
                g = new Grid(gridSpec.code(), gridSpec.name());
                grid.add(g);
            } else {
                g.rename(gridSpec.name());
            }
            gridIds.put(g.code(), g.id());
            for (BuildingSpec buildingSpec : gridSpec.buildings()) {
                Building b = buildings.get(buildingSpec.code());
                if (b == null) {
                    b = new Building(g.id(), buildingSpec.code(), buildingSpec.name(), buildingSpec.floors());
                    grid.add(b);
                } else {
                    b.describe(g.id(), buildingSpec.name(), buildingSpec.floors());
                }
                for (UnitSpec unitSpec : buildingSpec.units()) {
                    BuildingUnit u = units.get(b.id() + "#" + unitSpec.number());
                    if (u == null) {
                        u = new BuildingUnit(b.id(), unitSpec.number());
                        grid.add(u);
                    }
                    for (HouseholdSpec householdSpec : unitSpec.households()) {
                        Household h = households.get(u.id() + "#" + householdSpec.room());
                        if (h == null) {
                            h = new Household(u.id(), householdSpec.room());
                            grid.add(h);
                        }
                        applyResidents(h, householdSpec.residents(), residents.getOrDefault(h.id(), List.of()));
                    }
                }
            }
        }
        return gridIds;
    }

    private void applyResidents(Household household, List<ResidentSpec> wanted, List<Resident> present) {
        Set<String> wantedKeys = new HashSet<>();
        wanted.forEach(r -> wantedKeys.add(r.name() + "#" + r.birthYear()));
        Set<String> presentKeys = new HashSet<>();
        for (Resident resident : present) {
            String key = resident.name() + "#" + resident.birthYear();
            if (!wantedKeys.contains(key)) {
                grid.remove(resident);
            } else {
                presentKeys.add(key);
            }
        }
        for (ResidentSpec spec : wanted) {
            if (!presentKeys.contains(spec.name() + "#" + spec.birthYear())) {
                grid.add(new Resident(household.id(), spec.name(), Gender.valueOf(spec.gender().toUpperCase()),
                        spec.birthYear(), spec.phone()));
            }
        }
    }

    /** building-unit-room to household id, as accounts refer to households. */
    private Map<String, UUID> householdRefs() {
        Map<UUID, Building> buildings = new HashMap<>();
        grid.buildings().forEach(b -> buildings.put(b.id(), b));
        Map<UUID, String> unitPrefixes = new HashMap<>();
        grid.units().forEach(u -> unitPrefixes.put(u.id(), buildings.get(u.buildingId()).code() + "-" + u.number()));
        Map<String, UUID> refs = new HashMap<>();
        grid.households().forEach(h -> refs.put(unitPrefixes.get(h.unitId()) + "-" + h.room(), h.id()));
        return refs;
    }

    private void applyAccounts(List<AccountSpec> specs, Map<String, UUID> gridIds, Map<String, UUID> households) {
        Map<String, Account> existing = new HashMap<>();
        accounts.all().forEach(a -> existing.put(a.username(), a));
        Set<String> listed = new HashSet<>();
        for (AccountSpec spec : specs) {
            listed.add(spec.username());
            Account account = existing.get(spec.username());
            UUID household = spec.household() == null ? null : households.get(spec.household());
            String hash = hash(spec.password(), account == null ? null : account.passwordHash());
            if (account == null) {
                account = new Account(spec.username(), spec.displayName(), hash, spec.roles(), household);
                accounts.add(account);
            } else {
                account.update(spec.displayName(), hash, spec.roles(), household);
            }
            accounts.replaceAssignments(account.id(), spec.gridCodes().stream().map(gridIds::get).toList());
        }
        existing.values().stream().filter(a -> !listed.contains(a.username())).forEach(Account::deactivate);
    }

    /** A password from the environment keeps its stored hash while it still matches, so re-applying changes nothing. */
    private String hash(PasswordSource source, String currentHash) {
        if (source instanceof PasswordSource.Hash given) {
            return given.value();
        }
        String password = System.getenv(((PasswordSource.EnvironmentVariable) source).name());
        if (currentHash != null && passwordHash.verify(password.toCharArray(), currentHash)) {
            return currentHash;
        }
        return passwordHash.hash(password.toCharArray());
    }
}
