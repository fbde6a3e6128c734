package org.weimin.config.application;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.CommunityConfig.GridSpec;
import org.weimin.config.model.PasswordSource;
import org.weimin.config.model.PlatformConfig;
import org.weimin.demand.application.DeadlineSettings;
import org.weimin.grid.application.ProvisionGrid;
import org.weimin.identity.application.ProvisionAccounts;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.tenancy.application.DescribeCommunity;

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
    DescribeCommunity community;

    @Inject
    ProvisionGrid grid;

    @Inject
    ProvisionAccounts accounts;

    @Inject
    CommunityFeatures features;

    @Inject
    DeadlineSettings deadlines;

    /** Must run inside the community's tenant scope. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyCommunity(CommunityConfig config) {
        community.describe(config.id(), config.nameZh(), config.nameEn(), config.region(), config.locale(),
                config.timeZone(), config.population());
        Map<String, UUID> gridIds = grid.apply(config.grids().stream().map(ConfigApplier::plan).toList());
        accounts.applyCommunityAccounts(config.accounts().stream().map(a -> new ProvisionAccounts.AccountPlan(a.username(),
                a.displayName(), a.roles(), a.household(), a.gridCodes(), password(a.password()), a.workPhone())).toList(),
                gridIds, grid.householdsByReference());
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
        accounts.applyPlatformAccounts(config.accounts().stream().map(a -> new ProvisionAccounts.PlatformAccountPlan(
                a.username(), a.displayName(), a.role(), a.subDistrict(), a.communities(), password(a.password()))).toList());
    }

    private static ProvisionGrid.GridPlan plan(GridSpec grid) {
        return new ProvisionGrid.GridPlan(grid.code(), grid.name(), grid.buildings().stream().map(b -> new ProvisionGrid.BuildingPlan(
                b.code(), b.name(), b.floors(), b.units().stream().map(u -> new ProvisionGrid.UnitPlan(u.number(),
                        u.households().stream().map(h -> new ProvisionGrid.HouseholdPlan(h.room(), h.residents().stream()
                                .map(r -> new ProvisionGrid.ResidentPlan(r.name(), r.gender(), r.birthYear(), r.phone()))
                                .toList())).toList())).toList())).toList());
    }

    /** A password from the environment is read now, when the file is applied. */
    private static ProvisionAccounts.Password password(PasswordSource source) {
        return source instanceof PasswordSource.Hash given ? new ProvisionAccounts.Password.Hashed(given.value())
                : new ProvisionAccounts.Password.Plain(System.getenv(((PasswordSource.EnvironmentVariable) source).name()));
    }
}
