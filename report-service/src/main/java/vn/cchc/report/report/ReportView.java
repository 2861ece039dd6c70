package vn.cchc.report.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.report.content.ReportContent;

/**
 * A report as the API returns it: where it stands, its timeliness and delivery, and (when one report is
 * read) its current content — the working draft with the officer's text merged in.
 *
 * @param id               identifier
 * @param unitCode         reporting unit
 * @param unitName         its name
 * @param regimeId         regime
 * @param regimeCode       regime code, e.g. CCHC
 * @param periodCode       period, e.g. 2026-Q1
 * @param dueDate          the period's due date
 * @param status           life-cycle status
 * @param currentVersion   latest submitted version, 0 before the first submission
 * @param firstSubmittedAt first submission
 * @param timeliness       ON_TIME / LATE once submitted; PENDING / OVERDUE before
 * @param returnReason     the leader's reason for the last return
 * @param delivery         delivery of the sent version, null before sending
 * @param assembledAt      when the draft's numbers were last fetched
 * @param version          optimistic-lock version (ETag)
 * @param updatedAt        last change
 * @param content          the current content; only when one report is read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Report", description = "A periodic CCHC report (báo cáo CCHC định kỳ) of a unit for a period: status, timeliness, delivery, content")
public record ReportView(
        @Schema(example = "1") long id,
        @Schema(example = "HN-BADINH") String unitCode,
        @Schema(example = "Phường Ba Đình") String unitName,
        @Schema(example = "1") long regimeId,
        @Schema(example = "CCHC") String regimeCode,
        @Schema(example = "2026-Q1") String periodCode,
        @Schema(description = "Due date (thời hạn gửi báo cáo)", example = "2026-03-18") LocalDate dueDate,
        @Schema(description = "DRAFT (dự thảo), SUBMITTED (đã trình), RETURNED (trả lại), APPROVED (đã phê duyệt), SENT (đã gửi)") ReportStatus status,
        @Schema(description = "Latest submitted version (phiên bản), 0 before the first submission", example = "2") int currentVersion,
        Instant firstSubmittedAt,
        @Schema(description = "ON_TIME (đúng hạn), LATE (trễ hạn) by the first submission; PENDING / OVERDUE before it") Timeliness timeliness,
        @Schema(description = "The leader's reason for the last return (lý do trả lại)") String returnReason,
        Delivery delivery,
        Instant assembledAt,
        @Schema(description = "Version for If-Match", example = "3") long version,
        Instant updatedAt,
        ReportContent content) {

    /**
     * @param status  PENDING until the delivery worker reports back, then DELIVERED or REJECTED
     * @param version the report version delivered
     * @param reason  the portal's reason for a rejection
     * @param at      when the outcome came
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportDelivery", description = "Delivery to the portal (tình trạng gửi lên hệ thống báo cáo)")
    public record Delivery(@Schema(example = "DELIVERED") String status, Integer version, String reason, Instant at) {
    }

    static ReportView of(Report r, LocalDate dueDate, LocalDate today, ReportContent content) {
        Delivery d = null;
        if (r.status == ReportStatus.SENT) {
            d = r.deliveryStatus == null ? new Delivery("PENDING", r.currentVersion, null, null)
                    : new Delivery(r.deliveryStatus.name(), r.deliveryVersion, r.deliveryReason, r.deliveryAt);
        }
        return new ReportView(r.id, r.unitCode, r.unitName, r.regime.id, r.regime.code, r.periodCode, dueDate, r.status, r.currentVersion,
                r.firstSubmittedAt, dueDate == null ? r.timeliness : Timeliness.of(r.firstSubmittedAt, dueDate, today),
                r.returnReason, d, r.assembledAt, r.version, r.updatedAt, content);
    }
}
