package vn.cchc.report.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.report.Timeliness;

/**
 * An approved or sent version of a report, as city systems pull it (báo cáo đã phê duyệt).
 *
 * @param reportId    the report
 * @param version     its version number
 * @param unitCode    reporting unit
 * @param unitName    its name
 * @param regimeId    regime
 * @param regimeCode  regime code
 * @param periodCode  period
 * @param state       APPROVED or SENT
 * @param contentHash SHA-256 of the canonical JSON of the content
 * @param submittedAt when submitted
 * @param timeliness  ON_TIME / LATE for that submission
 * @param approvedAt  when approved
 * @param sentAt      when sent, null while approved only
 * @param updatedAt   last state change: what updatedSince compares
 * @param href        where the full snapshot is
 * @param content     the full snapshot; only in the bulk export
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReleasedReport", description = "An approved or sent report version (báo cáo đã phê duyệt / đã gửi), as city systems pull it")
public record ReleasedReport(long reportId, int version, String unitCode, String unitName, long regimeId, String regimeCode, String periodCode,
                             @Schema(example = "SENT") String state, String contentHash, Instant submittedAt, Timeliness timeliness,
                             Instant approvedAt, Instant sentAt, Instant updatedAt,
                             @Schema(example = "/api/v1/reports/12/versions/2") String href, ReportContent content) {
}
