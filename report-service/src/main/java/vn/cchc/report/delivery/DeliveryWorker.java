package vn.cchc.report.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The background worker that empties the delivery outbox: every {@code cchc.delivery.every} (default
 * 5 s) it claims due rows ({@link DeliveryStore#claimDue}), sends each to its portal's connector and
 * records the answer ({@link DeliveryStore#record}), until no row is due. Safe with several instances
 * of report-service: claims skip rows another instance holds. Rounds of one instance never overlap.
 *
 * <p>Guarantees: a transient failure (5xx, 408, 429, timeout, refused connection) is retried with
 * exponential backoff capped at {@code cchc.delivery.backoff-max}, forever — a portal down for an hour
 * loses nothing and gets the report at most one cap after it is back; every attempt carries the
 * same Idempotency-Key, so the portal files each version once.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryStore store;
    private final PortalConnectors portals;
    private final DeliveryConfig config;

    public DeliveryWorker(DeliveryStore store, PortalConnectors portals, DeliveryConfig config) {
        this.store = store;
        this.portals = portals;
        this.config = config;
    }

    @Scheduled(identity = "delivery-worker", every = "${cchc.delivery.every:5s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            deliverDue(Instant.now());
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next round tries again
            LOG.warnf("delivery round failed: %s", e.toString());
        }
    }

    /**
     * Delivers every row due at {@code now}, batch after batch, until none is left.
     *
     * @param now the time rows must be due by (the real time, or a later one in tests)
     * @return how many attempts were made
     */
    public int deliverDue(Instant now) {
        int made = 0;
        while (true) {
            List<DeliveryStore.Claim> claims = store.claimDue(now, config.batchSize());
            if (claims.isEmpty()) {
                return made;
            }
            for (DeliveryStore.Claim c : claims) {
                attempt(c, now);
                made++;
            }
        }
    }

    /**
     * Sends one claimed row and records the answer.
     *
     * @param claim the claim
     * @param now   the round's time: a retry is scheduled after it (and after the attempt's end)
     * @return the row's status afterwards
     */
    public DeliveryStatus attempt(DeliveryStore.Claim claim, Instant now) {
        Instant start = Instant.now();
        PortalAnswer answer = send(claim);
        Instant end = Instant.now();
        return store.record(claim, answer, start, Duration.between(start, end), end.isAfter(now) ? end : now);
    }

    /**
     * Sends one claimed row, without recording anything (the first half of {@link #attempt}).
     *
     * @param claim the claim
     * @return the portal's classified answer
     */
    public PortalAnswer send(DeliveryStore.Claim claim) {
        return portals.get(claim.portal())
                .map(p -> p.send(claim.idempotencyKey(), claim.payloadJson()))
                // the connector was removed from the configuration after the row was written: keep it
                // until it is configured again rather than losing the report
                .orElseGet(() -> PortalAnswer.noAnswer("no portal connector named '" + claim.portal() + "' is configured"));
    }
}
