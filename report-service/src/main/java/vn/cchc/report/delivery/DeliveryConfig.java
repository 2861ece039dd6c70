package vn.cchc.report.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the delivery worker, under {@code cchc.delivery}. Durations in the ISO-8601 or Quarkus
 * short form ({@code 30s}, {@code 10m}).
 */
@ConfigMapping(prefix = "cchc.delivery")
public interface DeliveryConfig {

    /** @return the wait after the first transient failure; it doubles after each further one */
    @WithDefault("30s")
    Duration backoffBase();

    /** @return the longest wait between two attempts (the cap of the doubling); there is no last attempt */
    @WithDefault("10m")
    Duration backoffMax();

    /**
     * @return how long a claimed row stays reserved for the worker that claimed it; a worker that
     *         died while sending leaves the row to be retried after this (longer than a portal's timeout)
     */
    @WithDefault("2m")
    Duration lease();

    /** @return how often the worker looks for due rows (read by its {@code @Scheduled}), e.g. {@code 5s} */
    @WithDefault("5s")
    String every();

    /** @return rows claimed per round */
    @WithDefault("20")
    int batchSize();
}
