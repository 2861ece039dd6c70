package vn.cchc.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Token-bucket rate limiting per user and per client application (Bucket4j buckets kept in a bounded,
 * expiring Caffeine map). A request passes only if both its user's and its client's bucket have a
 * token; otherwise the answer says how many whole seconds to wait ({@code Retry-After}). No framework:
 * the gateway's route calls {@link #check}.
 */
public final class RateLimiter {

    private final RateLimitConfig.Limit perUser;
    private final RateLimitConfig.Limit perClient;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(15))
            .build();

    /**
     * @param perUser   capacity and refill of each user's bucket
     * @param perClient capacity and refill of each client application's bucket
     */
    public RateLimiter(RateLimitConfig.Limit perUser, RateLimitConfig.Limit perClient) {
        this.perUser = perUser;
        this.perClient = perClient;
    }

    /**
     * Takes one token from the user's and the client's bucket.
     *
     * @param user   the token's subject, may be null (then only the client is limited)
     * @param client the token's authorised party ({@code azp}), may be null
     * @return 0 when the request may pass, else the whole seconds (≥ 1) after which it may be retried
     */
    public long check(String user, String client) {
        long waitNanos = 0;
        if (client != null) {
            ConsumptionProbe p = bucket("c:" + client, perClient).tryConsumeAndReturnRemaining(1);
            waitNanos = p.isConsumed() ? 0 : p.getNanosToWaitForRefill();
        }
        if (waitNanos == 0 && user != null) {
            ConsumptionProbe p = bucket("u:" + user, perUser).tryConsumeAndReturnRemaining(1);
            waitNanos = p.isConsumed() ? 0 : p.getNanosToWaitForRefill();
        }
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    private Bucket bucket(String key, RateLimitConfig.Limit limit) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refill(), limit.period()).build())
                .build());
    }
}
