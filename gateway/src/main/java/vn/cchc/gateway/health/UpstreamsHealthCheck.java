package vn.cchc.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.cchc.common.health.HttpProbe;
import vn.cchc.gateway.route.GatewayConfig;

/**
 * Readiness of the gateway's downstream services: each upstream's own readiness endpoint is asked
 * and reported by name; the gateway is ready only when all are.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements HealthCheck {

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
        HttpProbe.Result r = HttpProbe.get(url, "/q/health/ready");
        return r.up() ? "UP" : "DOWN (" + (r.error() != null ? r.error() : r.status()) + ")";
    }
}
