package vn.cchc.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimitConfig.Limit limit(long capacity, long perSecond) {
        return new RateLimitConfig.Limit() {
            @Override
            public long capacity() {
                return capacity;
            }

            @Override
            public long refill() {
                return perSecond;
            }

            @Override
            public java.time.Duration period() {
                return java.time.Duration.ofSeconds(1);
            }
        };
    }

    @Test
    void aUserGetsItsBurstThenWaits() {
        RateLimiter limiter = new RateLimiter(limit(3, 1), limit(1000, 1000));
        assertEquals(0, limiter.check("alice", "cchc-spa"));
        assertEquals(0, limiter.check("alice", "cchc-spa"));
        assertEquals(0, limiter.check("alice", "cchc-spa"));
        long wait = limiter.check("alice", "cchc-spa");
        assertTrue(wait >= 1 && wait <= 2, "refill of 1/s means about a second: " + wait);
        // another user of the same application is not held back by alice
        assertEquals(0, limiter.check("bob", "cchc-spa"));
    }

    @Test
    void anApplicationIsLimitedAcrossAllItsUsers() {
        RateLimiter limiter = new RateLimiter(limit(1000, 1000), limit(2, 1));
        assertEquals(0, limiter.check("alice", "city-portal"));
        assertEquals(0, limiter.check("bob", "city-portal"));
        assertTrue(limiter.check("carol", "city-portal") >= 1);
        assertEquals(0, limiter.check("carol", "cchc-spa"));
    }
}
