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

    /** @return the HTTP client that carries requests to the upstreams ({@code cchc.gateway.client.*}) */
    UpstreamClient client();

    /**
     * The connection pool to the upstreams (HTTP/1.1 with keep-alive: one request at a time per
     * connection). Vert.x's own default is 5 connections per upstream, which makes a burst of concurrent
     * requests wait in line for a free connection; the default here covers a service's usual concurrency.
     */
    interface UpstreamClient {
        /** @return connections kept open per upstream at most; requests beyond wait for a free one */
        @WithDefault("64")
        int maxPoolSize();

        /** @return requests that may wait for a connection per upstream; beyond that 503 at once (-1: no bound) */
        @WithDefault("-1")
        int maxWaitQueueSize();

        /**
         * @return how long an idle pooled connection is kept (whole seconds); below the services' own idle
         *         timeout, so that the gateway, not the service, closes it
         */
        @WithDefault("15s")
        Duration keepAliveTimeout();

        /** @return how long to wait for a TCP connection to an upstream */
        @WithDefault("5s")
        Duration connectTimeout();
    }

    /** One upstream service. */
    interface Upstream {
        /** @return base URL, e.g. {@code http://127.0.0.1:8081} */
        String url();

        /** @return path prefixes it owns, e.g. {@code /api/v1/units} */
        List<String> prefixes();
    }
}
