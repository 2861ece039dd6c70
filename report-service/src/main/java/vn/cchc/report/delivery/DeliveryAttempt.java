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

/** One attempt to deliver a report version: a line of the delivery log (nhật ký gửi). Table {@code delivery_attempt} (V20). */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_attempt_seq")
    @SequenceGenerator(name = "delivery_attempt_seq", sequenceName = "delivery_attempt_seq", allocationSize = 50)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public long deliveryId;

    /** 1 for the first attempt of the delivery, then 2, 3… */
    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AttemptOutcome outcome;

    /** The portal's HTTP status, null when no answer came (timeout, connection refused). */
    @Column(name = "http_status")
    public Integer httpStatus;

    /** The portal's reason or the transport error, shortened; null for a plain success. */
    @Column(length = 1000)
    public String reason;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;
}
