package org.weimin.config.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weimin.config.model.CommunityConfig;
import org.weimin.config.model.ConfigFileResult;
import org.weimin.config.model.ConfigProblem;
import org.weimin.config.model.PasswordSource;
import org.weimin.config.model.PlatformConfig;
import org.weimin.identity.model.Role;

class TenantConfigReaderTest {

    private static final Path SHIPPED = Path.of("..", "..", "tenants-config");
    private static final String HASH =
            "PBKDF2WithHmacSHA256:2048:c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @TempDir
    Path folder;

    private final TenantConfigReader reader = new TenantConfigReader(Map.of("QIAO_CADRE_PASSWORD", "long-enough-secret")::get);

    @Test
    void everyShippedDemoCommunityIsValidAndRealistic() throws IOException {
        List<Path> files = TenantConfigReader.communityFiles(SHIPPED);
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            ConfigFileResult<CommunityConfig> result = reader.readCommunity(file);
            assertThat(result).as(result.toString()).isInstanceOf(ConfigFileResult.Accepted.class);
            CommunityConfig config = ((ConfigFileResult.Accepted<CommunityConfig>) result).config();
            assertThat(config.grids()).as(file + " grids").hasSizeGreaterThanOrEqualTo(3);
            assertThat(config.householdCount()).as(file + " households").isGreaterThanOrEqualTo(200);
            assertThat(config.accounts()).extracting(CommunityConfig.AccountSpec::roles)
                    .as(file + " has staff of every community role")
                    .anyMatch(r -> r.contains(Role.CADRE)).anyMatch(r -> r.contains(Role.GRID_WORKER))
                    .anyMatch(r -> r.contains(Role.SOCIAL_WORKER)).anyMatch(r -> r.contains(Role.RESIDENT));
        }
        assertThat(files.stream().map(f -> ((ConfigFileResult.Accepted<CommunityConfig>) reader.readCommunity(f))
                .config().region().subDistrict()).distinct()).as("different sub-districts").hasSize(files.size());
    }

    @Test
    void shippedPlatformAccountsAreValid() {
        ConfigFileResult<PlatformConfig> result = reader.readPlatform(SHIPPED.resolve("_platform.yaml"));
        assertThat(result).isInstanceOf(ConfigFileResult.Accepted.class);
        assertThat(((ConfigFileResult.Accepted<PlatformConfig>) result).config().accounts())
                .extracting(PlatformConfig.PlatformAccountSpec::role)
                .contains(Role.PLATFORM_ADMIN, Role.SUBDISTRICT_SUPERVISOR, Role.ASSESSOR);
    }

    @Test
    void readsAMinimalCommunityWithDefaults() throws IOException {
        CommunityConfig config = accepted(write("qiao.yaml", minimal()));
        assertThat(config.id().value()).isEqualTo("qiao");
        assertThat(config.nameEn()).isNull();
        assertThat(config.timeZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(config.locale().toLanguageTag()).isEqualTo("zh-CN");
        assertThat(config.grids()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("G1");
            assertThat(g.buildings()).singleElement().satisfies(b -> assertThat(b.units()).hasSize(1));
        });
        assertThat(config.householdCount()).isEqualTo(2);
        assertThat(config.residentCount()).isEqualTo(3);
    }

    @Test
    void passwordFromTheEnvironmentIsAccepted() throws IOException {
        CommunityConfig config = accepted(write("qiao.yaml", minimal() + """
                accounts:
                  - username: cadre
                    displayName: 干部
                    roles: [cadre]
                    passwordEnv: QIAO_CADRE_PASSWORD
                """));
        assertThat(config.accounts()).singleElement()
                .extracting(CommunityConfig.AccountSpec::password)
                .isInstanceOf(PasswordSource.EnvironmentVariable.class);
    }

    @Test
    void brokenYamlIsRejectedAtItsLine() throws IOException {
        ConfigProblem problem = onlyProblem(write("qiao.yaml", """
                community:
                  id: qiao
                  name: {zh: 桥
                grids: []
                """));
        assertThat(problem.file()).isEqualTo("qiao.yaml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("not valid YAML");
    }

    @Test
    void aValueOfTheWrongKindIsRejectedWithLineAndField() throws IOException {
        String text = minimal().replace("floors: 6", "floors: six");
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.field()).isEqualTo("grids[0].buildings[0].floors");
        assertThat(problem.line()).isEqualTo(lineOf(text, "floors: six"));
        assertThat(problem.message()).contains("integer");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        String text = minimal().replace("    subDistrict: 清波街道\n", "");
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.field()).isEqualTo("community.region.subDistrict");
        assertThat(problem.message()).contains("subDistrict");
        assertThat(problem.line()).isEqualTo(lineOf(text, "region:"));
    }

    @Test
    void anUnknownFieldIsRejected() throws IOException {
        String text = minimal().replace("  locale: zh-CN\n", "  locale: zh-CN\n  colour: blue\n");
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.field()).isEqualTo("community.colour");
        assertThat(problem.line()).isEqualTo(lineOf(text, "colour: blue"));
    }

    @Test
    void aDuplicateKeyIsRejected() throws IOException {
        String text = minimal().replace("  locale: zh-CN\n", "  locale: zh-CN\n  locale: en\n");
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.line()).isEqualTo(lineOf(text, "locale: en"));
        assertThat(problem.message()).contains("twice");
    }

    @Test
    void theIdMustMatchTheFileName() throws IOException {
        ConfigProblem problem = onlyProblem(write("other.yaml", minimal()));
        assertThat(problem.field()).isEqualTo("community.id");
        assertThat(problem.message()).contains("must match the file name 'other'");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void referencesBetweenPartsOfTheFileAreChecked() throws IOException {
        String text = minimal() + """
                accounts:
                  - username: gw
                    displayName: 网格员
                    roles: [grid_worker]
                    grids: [G9]
                    passwordHash: "%s"
                  - username: resident
                    displayName: 居民
                    roles: [resident]
                    household: "1-1-999"
                    passwordHash: "%s"
                """.formatted(HASH, HASH);
        List<ConfigProblem> problems = problems(write("qiao.yaml", text));
        assertThat(problems).extracting(ConfigProblem::field)
                .containsExactlyInAnyOrder("accounts[0].grids[0]", "accounts[1].household");
        assertThat(problems).extracting(ConfigProblem::line)
                .containsExactlyInAnyOrder(lineOf(text, "grids: [G9]"), lineOf(text, "household: \"1-1-999\""));
    }

    @Test
    void duplicateCodesAndRoomsAreRejected() throws IOException {
        String text = minimal().replace("""
                              - room: "102"
                """, """
                              - room: "101"
                """);
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.message()).contains("room 101 is listed twice");
    }

    @Test
    void aMissingPasswordEnvironmentVariableIsReported() throws IOException {
        String text = minimal() + """
                accounts:
                  - username: cadre
                    displayName: 干部
                    roles: [cadre]
                    passwordEnv: NOT_SET_ANYWHERE
                """;
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.field()).isEqualTo("accounts[0].passwordEnv");
        assertThat(problem.message()).isEqualTo("environment variable NOT_SET_ANYWHERE is not set");
    }

    @Test
    void bothOrNeitherPasswordIsRejected() throws IOException {
        String text = minimal() + """
                accounts:
                  - username: cadre
                    displayName: 干部
                    roles: [cadre]
                """;
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.field()).isEqualTo("accounts[0]");
        assertThat(problem.message()).contains("passwordHash or passwordEnv");
    }

    @Test
    void platformRolesCannotBeGivenInsideACommunity() throws IOException {
        String text = minimal() + """
                accounts:
                  - username: boss
                    displayName: 管理员
                    roles: [platform_admin]
                    passwordHash: "%s"
                """.formatted(HASH);
        ConfigProblem problem = onlyProblem(write("qiao.yaml", text));
        assertThat(problem.field()).isEqualTo("accounts[0].roles[0]");
    }

    @Test
    void anEmptyOrBinaryFileIsRejectedWithoutAnException() throws IOException {
        assertThat(onlyProblem(write("qiao.yaml", "")).message()).isEqualTo("the file is empty");
        Path binary = folder.resolve("bin.yaml");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
        assertThat(reader.readCommunity(binary)).isInstanceOf(ConfigFileResult.Rejected.class);
    }

    @Test
    void theFolderListingSkipsPlatformAndOtherFiles() throws IOException {
        write("b.yaml", minimal());
        write("a.yaml", minimal());
        write("_platform.yaml", "accounts: []");
        write("notes.txt", "x");
        assertThat(TenantConfigReader.communityFiles(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.yaml", "b.yaml");
    }

    private static String minimal() {
        return """
                community:
                  id: qiao
                  name:
                    zh: 石桥社区
                  region:
                    city: 杭州市
                    district: 上城区
                    subDistrict: 清波街道
                  locale: zh-CN
                  population: {households: 2, residents: 3}
                grids:
                  - code: G1
                    name: 第一网格
                    buildings:
                      - code: "1"
                        name: 1号楼
                        floors: 6
                        units:
                          - number: 1
                            households:
                              - room: "101"
                                residents:
                                  - {name: 王秀英, gender: female, birthYear: 1948}
                                  - {name: 李建国, gender: male, birthYear: 1946}
                              - room: "102"
                                residents:
                                  - {name: 张伟, gender: male, birthYear: 1990, phone: "138****0000"}
                """;
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private CommunityConfig accepted(Path file) {
        ConfigFileResult<CommunityConfig> result = reader.readCommunity(file);
        assertThat(result).as(result.toString()).isInstanceOf(ConfigFileResult.Accepted.class);
        return ((ConfigFileResult.Accepted<CommunityConfig>) result).config();
    }

    private List<ConfigProblem> problems(Path file) {
        ConfigFileResult<CommunityConfig> result = reader.readCommunity(file);
        assertThat(result).isInstanceOf(ConfigFileResult.Rejected.class);
        return ((ConfigFileResult.Rejected<CommunityConfig>) result).problems();
    }

    private ConfigProblem onlyProblem(Path file) {
        List<ConfigProblem> problems = problems(file);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment);
    }
}
