package org.weimin.demand.application;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A token bucket per community and channel: a burst up to the capacity, then a steady rate. Protects the
 * demand library from a runaway integrator without touching any other community or channel.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    @ConfigProperty(name = "weimin.intake.rate-per-second", defaultValue = "50")
    double ratePerSecond;

    @Inject
    @ConfigProperty(name = "weimin.intake.burst", defaultValue = "200")
    double burst;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    /** Takes one token for the key; false when the bucket is empty. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        double[] result = {0};
        buckets.compute(key, (k, bucket) -> {
            double[] state = bucket == null ? new double[] {burst, now} : bucket;
            double tokens = Math.min(burst, state[0] + (now - state[1]) / 1000.0 * ratePerSecond);
            if (tokens >= 1) {
                tokens -= 1;
                result[0] = 1;
            }
            return new double[] {tokens, now};
        });
        return result[0] == 1;
    }
}
