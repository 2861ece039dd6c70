package vn.cchc.common.unit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.quarkus.arc.properties.IfBuildProperty;
import org.eclipse.microprofile.health.Readiness;
import vn.cchc.common.health.HttpProbe;

/**
 * Readiness of plan-service: every measurement read or write checks the unit against plan-service's
 * registry, and roll-ups ask it for a unit's children, so without it a service that uses the unit
 * directory cannot authorize anything. Probes plan-service's liveness
 * endpoint {@code /q/health/live} (not its readiness, so that plan-service's own dependencies do not
 * cascade into this check).
 */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = UnitAccess.ENABLED, stringValue = "true")
public class PlanServiceHealthCheck implements HealthCheck {

    @ConfigProperty(name = "quarkus.rest-client.plan-service.url")
    String planServiceUrl;

    @Override
    public HealthCheckResponse call() {
        HttpProbe.Result probe = HttpProbe.get(planServiceUrl, "/q/health/live");
        var builder = HealthCheckResponse.named("plan-service").withData("url", planServiceUrl).status(probe.up());
        return probe.error() == null ? builder.withData("status", probe.status()).build()
                : builder.withData("error", probe.error()).build();
    }
}
