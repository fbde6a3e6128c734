package org.weimin.plugin.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How one community's calls into one plugin feature have gone. A failed call is that call's failure and is
 * counted here; several failures in a row pause the feature for this community alone, and after the pause
 * one trial call is let through: it closes the circuit if it works and reopens it if it fails.
 */
public final class CallCircuit {

    public enum State { WORKING, PAUSED, TRIAL }

    /**
     * @param failures every failed call since the platform started
     * @param lastError what the last failure was, in the plugin's or the host's words
     * @param pausedUntil when a paused feature takes a trial call again, or null
     */
    public record Status(State state, long failures, int failuresInARow, String lastError, Instant lastFailureAt,
                         Instant pausedUntil) {
        /** How a feature that was never called, or never failed, stands. */
        public static final Status NEVER_FAILED = new Status(State.WORKING, 0, 0, null, null, null);

        public boolean troubled() {
            return failures > 0;
        }
    }

    private final int failuresBeforePause;
    private final Duration pause;
    private int failuresInARow;
    private long failures;
    private String lastError;
    private Instant lastFailureAt;
    private Instant pausedUntil;
    private boolean trialRunning;

    public CallCircuit(int failuresBeforePause, Duration pause) {
        if (failuresBeforePause < 1 || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("a circuit needs at least one failure before a pause, and a pause");
        }
        this.failuresBeforePause = failuresBeforePause;
        this.pause = pause;
    }

    /** Whether a call may go ahead now; while paused none may, and after the pause only one trial at a time. */
    public synchronized boolean admit(Instant now) {
        if (pausedUntil == null) {
            return true;
        }
        if (now.isBefore(pausedUntil) || trialRunning) {
            return false;
        }
        trialRunning = true;
        return true;
    }

    public synchronized void succeeded() {
        failuresInARow = 0;
        pausedUntil = null;
        trialRunning = false;
    }

    public synchronized void failed(String error, Instant now) {
        failures++;
        failuresInARow++;
        lastError = error;
        lastFailureAt = now;
        if (trialRunning || failuresInARow >= failuresBeforePause) {
            pausedUntil = now.plus(pause);
        }
        trialRunning = false;
    }

    public synchronized Status status(Instant now) {
        State state = pausedUntil == null ? State.WORKING : now.isBefore(pausedUntil) ? State.PAUSED : State.TRIAL;
        return new Status(state, failures, failuresInARow, lastError, lastFailureAt, pausedUntil);
    }
}
