package vn.cchc.report.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff between delivery attempts: after the n-th failed attempt the worker waits
 * {@code base × 2^(n-1)}, never longer than {@code max}, and never gives up on a transient failure —
 * so a portal that is down for an hour (or a day) gets the report once it is back, at most {@code max}
 * later. A portal's {@code Retry-After} lengthens the wait (up to {@code max}), never shortens it.
 *
 * @param base the wait after the first failure, positive
 * @param max  the cap, not shorter than {@code base}
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("backoff base must be positive: " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is shorter than base " + base);
        }
    }

    /**
     * @param failedAttempts attempts made so far, all failed transiently, at least 1
     * @param retryAfter     the portal's Retry-After, if it sent one
     * @return the wait before the next attempt
     */
    public Duration delay(int failedAttempts, Optional<Duration> retryAfter) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        Duration d = max;
        // base × 2^k without overflow: stop doubling once past the cap
        if (doublings < 62 && base.toMillis() <= (max.toMillis() >> doublings)) {
            d = base.multipliedBy(1L << doublings);
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(d) > 0) {
            d = retryAfter.get();
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
