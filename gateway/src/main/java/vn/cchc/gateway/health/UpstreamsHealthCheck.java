package vn.cchc.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.cchc.gateway.route.GatewayConfig;

/**
 * Readiness of the gateway's downstream services: each upstream's own readiness endpoint is asked
 * and reported by name; the gateway is ready only when all are.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final GatewayConfig config;

    public UpstreamsHealthCheck(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("upstreams").up();
        config.upstreams().forEach((name, upstream) -> {
            String state = probe(upstream.url());
            b.withData(name, state);
            if (!"UP".equals(state)) {
                b.down();
            }
        });
        return b.build();
    }

    private static String probe(String url) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url.replaceFirst("/$", "") + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "DOWN (" + status + ")";
        } catch (Exception e) {
            return "DOWN (" + e.getClass().getSimpleName() + ")";
        }
    }
}
