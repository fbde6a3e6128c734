package org.weimin.config.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.weimin.config.model.CommunityConfig.AccountSpec;
import org.weimin.config.model.CommunityConfig.BuildingSpec;
import org.weimin.config.model.CommunityConfig.GridSpec;
import org.weimin.config.model.CommunityConfig.HouseholdSpec;
import org.weimin.config.model.CommunityConfig.ResidentSpec;
import org.weimin.config.model.CommunityConfig.UnitSpec;
import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.ConfigFileResult;
import org.weimin.config.model.ConfigProblem;
import org.weimin.config.model.PasswordSource;
import org.weimin.config.model.PlatformConfig.PlatformAccountSpec;
import org.weimin.config.model.PlatformConfig;
import org.weimin.identity.model.Role;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.Population;
import org.weimin.tenancy.model.RegionPath;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code tenants-config/}: one {@code <community-id>.yaml} per community and an optional
 * {@code _platform.yaml} with the accounts that belong to no community. Every file is checked on its own, so
 * one broken file never keeps the others from loading.
 */
public class TenantConfigReader {

    public static final String PLATFORM_FILE = "_platform.yaml";
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final SchemaCheck communitySchema = new SchemaCheck("community-config.schema.json");
    private final SchemaCheck platformSchema = new SchemaCheck("platform-config.schema.json");
    private final Function<String, String> environment;

    public TenantConfigReader(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The community files of a folder, in name order. */
    public static List<Path> communityFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    public ConfigFileResult<CommunityConfig> readCommunity(Path path) {
        String file = path.getFileName().toString();
        List<ConfigProblem> problems = new ArrayList<>();
        YamlDocument document = load(path, problems);
        if (document == null) {
            return new ConfigFileResult.Rejected<>(file, problems);
        }
        problems.addAll(communitySchema.check(document));
        if (!problems.isEmpty()) {
            return new ConfigFileResult.Rejected<>(file, problems);
        }
        CommunityConfig config = new CommunityReading(document, problems).read();
        return problems.isEmpty()
                ? new ConfigFileResult.Accepted<>(file, config)
                : new ConfigFileResult.Rejected<>(file, problems);
    }

    public ConfigFileResult<PlatformConfig> readPlatform(Path path) {
        String file = path.getFileName().toString();
        List<ConfigProblem> problems = new ArrayList<>();
        YamlDocument document = load(path, problems);
        if (document == null) {
            return new ConfigFileResult.Rejected<>(file, problems);
        }
        problems.addAll(platformSchema.check(document));
        if (!problems.isEmpty()) {
            return new ConfigFileResult.Rejected<>(file, problems);
        }
        List<PlatformAccountSpec> accounts = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        JsonNode list = document.root().path("accounts");
        for (int i = 0; i < list.size(); i++) {
            JsonNode account = list.get(i);
            List<Object> at = List.of("accounts", i);
            String username = account.get("username").asText();
            if (!usernames.add(username)) {
                problems.add(document.problem(path(at, "username"), "username '" + username + "' is used twice"));
            }
            Role role = Role.valueOf(account.get("role").asText().toUpperCase(Locale.ROOT));
            String subDistrict = text(account, "subDistrict");
            if (role == Role.SUBDISTRICT_SUPERVISOR && subDistrict == null) {
                problems.add(document.problem(at, "a sub-district supervisor needs subDistrict"));
            }
            Set<String> communities = new LinkedHashSet<>();
            account.path("communities").forEach(c -> communities.add(c.asText()));
            accounts.add(new PlatformAccountSpec(username, account.get("displayName").asText(), role, subDistrict,
                    communities, password(document, account, at, problems)));
        }
        return problems.isEmpty()
                ? new ConfigFileResult.Accepted<>(file, new PlatformConfig(file, accounts))
                : new ConfigFileResult.Rejected<>(file, problems);
    }

    private YamlDocument load(Path path, List<ConfigProblem> problems) {
        String file = path.getFileName().toString();
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                problems.add(new ConfigProblem(file, 0, "", "the file is larger than 10 MB"));
                return null;
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return YamlDocument.read(file, reader, problems);
            }
        } catch (MalformedInputException e) {
            problems.add(new ConfigProblem(file, 0, "", "the file is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new ConfigProblem(file, 0, "", "cannot read the file: " + e.getMessage()));
        }
        return null;
    }

    private PasswordSource password(YamlDocument document, JsonNode account, List<Object> at,
                                    List<ConfigProblem> problems) {
        if (account.has("passwordHash")) {
            return new PasswordSource.Hash(account.get("passwordHash").asText());
        }
        String name = account.get("passwordEnv").asText();
        List<Object> field = path(at, "passwordEnv");
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            problems.add(document.problem(field, "environment variable " + name + " is not set"));
        } else if (value.length() < 8) {
            problems.add(document.problem(field, "the password in " + name + " is shorter than 8 characters"));
        }
        return new PasswordSource.EnvironmentVariable(name, document.line(field));
    }

    private static List<Object> path(List<Object> base, Object... more) {
        List<Object> path = new ArrayList<>(base);
        Collections.addAll(path, more);
        return path;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The checks a schema cannot express: references between parts of the file, and uniqueness. */
    private final class CommunityReading {

        private final YamlDocument document;
        private final List<ConfigProblem> problems;
        private final Map<String, String> householdRefs = new LinkedHashMap<>();
        private final Set<String> gridCodes = new HashSet<>();

        CommunityReading(YamlDocument document, List<ConfigProblem> problems) {
            this.document = document;
            this.problems = problems;
        }

        CommunityConfig read() {
            JsonNode root = document.root();
            JsonNode community = root.get("community");
            String id = community.get("id").asText();
            String expected = document.file().substring(0, document.file().length() - ".yaml".length());
            if (!id.equals(expected)) {
                problems.add(document.problem(List.of("community", "id"),
                        "the id '" + id + "' must match the file name '" + expected + "'"));
            }
            JsonNode region = community.get("region");
            JsonNode population = community.get("population");
            Population declared = population(population);
            ZoneId zone = zone(community);
            List<GridSpec> grids = grids(root.get("grids"));
            List<AccountSpec> accounts = accounts(root.path("accounts"));
            List<CommunityConfig.PluginSpec> plugins = plugins(root.path("plugins"));
            Map<String, Object> deadlines = null;
            if (root.has("deadlines")) {
                deadlines = new LinkedHashMap<>();
                Map<String, Object> collected = deadlines;
                root.get("deadlines").fields().forEachRemaining(e -> collected.put(e.getKey(), e.getValue().asLong()));
            }
            return new CommunityConfig(document.file(), CommunityId.isValid(id) ? new CommunityId(id) : null,
                    community.get("name").get("zh").asText(), text(community.get("name"), "en"),
                    new RegionPath(region.get("city").asText(), region.get("district").asText(),
                            region.get("subDistrict").asText()),
                    Locale.forLanguageTag(community.path("locale").asText("zh-CN")), zone, declared,
                    grids, accounts, plugins, deadlines, document.line(List.of("deadlines")));
        }

        private Population population(JsonNode node) {
            int households = node.get("households").asInt();
            int residents = node.get("residents").asInt();
            if (residents < households) {
                problems.add(document.problem(List.of("community", "population", "residents"),
                        "residents (" + residents + ") cannot be fewer than households (" + households + ")"));
                return new Population(households, households);
            }
            return new Population(households, residents);
        }

        private ZoneId zone(JsonNode community) {
            String zone = community.path("timeZone").asText("Asia/Shanghai");
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add(document.problem(List.of("community", "timeZone"), "unknown time zone '" + zone + "'"));
                return ZoneId.of("Asia/Shanghai");
            }
        }

        private List<CommunityConfig.PluginSpec> plugins(JsonNode section) {
            List<CommunityConfig.PluginSpec> plugins = new ArrayList<>();
            section.fields().forEachRemaining(entry -> {
                List<Object> at = List.of("plugins", entry.getKey());
                JsonNode feature = entry.getValue();
                Map<String, Object> settings = new LinkedHashMap<>();
                feature.path("settings").fields().forEachRemaining(s -> settings.put(s.getKey(), plain(s.getValue())));
                Map<String, String> secrets = new LinkedHashMap<>();
                feature.path("secretsFromEnv").fields().forEachRemaining(s -> {
                    String variable = s.getValue().asText();
                    String value = environment.apply(variable);
                    if (value == null || value.isBlank()) {
                        problems.add(document.problem(path(at, "secretsFromEnv", s.getKey()),
                                "environment variable " + variable + " is not set"));
                    }
                    secrets.put(s.getKey(), variable);
                });
                plugins.add(new CommunityConfig.PluginSpec(entry.getKey(), feature.path("enabled").asBoolean(true),
                        settings, secrets, document.line(at)));
            });
            return plugins;
        }

        private Object plain(JsonNode value) {
            if (value.isIntegralNumber()) {
                return value.asLong();
            }
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                return items;
            }
            return value.asText();
        }

        private List<GridSpec> grids(JsonNode list) {
            List<GridSpec> grids = new ArrayList<>();
            Set<String> buildingCodes = new HashSet<>();
            for (int g = 0; g < list.size(); g++) {
                JsonNode grid = list.get(g);
                List<Object> at = List.of("grids", g);
                String code = grid.get("code").asText();
                if (!gridCodes.add(code)) {
                    problems.add(document.problem(path(at, "code"), "grid code '" + code + "' is used twice"));
                }
                List<BuildingSpec> buildings = new ArrayList<>();
                JsonNode buildingList = grid.path("buildings");
                for (int b = 0; b < buildingList.size(); b++) {
                    buildings.add(building(buildingList.get(b), path(at, "buildings", b), buildingCodes));
                }
                grids.add(new GridSpec(code, grid.get("name").asText(), buildings));
            }
            return grids;
        }

        private BuildingSpec building(JsonNode building, List<Object> at, Set<String> buildingCodes) {
            String code = building.get("code").asText();
            if (!buildingCodes.add(code)) {
                problems.add(document.problem(path(at, "code"), "building code '" + code + "' is used twice"));
            }
            int floors = building.get("floors").asInt();
            List<UnitSpec> units = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            JsonNode unitList = building.path("units");
            for (int u = 0; u < unitList.size(); u++) {
                JsonNode unit = unitList.get(u);
                List<Object> unitAt = path(at, "units", u);
                int number = unit.get("number").asInt();
                if (!numbers.add(number)) {
                    problems.add(document.problem(path(unitAt, "number"), "unit " + number + " is listed twice"));
                }
                List<HouseholdSpec> households = new ArrayList<>();
                JsonNode householdList = unit.path("households");
                for (int h = 0; h < householdList.size(); h++) {
                    JsonNode household = householdList.get(h);
                    String room = household.get("room").asText();
                    String ref = code + "-" + number + "-" + room;
                    if (householdRefs.putIfAbsent(ref, ref) != null) {
                        problems.add(document.problem(path(unitAt, "households", h, "room"),
                                "room " + room + " is listed twice in unit " + number));
                    }
                    List<ResidentSpec> residents = new ArrayList<>();
                    household.path("residents").forEach(r -> residents.add(new ResidentSpec(r.get("name").asText(),
                            r.get("gender").asText(), r.get("birthYear").asInt(), text(r, "phone"))));
                    households.add(new HouseholdSpec(room, residents));
                }
                units.add(new UnitSpec(number, households));
            }
            return new BuildingSpec(code, building.get("name").asText(), floors, units);
        }

        private List<AccountSpec> accounts(JsonNode list) {
            List<AccountSpec> accounts = new ArrayList<>();
            Set<String> usernames = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode account = list.get(i);
                List<Object> at = List.of("accounts", i);
                String username = account.get("username").asText();
                if (!usernames.add(username)) {
                    problems.add(document.problem(path(at, "username"), "username '" + username + "' is used twice"));
                }
                Set<Role> roles = new LinkedHashSet<>();
                account.get("roles").forEach(r -> roles.add(Role.valueOf(r.asText().toUpperCase(Locale.ROOT))));
                String household = text(account, "household");
                if (roles.contains(Role.RESIDENT) && household == null) {
                    problems.add(document.problem(at, "a resident account needs household (building-unit-room)"));
                }
                if (household != null && !householdRefs.containsKey(household)) {
                    problems.add(document.problem(path(at, "household"),
                            "no household '" + household + "' in this community's grids"));
                }
                List<String> grids = new ArrayList<>();
                JsonNode gridList = account.path("grids");
                for (int g = 0; g < gridList.size(); g++) {
                    String code = gridList.get(g).asText();
                    if (!gridCodes.contains(code)) {
                        problems.add(document.problem(path(at, "grids", g), "no grid '" + code + "' in this community"));
                    }
                    grids.add(code);
                }
                if (roles.contains(Role.GRID_WORKER) && grids.isEmpty()) {
                    problems.add(document.problem(at, "a grid worker needs at least one grid"));
                }
                accounts.add(new AccountSpec(username, account.get("displayName").asText(), roles, household, grids,
                        password(document, account, at, problems), text(account, "workPhone")));
            }
            return accounts;
        }
    }
}
