package org.weimin.intake.application;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Token buckets for intake. Deliveries that passed their channel's authentication draw on a bucket per
 * community and channel (a burst, then a steady rate), which protects the demand library from a runaway
 * integrator without touching any other community or channel. Deliveries that failed authentication draw
 * on a bucket of their own per source address, so a stranger's unsigned requests never spend the
 * integrator's allowance.
 */
@ApplicationScoped
public class RateLimiter {

    /** Past this many remembered keys, buckets that have filled up again are forgotten. */
    private static final int MAX_KEYS = 100_000;

    @Inject
    @ConfigProperty(name = "weimin.intake.rate-per-second", defaultValue = "50")
    double ratePerSecond;

    @Inject
    @ConfigProperty(name = "weimin.intake.burst", defaultValue = "200")
    double burst;

    @Inject
    @ConfigProperty(name = "weimin.intake.unauthenticated-per-minute", defaultValue = "30")
    double unauthenticatedPerMinute;

    private final Clock clock = Clock.systemUTC();
    private Buckets deliveries;
    private Buckets strangers;

    @PostConstruct
    void init() {
        deliveries = new Buckets(ratePerSecond, burst);
        strangers = new Buckets(unauthenticatedPerMinute / 60, unauthenticatedPerMinute);
    }

    /** Takes one token for an authenticated delivery to the community's channel; false when the bucket is empty. */
    public boolean tryAcquire(String communityAndChannel) {
        return deliveries.take(communityAndChannel, clock.millis(), true);
    }

    /** Whether this source address may still try deliveries that fail authentication. */
    public boolean strangerMayTry(String source) {
        return strangers.take(source, clock.millis(), false);
    }

    /** Counts a delivery from this address that failed authentication. */
    public void strangerFailed(String source) {
        strangers.take(source, clock.millis(), true);
    }

    /** Seconds after which a refused sender may try again. */
    public long retryAfterSeconds(boolean stranger) {
        double rate = stranger ? unauthenticatedPerMinute / 60 : ratePerSecond;
        return Math.max(1, (long) Math.ceil(1 / rate));
    }

    private static final class Buckets {
        private final double ratePerSecond;
        private final double capacity;
        private final Map<String, double[]> byKey = new ConcurrentHashMap<>();

        Buckets(double ratePerSecond, double capacity) {
            this.ratePerSecond = ratePerSecond;
            this.capacity = capacity;
        }

        /** Whether a token is there; takes it when asked to. */
        boolean take(String key, long now, boolean consume) {
            if (byKey.size() > MAX_KEYS) {
                byKey.values().removeIf(state -> refilled(state, now) >= capacity);
            }
            boolean[] available = {false};
            byKey.compute(key, (k, bucket) -> {
                double tokens = bucket == null ? capacity : refilled(bucket, now);
                available[0] = tokens >= 1;
                return new double[] {available[0] && consume ? tokens - 1 : tokens, now};
            });
            return available[0];
        }

        private double refilled(double[] state, long now) {
            return Math.min(capacity, state[0] + (now - state[1]) / 1000.0 * ratePerSecond);
        }
    }
}
