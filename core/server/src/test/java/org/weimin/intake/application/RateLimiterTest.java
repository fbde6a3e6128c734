package org.weimin.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimiter limiter(double perSecond, double burst, double strangersPerMinute) {
        RateLimiter limiter = new RateLimiter();
        limiter.ratePerSecond = perSecond;
        limiter.burst = burst;
        limiter.unauthenticatedPerMinute = strangersPerMinute;
        limiter.init();
        return limiter;
    }

    @Test
    void deliveriesThatFailAuthenticationNeverSpendTheChannelsAllowance() {
        RateLimiter limiter = limiter(0.001, 5, 10);
        for (int i = 0; i < 400; i++) {
            if (limiter.strangerMayTry("203.0.113.9")) {
                limiter.strangerFailed("203.0.113.9");
            }
        }
        assertThat(limiter.strangerMayTry("203.0.113.9")).as("the stranger is slowed down").isFalse();
        assertThat(limiter.tryAcquire("huanglong/intake.property-app")).as("the integrator is not").isTrue();
        assertThat(limiter.strangerMayTry("198.51.100.7")).as("nor is any other address").isTrue();
    }

    @Test
    void aBurstIsTakenThenTheChannelIsRefusedAloneWithARetryTime() {
        RateLimiter limiter = limiter(0.001, 3, 10);
        assertThat(limiter.tryAcquire("huanglong/intake.qq")).isTrue();
        assertThat(limiter.tryAcquire("huanglong/intake.qq")).isTrue();
        assertThat(limiter.tryAcquire("huanglong/intake.qq")).isTrue();
        assertThat(limiter.tryAcquire("huanglong/intake.qq")).isFalse();
        assertThat(limiter.tryAcquire("daguan/intake.qq")).as("another community").isTrue();
        assertThat(limiter.tryAcquire("huanglong/intake.wecom")).as("another channel").isTrue();
        assertThat(limiter.retryAfterSeconds(false)).isPositive();
        assertThat(limiter.retryAfterSeconds(true)).isEqualTo(6);
    }
}
