package vn.cchc.report.delivery;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import vn.cchc.common.health.HttpProbe;

/**
 * One health check per configured portal ({@code portal-<name>}), registered as wellness checks at
 * start, never readiness: deliveries wait in the outbox while a portal is down, so a portal outage
 * must not take report-service out of rotation. Monitoring watches {@code /q/health/well}. A portal
 * is up when it answers below 500 (see {@link PortalConnector#probe}).
 */
@ApplicationScoped
public class PortalHealthChecks {

    void register(@Observes StartupEvent start, @Wellness HealthRegistry wellness, PortalConnectors portals) {
        for (String name : portals.names()) {
            PortalConnector p = portals.get(name).orElseThrow();
            wellness.register("portal-" + name, () -> {
                HttpProbe.Result r = p.probe();
                var b = HealthCheckResponse.named("portal-" + name).withData("url", p.url().toString())
                        .status(r.status() > 0 && r.status() < 500);
                return r.error() == null ? b.withData("status", r.status()).build() : b.withData("error", r.error()).build();
            });
        }
    }
}
