package vn.cchc.report.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cchc.report.event.DeliveryOutcome;

/**
 * The worker's side of the outbox, each step a short transaction of its own, so that no database
 * transaction stays open while a portal is being called:
 * <ol>
 * <li>{@link #claimDue}: locks due PENDING rows with {@code SELECT … FOR UPDATE SKIP LOCKED} (another
 * instance's worker skips them instead of waiting), stamps them with a fresh claim token and pushes
 * their next attempt time to the end of a lease, then commits. Several instances never claim the same
 * row at the same time.</li>
 * <li>the worker sends, outside any transaction;</li>
 * <li>{@link #record}: logs the attempt and moves the row: DELIVERED or REJECTED (final; fires
 * {@link DeliveryOutcome} once, inside this transaction) or back to PENDING with the backoff's next
 * attempt time.</li>
 * </ol>
 * A worker that dies between sending and recording leaves the row claimed until its lease ends; the
 * next claim sends again with the same Idempotency-Key, and the portal files it once.
 */
@ApplicationScoped
public class DeliveryStore {

    private static final Logger LOG = Logger.getLogger(DeliveryStore.class);

    private final EntityManager em;
    private final Event<DeliveryOutcome> outcomes;
    private final DeliveryConfig config;

    public DeliveryStore(EntityManager em, Event<DeliveryOutcome> outcomes, DeliveryConfig config) {
        this.em = em;
        this.outcomes = outcomes;
        this.config = config;
    }

    /**
     * A row claimed by one worker round: everything needed to send it and to record the result.
     *
     * @param deliveryId     the row
     * @param claimToken     this claim's token
     * @param portal         connector name
     * @param idempotencyKey {@code reportId:version}
     * @param payloadJson    the body to send
     */
    public record Claim(long deliveryId, String claimToken, String portal, String idempotencyKey, String payloadJson) {
    }

    /**
     * Claims up to {@code limit} PENDING rows due at {@code now}, oldest due first, in a transaction of its own.
     *
     * @param now   the current time (a parameter so that tests can move the clock)
     * @param limit most rows to claim
     * @return the claims, possibly empty
     */
    @SuppressWarnings("unchecked")
    public List<Claim> claimDue(Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Delivery> due = em.createNativeQuery("""
                            select * from delivery
                            where status = 'PENDING' and next_attempt_at <= :now
                            order by next_attempt_at, id
                            limit :limit
                            for update skip locked""", Delivery.class)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList();
            List<Claim> claims = new ArrayList<>(due.size());
            Instant leaseEnd = now.plus(config.lease());
            for (Delivery d : due) {
                d.claimToken = UUID.randomUUID().toString();
                d.nextAttemptAt = leaseEnd;
                claims.add(new Claim(d.id, d.claimToken, d.portal, d.idempotencyKey, d.payload));
            }
            return claims;
        });
    }

    /**
     * Logs one attempt and moves the row accordingly, in a transaction of its own. A final answer
     * (delivered, rejected) ends a still-pending row whoever claimed it, since the portal has decided;
     * a transient failure reschedules the row only when this claim still holds it (a worker whose
     * lease was taken over does not move the next attempt of the one that took over).
     *
     * @param claim    what was claimed
     * @param answer   what the portal answered
     * @param at       when the attempt started
     * @param duration how long it took
     * @param from     the time a retry's backoff counts from (the attempt's end, or a later round time)
     * @return the row's status afterwards
     */
    public DeliveryStatus record(Claim claim, PortalAnswer answer, Instant at, Duration duration, Instant from) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Delivery d = em.find(Delivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
            d.attempts++;
            DeliveryAttempt a = new DeliveryAttempt();
            a.deliveryId = d.id;
            a.attemptNo = d.attempts;
            a.attemptedAt = at;
            a.outcome = answer.outcome();
            a.httpStatus = answer.httpStatus();
            a.reason = answer.reason();
            a.durationMs = duration.toMillis();
            em.persist(a);
            if (d.status != DeliveryStatus.PENDING) {
                return d.status; // already final: this was a late or repeated attempt
            }
            boolean ownClaim = claim.claimToken().equals(d.claimToken);
            switch (answer.outcome()) {
                case DELIVERED -> finish(d, DeliveryStatus.DELIVERED, null, at.plus(duration));
                case REJECTED -> finish(d, DeliveryStatus.REJECTED, answer.reason(), at.plus(duration));
                case RETRY -> {
                    if (ownClaim) {
                        Duration wait = new Backoff(config.backoffBase(), config.backoffMax()).delay(d.attempts, answer.retryAfter());
                        d.nextAttemptAt = from.plus(wait);
                        d.claimToken = null;
                        d.lastError = answer.reason();
                        LOG.infof("delivery %s to %s failed (attempt %d: %s); next attempt in %s",
                                d.idempotencyKey, d.portal, d.attempts, answer.reason(), wait);
                    }
                }
            }
            return d.status;
        });
    }

    private void finish(Delivery d, DeliveryStatus status, String reason, Instant at) {
        d.status = status;
        d.lastError = reason;
        d.claimToken = null;
        d.finishedAt = at;
        LOG.infof("delivery %s to %s: %s after %d attempt(s)%s", d.idempotencyKey, d.portal, status, d.attempts,
                reason == null ? "" : " (" + reason + ")");
        // inside this transaction: an observer that fails rolls the final state back, and the row is
        // retried (the portal files the repeat once); the state moves to final exactly once
        outcomes.fire(new DeliveryOutcome(d.reportId, d.reportVersion,
                status == DeliveryStatus.DELIVERED ? DeliveryOutcome.Status.DELIVERED : DeliveryOutcome.Status.REJECTED, reason));
    }
}
