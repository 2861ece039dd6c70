package vn.cchc.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;

/**
 * Health of the downstream token issuer. Reported as a wellness check, not readiness: while Keycloak
 * is down, tokens already issued still verify against the cached keys, so taking every service out
 * of rotation would turn a Keycloak outage into a total one. Monitoring watches /q/health/well.
 */
@Wellness
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
