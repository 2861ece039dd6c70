package vn.cchc.report.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.report.content.ContentHash;
import vn.cchc.report.content.ReportContent;

/**
 * A frozen version of a report (phiên bản báo cáo) as the API returns it.
 *
 * @param reportId     the report
 * @param unitCode     reporting unit
 * @param periodCode   period
 * @param regimeId     regime
 * @param number       1, 2, …
 * @param state        SUBMITTED, RETURNED, APPROVED, SENT
 * @param contentHash  SHA-256 (hex) of the canonical JSON of the content
 * @param submittedAt  when submitted
 * @param submittedBy  who submitted
 * @param timeliness   ON_TIME / LATE for this submission
 * @param decidedAt    when approved or returned
 * @param decidedBy    by whom
 * @param returnReason the reason, when returned
 * @param sentAt       when sent
 * @param updatedAt    last state change
 * @param content      the frozen content; only when one version is read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReportVersion", description = "A submitted version of a report, frozen with its SHA-256 content hash (phiên bản báo cáo)")
public record ReportVersionView(long reportId, String unitCode, String periodCode, long regimeId, int number, ReportVersion.State state,
                                @Schema(example = "5d41402abc4b2a76b9719d911017c592…") String contentHash,
                                Instant submittedAt, String submittedBy, Timeliness timeliness, Instant decidedAt, String decidedBy,
                                String returnReason, Instant sentAt, Instant updatedAt, ReportContent content) {

    static ReportVersionView of(ReportVersion v, boolean withContent) {
        Report r = v.report;
        return new ReportVersionView(r.id, r.unitCode, r.periodCode, r.regime.id, v.number, v.state, v.contentHash, v.submittedAt,
                v.submittedBy, v.timeliness, v.decidedAt, v.decidedBy, v.returnReason, v.sentAt, v.updatedAt,
                withContent ? ContentHash.read(v.content) : null);
    }
}
