package vn.cchc.report.regime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reporting period as sent and as returned.
 *
 * @param code        period code, e.g. {@code 2026-Q1}
 * @param name        Vietnamese name, e.g. "Báo cáo Quý 1"
 * @param windowStart first day of the data cut-off window, inclusive; optional (with windowEnd)
 * @param windowEnd   last day of the data cut-off window, inclusive; not before {@code windowStart}; optional (with windowStart)
 * @param dueDate     last day to submit; not before {@code windowEnd}
 */
@Schema(name = "ReportingPeriod", description = "A reporting period (kỳ báo cáo) with its data cut-off window and due date.")
public record RegimePeriod(
        @NotBlank @Pattern(regexp = ReportingRegimeService.PERIOD_CODE_PATTERN,
                message = "must be a year, year-quarter, year-half or year-month: 2026, 2026-Q1, 2026-H1, 2026-03")
        @Schema(description = "Period code (mã kỳ): 2026 (year), 2026-Q1..Q4 (quarter), 2026-H1/H2 (half year), 2026-01..12 (month)",
                example = "2026-Q1", required = true)
        String code,
        @NotBlank @Size(max = 255)
        @Schema(description = "Vietnamese name (tên kỳ báo cáo)", example = "Báo cáo Quý 1", required = true)
        String name,
        @Schema(description = "First day of the data cut-off window, inclusive (thời gian chốt số liệu: từ ngày); "
                + "optional together with windowEnd, for regimes that publish no window (\"theo quy định\")",
                example = "2025-12-15")
        LocalDate windowStart,
        @Schema(description = "Last day of the data cut-off window, inclusive (thời gian chốt số liệu: đến ngày); optional together with windowStart",
                example = "2026-03-14")
        LocalDate windowEnd,
        @NotNull
        @Schema(description = "Last day to send the report and enter its data (thời hạn gửi báo cáo)",
                example = "2026-03-18", required = true)
        LocalDate dueDate) {

    static RegimePeriod of(ReportingPeriod p) {
        return new RegimePeriod(p.code, p.name, p.windowStart, p.windowEnd, p.dueDate);
    }
}
