package vn.cchc.report.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of the delivery outbox: one sent report version on its way to a reporting portal, written in
 * the transaction that sent the report ({@link DeliveryOutbox}) and moved to a final state by the
 * worker ({@link DeliveryWorker}). Table {@code delivery} (V20).
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    /** Reporting unit's code, e.g. HN-BADINH. */
    @Column(name = "unit_code", nullable = false, length = 64)
    public String unitCode;

    /** Reporting unit's materialised path as the life cycle gave it, e.g. {@code /VN/HN/HN-BADINH/}. */
    @Column(name = "unit_path", nullable = false, length = 1000)
    public String unitPath;

    /** Portal connector name, a key of {@code cchc.portals}. */
    @Column(nullable = false, length = 64)
    public String portal;

    /** The frozen snapshot as JSON, sent as the request body exactly as stored. */
    @Column(nullable = false)
    public String payload;

    /** {@code reportId:version}, sent as the Idempotency-Key header. */
    @Column(name = "idempotency_key", nullable = false, length = 64)
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryStatus status;

    /** Attempts made so far (each is in the delivery log). */
    @Column(nullable = false)
    public int attempts;

    /** When the worker may try next; while a worker holds the row, the end of its lease. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** The claim of the worker holding the row, null when none does. */
    @Column(name = "claim_token", length = 36)
    public String claimToken;

    /** The portal's reason for a rejection, or the last transient error while pending. */
    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the final state was reached. */
    @Column(name = "finished_at")
    public Instant finishedAt;

    /** @return the key a report version is delivered under: {@code reportId:version} */
    public static String keyOf(long reportId, int version) {
        return reportId + ":" + version;
    }
}
