package org.weimin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountPasswordTest {

    private static final String CONFIGURED = "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==";
    private static final String STRONGER = "PBKDF2WithHmacSHA256:600000:c2FsdDI=:aGFzaDI=";

    @Test
    void aRehashSurvivesTheSameConfigurationAppliedAgain() {
        Account account = new Account("zhou.gw", "周晓燕", CONFIGURED, Set.of(Role.GRID_WORKER), null);
        account.rehash(STRONGER);
        account.update("周晓燕", CONFIGURED, Set.of(Role.GRID_WORKER), null);
        assertThat(account.passwordHash()).isEqualTo(STRONGER);
    }

    @Test
    void aNewPasswordInTheConfigurationReplacesTheRehash() {
        Account account = new Account("zhou.gw", "周晓燕", CONFIGURED, Set.of(Role.GRID_WORKER), null);
        account.rehash(STRONGER);
        String changed = "PBKDF2WithHmacSHA256:2048:bmV3:bmV3aGFzaA==";
        account.update("周晓燕", changed, Set.of(Role.GRID_WORKER), null);
        assertThat(account.passwordHash()).isEqualTo(changed);
    }

    @Test
    void platformAccountsKeepTheirRehashToo() {
        PlatformAccount admin = new PlatformAccount("admin", "平台管理员", CONFIGURED, Role.PLATFORM_ADMIN, null, Set.of());
        admin.rehash(STRONGER);
        admin.update("平台管理员", CONFIGURED, Role.PLATFORM_ADMIN, null, Set.of());
        assertThat(admin.passwordHash()).isEqualTo(STRONGER);
    }
}
