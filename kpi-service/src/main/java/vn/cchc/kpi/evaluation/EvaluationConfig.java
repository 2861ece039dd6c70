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
}
