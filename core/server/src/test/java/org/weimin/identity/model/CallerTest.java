package org.weimin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.Population;
import org.weimin.tenancy.model.RegionPath;

class CallerTest {

    private final Community huanglong = community("huanglong", "西溪街道");
    private final Community daguan = community("daguan", "大关街道");

    @Test
    void aMemberSeesOnlyTheirOwnCommunity() {
        Caller cadre = new Caller("cadre", "沈建华", "huanglong", Set.of(Role.CADRE), null, Set.of());
        assertThat(cadre.accessTo(huanglong)).isEqualTo(CommunityAccess.MEMBER);
        assertThat(cadre.accessTo(daguan)).isEqualTo(CommunityAccess.NONE);
    }

    @Test
    void membersOfASuspendedCommunityLoseAccess() {
        Caller cadre = new Caller("cadre", "沈建华", "huanglong", Set.of(Role.CADRE), null, Set.of());
        huanglong.suspend(Instant.now());
        assertThat(cadre.accessTo(huanglong)).isEqualTo(CommunityAccess.NONE);
    }

    @Test
    void aSupervisorReadsTheCommunitiesOfTheirSubDistrictOnly() {
        Caller supervisor = new Caller("sup", "督查", null, Set.of(Role.SUBDISTRICT_SUPERVISOR), "西溪街道", Set.of());
        assertThat(supervisor.accessTo(huanglong)).isEqualTo(CommunityAccess.READ);
        assertThat(supervisor.accessTo(daguan)).isEqualTo(CommunityAccess.NONE);
    }

    @Test
    void anAssessorReadsTheCommunitiesTheyAssess() {
        Caller assessor = new Caller("a", "测评", null, Set.of(Role.ASSESSOR), null, Set.of("daguan"));
        assertThat(assessor.accessTo(daguan)).isEqualTo(CommunityAccess.READ);
        assertThat(assessor.accessTo(huanglong)).isEqualTo(CommunityAccess.NONE);
    }

    @Test
    void thePlatformAdministratorSeesNoCommunitysPrivateData() {
        Caller admin = new Caller("admin", "管理员", null, Set.of(Role.PLATFORM_ADMIN), null, Set.of());
        assertThat(admin.isPlatformAdmin()).isTrue();
        assertThat(admin.accessTo(huanglong)).isEqualTo(CommunityAccess.NONE);
    }

    @Test
    void permissionsFollowRoles() {
        Caller resident = new Caller("r", "居民", "huanglong", Set.of(Role.RESIDENT), null, Set.of());
        assertThat(resident.permissions()).containsExactlyInAnyOrder(Permission.SUBMIT_NEEDS, Permission.FOLLOW_OWN_NEEDS);
        Caller both = new Caller("h", "何", "daguan", Set.of(Role.SOCIAL_WORKER, Role.GRID_WORKER), null, Set.of());
        assertThat(both.permissions()).contains(Permission.VISIT_HOUSEHOLDS).doesNotContain(Permission.MANAGE_COMMUNITY);
    }

    @Test
    void accountsRefusePlatformRolesAndResidentsWithoutHousehold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new Account("boss", "老板", "hash", Set.of(Role.PLATFORM_ADMIN), null))
                .hasMessageContaining("platform roles");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new Account("res", "居民", "hash", Set.of(Role.RESIDENT), null))
                .hasMessageContaining("household");
    }

    private static Community community(String id, String subDistrict) {
        return new Community(new CommunityId(id), id, id, new RegionPath("杭州市", "区", subDistrict),
                Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), new Population(1, 1), Instant.now());
    }
}
