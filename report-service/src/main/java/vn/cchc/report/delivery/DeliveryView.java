package vn.cchc.report.delivery;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One report version's delivery with its log, as the API returns it.
 *
 * @param version        report version delivered
 * @param portal         portal connector name
 * @param idempotencyKey {@code reportId:version}, the Idempotency-Key the portal received
 * @param status         PENDING, DELIVERED or REJECTED
 * @param attempts       attempts made
 * @param nextAttemptAt  when the next attempt is due, while pending; null once final
 * @param reason         the portal's reason for a rejection, or the last transient error while pending
 * @param createdAt      when the report was sent (the row written)
 * @param finishedAt     when the final state was reached, null while pending
 * @param log            every attempt, oldest first
 */
@Schema(name = "Delivery", description = "Delivery of one report version to a reporting portal (gửi báo cáo lên hệ thống) with its log (nhật ký gửi).")
public record DeliveryView(
        @Schema(description = "Report version (phiên bản báo cáo)", example = "2") int version,
        @Schema(description = "Portal connector name", example = "hanoi-cchc") String portal,
        @Schema(description = "Idempotency-Key sent with every attempt: report id and version", example = "12:2") String idempotencyKey,
        @Schema(description = "PENDING (đang gửi), DELIVERED (đã nhận), REJECTED (bị từ chối)", example = "DELIVERED") DeliveryStatus status,
        @Schema(description = "Attempts made", example = "3") int attempts,
        @Schema(description = "Next attempt, while pending") Instant nextAttemptAt,
        @Schema(description = "The portal's reason for a rejection (lý do từ chối), or the last transient error while pending")
        String reason,
        @Schema(description = "When the report version was sent") Instant createdAt,
        @Schema(description = "When it was delivered or rejected") Instant finishedAt,
        @Schema(description = "Every attempt, oldest first") List<Attempt> log) {

    /**
     * One attempt.
     *
     * @param attempt    1, 2, …
     * @param at         when it started
     * @param outcome    DELIVERED, REJECTED or RETRY
     * @param httpStatus the portal's HTTP status, null when no answer came
     * @param reason     the portal's reason or the transport error
     * @param durationMs how long it took, in milliseconds
     */
    @Schema(name = "DeliveryAttempt", description = "One attempt to reach the portal (lần gửi).")
    public record Attempt(
            @Schema(example = "1") int attempt,
            Instant at,
            @Schema(example = "RETRY") AttemptOutcome outcome,
            @Schema(example = "503") Integer httpStatus,
            @Schema(example = "Service Unavailable") String reason,
            @Schema(example = "42") long durationMs) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptNo, a.attemptedAt, a.outcome, a.httpStatus, a.reason, a.durationMs);
        }
    }

    static DeliveryView of(Delivery d, List<DeliveryAttempt> log) {
        return new DeliveryView(d.reportVersion, d.portal, d.idempotencyKey, d.status, d.attempts,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.lastError, d.createdAt, d.finishedAt,
                log.stream().map(Attempt::of).toList());
    }
}
