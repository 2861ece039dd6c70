package vn.cchc.report.content;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who reports under which regime and period, and when the numbers were taken.
 *
 * @param unitCode     reporting unit (đơn vị báo cáo), e.g. HN-BADINH
 * @param unitName     its name, e.g. "Phường Ba Đình"
 * @param issuerCode   the unit that issued the regime (nơi nhận báo cáo), e.g. HN
 * @param regimeId     regime id in report-service
 * @param regimeCode   regime code, e.g. CCHC
 * @param regimeName   regime name
 * @param basis        the document setting the regime, may be null
 * @param year         plan year
 * @param periodCode   period code, e.g. 2026-Q1
 * @param periodName   period name, e.g. "Báo cáo Quý 1"
 * @param windowStart  first day of the data cut-off window (thời gian chốt số liệu), null when the regime gives none
 * @param windowEnd    last day of it, null when the regime gives none
 * @param dueDate      due date (thời hạn gửi báo cáo)
 * @param yearFrom     first day of the year-to-date window the targets were judged over
 * @param cutOff       the day the numbers were taken at: the window's end (or the due date without a window),
 *                     or the assembly day when that is earlier
 * @param assembledAt  when the numbers were fetched
 */
@Schema(name = "ReportHeader", description = "Đơn vị báo cáo, chế độ và kỳ báo cáo, thời gian chốt số liệu")
public record ReportHeader(
        @Schema(example = "HN-BADINH") String unitCode,
        @Schema(example = "Phường Ba Đình") String unitName,
        @Schema(example = "HN") String issuerCode,
        long regimeId,
        @Schema(example = "CCHC") String regimeCode,
        @Schema(example = "Chế độ báo cáo CCHC định kỳ năm 2026") String regimeName,
        String basis,
        @Schema(example = "2026") int year,
        @Schema(example = "2026-Q1") String periodCode,
        @Schema(example = "Báo cáo Quý 1") String periodName,
        @Schema(example = "2025-12-15") LocalDate windowStart,
        @Schema(example = "2026-03-14") LocalDate windowEnd,
        @Schema(example = "2026-03-18") LocalDate dueDate,
        @Schema(example = "2025-12-15") LocalDate yearFrom,
        @Schema(example = "2026-03-14") LocalDate cutOff,
        Instant assembledAt) {
}
