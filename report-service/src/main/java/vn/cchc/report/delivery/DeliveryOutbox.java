package vn.cchc.report.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.report.event.ReportSent;

/**
 * The write side of the transactional outbox: when the report life cycle fires {@link ReportSent}
 * (synchronously, inside the transaction that moves the report to SENT), this adds the delivery row
 * in that same transaction, so that either both the state change and the row are stored or neither
 * is. The worker ({@link DeliveryWorker}) delivers it later.
 *
 * <p>Firing {@code ReportSent} outside a transaction fails ({@code TxType.MANDATORY}): a row written on
 * its own could outlive a rolled-back send. A second event for a version already in the outbox
 * (same {@code reportId:version}) adds nothing: a version is delivered once.
 */
@ApplicationScoped
public class DeliveryOutbox {

    private final EntityManager em;
    private final PortalConnectors portals;

    public DeliveryOutbox(EntityManager em, PortalConnectors portals) {
        this.em = em;
        this.portals = portals;
    }

    /**
     * Adds the delivery of a sent report version to the outbox, due at once.
     *
     * @param sent the sent version (see {@link ReportSent} for the fields)
     * @throws ProblemException 409 when no connector of that portal name is configured (the send then
     *                          rolls back: a report that can go nowhere is not marked sent), 422 when
     *                          a field is missing
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onReportSent(@Observes ReportSent sent) {
        enqueue(sent);
    }

    /**
     * The same as the observer, for callers holding the event already; must run in the sender's transaction.
     *
     * @param sent the sent version
     * @return true when a row was added, false when the version was already in the outbox
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(ReportSent sent) {
        require(sent.unitCode(), "unitCode");
        require(sent.unitPath(), "unitPath");
        require(sent.payloadJson(), "payloadJson");
        if (sent.version() < 1) {
            throw ProblemException.invalid("version", "must be 1 or more, was " + sent.version());
        }
        if (sent.portal() == null || portals.get(sent.portal()).isEmpty()) {
            throw ProblemException.conflict("No reporting portal connector named '" + sent.portal()
                    + "' is configured (cchc.portals." + sent.portal() + ".url); the report cannot be sent there");
        }
        Instant now = Instant.now();
        // a concurrent or repeated send of the same version finds the key taken and adds nothing
        int added = em.createNativeQuery("""
                        insert into delivery (id, report_id, report_version, unit_code, unit_path, portal, payload,
                                              idempotency_key, status, attempts, next_attempt_at, created_at)
                        values (nextval('delivery_seq'), :report, :version, :unit, :path, :portal, :payload,
                                :key, 'PENDING', 0, :now, :now)
                        on conflict (idempotency_key) do nothing""")
                .setParameter("report", sent.reportId())
                .setParameter("version", sent.version())
                .setParameter("unit", sent.unitCode())
                .setParameter("path", sent.unitPath())
                .setParameter("portal", sent.portal())
                .setParameter("payload", sent.payloadJson())
                .setParameter("key", Delivery.keyOf(sent.reportId(), sent.version()))
                .setParameter("now", now)
                .executeUpdate();
        return added == 1;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank");
        }
    }
}
