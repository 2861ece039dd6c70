package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Properties;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.kpi.parindex.UnitLevelDirectory;

/**
 * The REST client's read timeout towards plan-service must not cut a call shorter than the call's own
 * {@code @Timeout}: with 3 s it cut the digest (20 s; plan-service queues a digest up to 10 s for its turn)
 * and a queued batch evaluation became a 503 (found by the session 6 review).
 */
class PlanServiceTimeoutsTest {

    @Test
    void noCallToPlanServiceIsCutBeforeItsOwnTimeout() throws Exception {
        Properties app = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            app.load(in);
        }
        long readTimeout = Long.parseLong(app.getProperty("quarkus.rest-client.plan-service.read-timeout"));
        long planServiceQueue = 10_000; // plan-service's cchc.targets.digest.queue-timeout default
        for (Class<?> client : new Class<?>[] {TargetDirectory.class, UnitDirectory.class, UnitLevelDirectory.class}) {
            for (Method m : client.getDeclaredMethods()) {
                Timeout t = m.getAnnotation(Timeout.class);
                if (t != null) {
                    assertTrue(readTimeout > t.value(), client.getSimpleName() + "." + m.getName() + ": @Timeout " + t.value()
                            + " ms, read timeout " + readTimeout + " ms");
                }
            }
        }
        assertTrue(TargetDirectory.class.getMethod("digest", String.class, int.class, String.class).getAnnotation(Timeout.class).value()
                > planServiceQueue, "the digest waits longer than plan-service queues it");
    }
}
