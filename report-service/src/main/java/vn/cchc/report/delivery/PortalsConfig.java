package vn.cchc.report.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting portals (hệ thống thông tin báo cáo) reports are delivered to, by connector name:
 * {@code cchc.portals.<name>.url} (the endpoint reports are POSTed to), {@code .token} (sent as
 * {@code Authorization: Bearer …}), {@code .health-url}, {@code .connect-timeout}, {@code .timeout}.
 * The name is what the report's regime names in {@code ReportSent.portal}, e.g. {@code hanoi-cchc}.
 */
@ConfigMapping(prefix = "cchc.portals")
public interface PortalsConfig {

    /** @return every configured portal by connector name */
    @WithParentName
    Map<String, Portal> all();

    /** One portal's connection settings. */
    interface Portal {

        /** @return the URL reports are POSTed to as JSON */
        URI url();

        /** @return the bearer token the portal issued to this system, if it wants one */
        Optional<String> token();

        /** @return where the health check looks; by default the URL itself (any answer below 500 counts as up) */
        Optional<URI> healthUrl();

        /** @return the longest wait for the connection */
        @WithDefault("2s")
        Duration connectTimeout();

        /** @return the longest wait for the whole answer; a timeout is a transient failure */
        @WithDefault("10s")
        Duration timeout();
    }
}
