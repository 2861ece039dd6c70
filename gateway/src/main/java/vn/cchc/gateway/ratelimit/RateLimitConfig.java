package vn.cchc.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits of the gateway ({@code cchc.gateway.rate-limit.*}): a token bucket per user (token
 * {@code sub}) and one per client application (token {@code azp}), so that one runaway browser tab
 * and one runaway integration are both held back without stopping everyone else.
 */
@ConfigMapping(prefix = "cchc.gateway.rate-limit")
public interface RateLimitConfig {

    /** @return whether limits apply at all (a benchmark may switch them off) */
    @WithDefault("true")
    boolean enabled();

    /** @return the per-user bucket */
    Limit perUser();

    /** @return the per-client-application bucket */
    Limit perClient();

    /** One token bucket: a burst of {@code capacity} requests, {@code refill} of them added back every {@code period}. */
    interface Limit {
        /** @return requests allowed in a burst */
        long capacity();

        /** @return requests added back every period */
        long refill();

        /** @return the refill period */
        @WithDefault("1s")
        java.time.Duration period();
    }
}
