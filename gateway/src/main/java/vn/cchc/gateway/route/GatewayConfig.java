package vn.cchc.gateway.route;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Routing table of the gateway, {@code cchc.gateway.*} in application.properties: each upstream
 * service has a base URL and the API path prefixes it owns.
 */
@ConfigMapping(prefix = "cchc.gateway")
public interface GatewayConfig {

    /** @return upstream services by name (plan, kpi, report) */
    Map<String, Upstream> upstreams();

    /** @return how long to wait for an upstream's answer before a 504 problem */
    @WithDefault("30s")
    Duration timeout();

    /** @return the largest request body forwarded; larger ones get 413 problem+json here */
    @WithDefault("2M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    /** One upstream service. */
    interface Upstream {
        /** @return base URL, e.g. {@code http://127.0.0.1:8081} */
        String url();

        /** @return path prefixes it owns, e.g. {@code /api/v1/units} */
        List<String> prefixes();
    }
}
