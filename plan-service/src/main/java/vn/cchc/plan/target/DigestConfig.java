package vn.cchc.plan.target;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many target digests ({@code GET /api/v1/targets/digest}) are written at once. Each holds a database
 * connection for as long as its reader takes to download it (a national digest is 28 MB), so a few slow
 * readers must not take the pool from every other request.
 */
@ConfigMapping(prefix = "cchc.targets.digest")
public interface DigestConfig {

    /** @return digests written at once; beyond that a request waits for its turn */
    @WithDefault("4")
    int concurrent();

    /** @return how long a request waits for its turn before a 429 with Retry-After */
    @WithDefault("10s")
    Duration queueTimeout();
}
