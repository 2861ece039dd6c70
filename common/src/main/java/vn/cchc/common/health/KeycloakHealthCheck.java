package vn.cchc.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the downstream token issuer: a service that cannot fetch Keycloak's OpenID
 * configuration cannot verify any token, so it is not ready.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("keycloak").withData("issuer", issuer);
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(issuer.replaceFirst("/$", "") + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            return builder.status(status == 200).withData("status", status).build();
        } catch (Exception e) {
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        } 
    }
}
