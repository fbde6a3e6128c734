package org.weimin.plugin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CallCircuitTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aFailedCallIsCountedWithItsReasonAndTimeButPausesNothing() {
        CallCircuit circuit = new CallCircuit(3, Duration.ofSeconds(30));
        circuit.failed("threw IllegalArgumentException: bad %", NOW);

        CallCircuit.Status status = circuit.status(NOW);
        assertThat(status.state()).isEqualTo(CallCircuit.State.WORKING);
        assertThat(status.failures()).isEqualTo(1);
        assertThat(status.lastError()).contains("bad %");
        assertThat(status.lastFailureAt()).isEqualTo(NOW);
        assertThat(circuit.admit(NOW)).isTrue();
    }

    @Test
    void failuresInARowPauseTheFeatureUntilTheTrialCall() {
        CallCircuit circuit = new CallCircuit(3, Duration.ofSeconds(30));
        circuit.failed("one", NOW);
        circuit.failed("two", NOW);
        circuit.failed("three", NOW);

        assertThat(circuit.status(NOW).state()).isEqualTo(CallCircuit.State.PAUSED);
        assertThat(circuit.status(NOW).pausedUntil()).isEqualTo(NOW.plusSeconds(30));
        assertThat(circuit.admit(NOW.plusSeconds(29))).isFalse();

        Instant later = NOW.plusSeconds(31);
        assertThat(circuit.status(later).state()).isEqualTo(CallCircuit.State.TRIAL);
        assertThat(circuit.admit(later)).as("one trial call").isTrue();
        assertThat(circuit.admit(later)).as("no second call while the trial runs").isFalse();
        circuit.succeeded();
        assertThat(circuit.status(later).state()).isEqualTo(CallCircuit.State.WORKING);
        assertThat(circuit.status(later).failures()).as("the record stays").isEqualTo(3);
        assertThat(circuit.admit(later)).isTrue();
    }

    @Test
    void aFailedTrialPausesAgainAtOnce() {
        CallCircuit circuit = new CallCircuit(2, Duration.ofSeconds(10));
        circuit.failed("one", NOW);
        circuit.failed("two", NOW);
        Instant later = NOW.plusSeconds(11);
        assertThat(circuit.admit(later)).isTrue();
        circuit.failed("trial", later);

        assertThat(circuit.status(later).state()).isEqualTo(CallCircuit.State.PAUSED);
        assertThat(circuit.status(later).pausedUntil()).isEqualTo(later.plusSeconds(10));
        assertThat(circuit.status(later).lastError()).isEqualTo("trial");
    }

    @Test
    void aSuccessBetweenFailuresStartsTheCountAgain() {
        CallCircuit circuit = new CallCircuit(2, Duration.ofSeconds(10));
        circuit.failed("one", NOW);
        circuit.succeeded();
        circuit.failed("two", NOW);
        assertThat(circuit.status(NOW).state()).isEqualTo(CallCircuit.State.WORKING);
        assertThat(circuit.status(NOW).failuresInARow()).isEqualTo(1);
    }
}
