package vn.cchc.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The merged OpenAPI document, {@code cchc.gateway.openapi.*} in application.properties. The upstreams
 * and their prefixes come from {@code cchc.gateway.upstreams.*}.
 */
@ConfigMapping(prefix = "cchc.gateway.openapi")
public interface OpenApiConfig {

    /** @return how long a complete merged document is served before the upstreams are asked again */
    @WithDefault("60s")
    Duration cacheTtl();

    /**
     * @return how long a document lacking an upstream is served before asking again (short, so that a
     *         service coming back shows up soon)
     */
    @WithDefault("5s")
    Duration incompleteCacheTtl();

    /** @return how long to wait for one upstream's {@code /q/openapi} before leaving it out */
    @WithDefault("5s")
    Duration fetchTimeout();

    /** @return {@code info.version} of the merged document */
    @WithDefault("1.0.0")
    String version();

    /** @return the public client front ends log in with (authorization code + PKCE) */
    @WithDefault("cchc-spa")
    String clientId();

    /**
     * @return the Keycloak issuer URL as browsers reach it, when it differs from the one the gateway
     *         verifies tokens with ({@code quarkus.oidc.auth-server-url}, the default)
     */
    Optional<String> issuer();
}
