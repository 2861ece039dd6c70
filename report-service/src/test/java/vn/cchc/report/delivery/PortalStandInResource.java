package vn.cchc.report.delivery;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;

/**
 * Starts the {@link PortalStandIn} (a stand-in, not a real portal) on a free port for a test run and
 * points the connector {@code hanoi-cchc} at it, with a bearer token the stand-in checks.
 */
public class PortalStandInResource implements QuarkusTestResourceLifecycleManager {

    /** The token the stand-in requires and the connector sends. */
    static final String TOKEN = "test-portal-token";

    /** The running stand-in. */
    static PortalStandIn portal;

    @Override
    public Map<String, String> start() {
        try {
            portal = new PortalStandIn(0, TOKEN).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String base = "http://127.0.0.1:" + portal.port();
        return Map.of("cchc.portals.hanoi-cchc.url", base + "/api/reports",
                "cchc.portals.hanoi-cchc.token", TOKEN,
                "cchc.portals.hanoi-cchc.health-url", base + "/health",
                "cchc.portals.hanoi-cchc.timeout", "2s");
    }

    @Override
    public void stop() {
        portal.stop();
    }
}
