package org.weimin.identity.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins in a row, per key (an account, a source address). The first few cost nothing; after them
 * each further try must wait longer (doubling up to a ceiling), and past a limit the key is locked for a
 * while. A success clears the key.
 *
 * @param freeFailures failures in a row before any wait
 * @param failuresBeforeLock failures in a row that lock the key
 */
public final class SignInAttempts {

    public record Policy(int freeFailures, Duration firstWait, Duration longestWait, int failuresBeforeLock, Duration lock) {
    }

    private record Failures(int inARow, Instant last) {
    }

    private static final int MAX_KEYS = 100_000;

    private final Policy policy;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    public SignInAttempts(Policy policy) {
        this.policy = policy;
    }

    /** How long the key must still wait before its next try; empty when it may try now. */
    public Optional<Duration> waitFor(String key, Instant now) {
        Failures failures = byKey.get(key);
        if (failures == null) {
            return Optional.empty();
        }
        Instant until = failures.last().plus(waitAfter(failures.inARow()));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure; returns how many there now are in a row. Failures older than the lock are forgotten. */
    public int failed(String key, Instant now) {
        if (byKey.size() > MAX_KEYS) {
            byKey.values().removeIf(f -> f.last().plus(policy.lock()).isBefore(now));
        }
        return byKey.merge(key, new Failures(1, now), (old, one) -> old.last().plus(policy.lock()).isBefore(now)
                ? one : new Failures(old.inARow() + 1, now)).inARow();
    }

    public void succeeded(String key) {
        byKey.remove(key);
    }

    public boolean isLocked(String key) {
        Failures failures = byKey.get(key);
        return failures != null && failures.inARow() >= policy.failuresBeforeLock();
    }

    private Duration waitAfter(int inARow) {
        if (inARow >= policy.failuresBeforeLock()) {
            return policy.lock();
        }
        if (inARow <= policy.freeFailures()) {
            return Duration.ZERO;
        }
        Duration wait = policy.firstWait().multipliedBy(1L << Math.min(20, inARow - policy.freeFailures() - 1));
        return wait.compareTo(policy.longestWait()) > 0 ? policy.longestWait() : wait;
    }
}
