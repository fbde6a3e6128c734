package org.weimin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final SignInAttempts attempts = new SignInAttempts(new SignInAttempts.Policy(3, Duration.ofSeconds(1),
            Duration.ofMinutes(1), 10, Duration.ofMinutes(15)));

    @Test
    void aFewTyposCostNothing() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("account:huanglong/cadre", NOW);
        }
        assertThat(attempts.waitFor("account:huanglong/cadre", NOW)).isEmpty();
    }

    @Test
    void furtherFailuresWaitLongerAndLongerUpToTheCeiling() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("k", NOW);
        }
        assertThat(attempts.waitFor("k", NOW)).hasValue(Duration.ofSeconds(1));
        attempts.failed("k", NOW);
        assertThat(attempts.waitFor("k", NOW)).hasValue(Duration.ofSeconds(2));
        attempts.failed("k", NOW);
        assertThat(attempts.waitFor("k", NOW)).hasValue(Duration.ofSeconds(4));
        for (int i = 0; i < 3; i++) {
            attempts.failed("k", NOW);
        }
        assertThat(attempts.waitFor("k", NOW)).hasValue(Duration.ofSeconds(32));
        assertThat(attempts.waitFor("k", NOW.plusSeconds(33))).isEmpty();
        assertThat(attempts.waitFor("another", NOW)).as("keys are apart").isEmpty();

        SignInAttempts patient = new SignInAttempts(new SignInAttempts.Policy(3, Duration.ofSeconds(1),
                Duration.ofMinutes(1), 100, Duration.ofMinutes(15)));
        for (int i = 0; i < 30; i++) {
            patient.failed("k", NOW);
        }
        assertThat(patient.waitFor("k", NOW)).as("the ceiling").hasValue(Duration.ofMinutes(1));
    }

    @Test
    void tenFailuresLockTheKeyForAWhileAndASuccessClearsIt() {
        for (int i = 0; i < 10; i++) {
            attempts.failed("k", NOW);
        }
        assertThat(attempts.isLocked("k")).isTrue();
        assertThat(attempts.waitFor("k", NOW.plus(Duration.ofMinutes(14)))).isPresent();
        assertThat(attempts.waitFor("k", NOW.plus(Duration.ofMinutes(16)))).isEmpty();
        attempts.succeeded("k");
        assertThat(attempts.isLocked("k")).isFalse();
    }

    @Test
    void failuresLongAgoAreForgotten() {
        for (int i = 0; i < 9; i++) {
            attempts.failed("k", NOW);
        }
        assertThat(attempts.failed("k", NOW.plus(Duration.ofMinutes(20)))).isEqualTo(1);
    }
}
