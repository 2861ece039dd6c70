package vn.cchc.kpi.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One measurement to record: the body of {@code POST /api/v1/measurements} and one element of
 * {@code POST /api/v1/measurements/bulk}. Every rule is checked by {@link MeasurementRules}, so that
 * a single write, a JSON batch and a CSV file get the same answers.
 *
 * @param unitCode      org unit code (mã đơn vị)
 * @param indicatorCode indicator code (mã chỉ tiêu)
 * @param period        period label: {@code 2026}, {@code 2026-H1}, {@code 2026-Q1} or {@code 2026-03}
 * @param windowStart   first day covered, inclusive; with {@code windowEnd}, or both absent for the
 *                      calendar period
 * @param windowEnd     last day covered, inclusive
 * @param value         the value, for every kind but RATIO
 * @param numerator     numerator, for RATIO only
 * @param denominator   denominator, for RATIO only
 * @param source        MANUAL (default for single writes), IMPORT (default for bulk) or SYSTEM
 * @param note          free text, optional
 */
@Schema(name = "NewMeasurement", description = "A measured value (số liệu) of an indicator for a unit and a period. "
        + "RATIO indicators take numerator and denominator (the value is computed as 100 × numerator ÷ denominator); "
        + "every other kind takes value.")
public record NewMeasurement(
        @Schema(description = "Org unit code (mã đơn vị)", example = "HN-BADINH", required = true)
        String unitCode,
        @Schema(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME", required = true)
        String indicatorCode,
        @Schema(description = "Period label (kỳ số liệu): a year 2026, a half year 2026-H1, a quarter 2026-Q1 or a month 2026-03. "
                + "It must be the indicator's period type or longer: a MONTH indicator takes any, a QUARTER indicator quarters, "
                + "half years and years, a YEAR indicator years only.", example = "2026-Q1", required = true, pattern = Period.PATTERN)
        String period,
        @Schema(description = "First day covered, inclusive (ngày bắt đầu chốt số liệu). Absent with windowEnd: the calendar period. "
                + "A cut-off window must end inside the calendar period and start at most one month before it (Q1: 2025-12-15).",
                example = "2025-12-15")
        LocalDate windowStart,
        @Schema(description = "Last day covered, inclusive (ngày kết thúc chốt số liệu); not after today (Vietnam time)", example = "2026-03-14")
        LocalDate windowEnd,
        @Schema(description = "Value (giá trị) for PERCENT (0–100), COUNT (whole, ≥ 0), SCORE and INDEX (≥ 0), RANK (whole, ≥ 1); absent for RATIO")
        BigDecimal value,
        @Schema(description = "Numerator (tử số) of a RATIO, ≥ 0 and ≤ denominator, at most 4 decimals", example = "1187")
        BigDecimal numerator,
        @Schema(description = "Denominator (mẫu số) of a RATIO, > 0, at most 4 decimals", example = "1200")
        BigDecimal denominator,
        @Schema(description = "Source (nguồn số liệu); default MANUAL for a single write, IMPORT in bulk")
        MeasurementSource source,
        @Schema(description = "Note (ghi chú), at most 2000 characters", example = "Số liệu từ Hệ thống thông tin giải quyết TTHC của Thành phố")
        String note) {
}
