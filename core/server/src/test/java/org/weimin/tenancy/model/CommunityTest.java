package org.weimin.tenancy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CommunityTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    static Community community(String id, String subDistrict) {
        return new Community(new CommunityId(id), "黄龙社区", "Huanglong", new RegionPath("杭州市", "西湖区", subDistrict),
                Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), new Population(200, 500), NOW);
    }

    @Test
    void aNewCommunityIsActive() {
        Community community = community("huanglong", "西溪街道");
        assertThat(community.isActive()).isTrue();
        assertThat(community.name(Locale.ENGLISH)).isEqualTo("Huanglong");
        assertThat(community.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("黄龙社区");
    }

    @Test
    void suspendAndActivateAreExplicitStateChanges() {
        Community community = community("huanglong", "西溪街道");
        community.suspend(NOW);
        assertThat(community.status()).isEqualTo(CommunityStatus.SUSPENDED);
        assertThatThrownBy(() -> community.suspend(NOW)).hasMessageContaining("already suspended");
        community.activate(NOW);
        assertThat(community.isActive()).isTrue();
        assertThatThrownBy(() -> community.activate(NOW)).hasMessageContaining("already active");
    }

    @Test
    void idsAreSlugs() {
        assertThat(CommunityId.isValid("huanglong")).isTrue();
        assertThat(CommunityId.isValid("xinhua-road-2")).isTrue();
        assertThat(CommunityId.isValid("Huanglong")).isFalse();
        assertThat(CommunityId.isValid("../etc")).isFalse();
        assertThat(CommunityId.isValid("x")).isFalse();
        assertThatThrownBy(() -> new CommunityId("a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void populationMustBeConsistent() {
        assertThatThrownBy(() -> new Population(10, 5)).hasMessageContaining("fewer residents");
        assertThatThrownBy(() -> new Population(-1, 5)).hasMessageContaining("negative");
    }
}
