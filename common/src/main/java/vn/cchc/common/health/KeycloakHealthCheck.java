package vn.cchc.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the downstream token issuer: a service that cannot fetch Keycloak's OpenID
 * configuration cannot verify any token, so it is not ready.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    @Override
    public HealthCheckResponse call() {
        HttpProbe.Result r = HttpProbe.get(issuer, "/.well-known/openid-configuration");
        HealthCheckResponseBuilder b = HealthCheckResponse.named("keycloak").withData("issuer", issuer)
                .status(r.up()).withData("status", r.status());
        return r.error() == null ? b.build() : b.withData("error", r.error()).build();
    }
}
