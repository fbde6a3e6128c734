package org.weimin.config.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.weimin.identity.model.Role;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.Population;
import org.weimin.tenancy.model.RegionPath;

/** A validated community configuration file, ready to apply. */
public record CommunityConfig(String file, CommunityId id, String nameZh, String nameEn, RegionPath region,
                              Locale locale, ZoneId timeZone, Population population, List<GridSpec> grids,
                              List<AccountSpec> accounts, List<PluginSpec> plugins, Map<String, Object> deadlines,
                              int deadlinesLine) {

    public record GridSpec(String code, String name, List<BuildingSpec> buildings) {
    }

    public record BuildingSpec(String code, String name, int floors, List<UnitSpec> units) {
    }

    public record UnitSpec(int number, List<HouseholdSpec> households) {
    }

    public record HouseholdSpec(String room, List<ResidentSpec> residents) {
    }

    public record ResidentSpec(String name, String gender, int birthYear, String phone) {
    }

    /**
     * @param household {@code building-unit-room} of a resident's household, or null
     */
    public record AccountSpec(String username, String displayName, Set<Role> roles, String household,
                              List<String> gridCodes, PasswordSource password, String workPhone) {
    }

    /**
     * A plugin feature as the file sets it for the community.
     *
     * @param settings setting values as written (text, whole numbers as Long, booleans, lists of text)
     * @param secretsFromEnv secret settings to read from environment variables: key to variable name
     * @param line where the feature stands in the file
     */
    public record PluginSpec(String featureId, boolean enabled, Map<String, Object> settings,
                             Map<String, String> secretsFromEnv, int line) {
    }

    public int householdCount() {
        return grids.stream().flatMap(g -> g.buildings().stream()).flatMap(b -> b.units().stream())
                .mapToInt(u -> u.households().size()).sum();
    }

    public int residentCount() {
        return grids.stream().flatMap(g -> g.buildings().stream()).flatMap(b -> b.units().stream())
                .flatMap(u -> u.households().stream()).mapToInt(h -> h.residents().size()).sum();
    }
}
