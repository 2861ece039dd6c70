package vn.cchc.kpi.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How a batch evaluation ({@code GET /api/v1/evaluations/units}) uses the machine
 * ({@code cchc.evaluation.*}). A national batch reads several hundred thousand measurements; split
 * into contiguous ranges of units, each range is read by its own database cursor and judged on its own
 * thread, so that PostgreSQL, the JDBC decoding and the judging overlap instead of taking turns.
 */
@ConfigMapping(prefix = "cchc.evaluation")
public interface EvaluationConfig {

    /** @return ranges of units read and judged at once for one request (1 = the request's thread only) */
    @WithDefault("2")
    @Min(1)
    @Max(8)
    int parallelism();

    /** @return fewest units worth a range of their own: below it, splitting costs more than it saves */
    @WithDefault("50")
    @Min(1)
    int minUnitsPerRange();

    /**
     * @return batch evaluations running at once; more wait ({@link #queueTimeout()}). A country's batch holds
     *         ~100 MB while it runs: twenty at once ran the service out of its heap
     */
    @WithDefault("2")
    @Min(1)
    int concurrentBatches();

    /** @return how long a batch waits for its turn before it is answered 429 with Retry-After */
    @WithDefault("30s")
    java.time.Duration queueTimeout();

    /**
     * @return targets kept, in all, from the last digest of each subtree read ({@link TargetAccess#digest}),
     *         revalidated with plan-service at every use; 0 keeps none. The country's ~125,000 targets take
     *         about 30 MB of heap
     */
    @WithDefault("150000")
    @Min(0)
    int digestCacheTargets();
}
