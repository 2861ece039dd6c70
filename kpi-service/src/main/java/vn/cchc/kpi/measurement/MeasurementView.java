package vn.cchc.kpi.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * A measurement revision as the API returns it.
 *
 * @param id             measurement id (one per revision)
 * @param unitCode       org unit code
 * @param indicatorCode  indicator code
 * @param period         period label
 * @param periodKind     length of the period
 * @param windowStart    first day covered, inclusive
 * @param windowEnd      last day covered, inclusive
 * @param value          value; for a ratio 100 × numerator ÷ denominator
 * @param numerator      numerator (RATIO only)
 * @param denominator    denominator (RATIO only)
 * @param source         where it came from
 * @param note           note
 * @param revision       1 for the first value of (unit, indicator, period), + 1 per correction; the ETag
 * @param current        whether this revision is in force
 * @param supersedesId   the revision this one corrects
 * @param supersededById the revision that corrected this one
 * @param createdAt      when it was recorded
 * @param createdBy      who recorded it (token user name)
 */
@Schema(name = "Measurement", description = "One revision of a measured value (số liệu). Corrections never overwrite: "
        + "each adds a revision and the previous one stays readable with current = false.")
public record MeasurementView(
        @Schema(description = "Measurement id, one per revision", example = "101") Long id,
        @Schema(description = "Org unit code (mã đơn vị)", example = "HN-BADINH") String unitCode,
        @Schema(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME") String indicatorCode,
        @Schema(description = "Period label (kỳ số liệu)", example = "2026-Q1") String period,
        @Schema(description = "Length of the period (loại kỳ)") PeriodKind periodKind,
        @Schema(description = "First day covered, inclusive (ngày bắt đầu chốt số liệu)", example = "2025-12-15") LocalDate windowStart,
        @Schema(description = "Last day covered, inclusive (ngày kết thúc chốt số liệu)", example = "2026-03-14") LocalDate windowEnd,
        @Schema(description = "Value (giá trị); for a RATIO 100 × numerator ÷ denominator", example = "98.916667") BigDecimal value,
        @Schema(description = "Numerator (tử số), RATIO only", example = "1187") BigDecimal numerator,
        @Schema(description = "Denominator (mẫu số), RATIO only", example = "1200") BigDecimal denominator,
        @Schema(description = "Source (nguồn số liệu)") MeasurementSource source,
        @Schema(description = "Note (ghi chú)") String note,
        @Schema(description = "Revision (lần nhập), 1 for the first value; send it in If-Match to correct", example = "1") int revision,
        @Schema(description = "Whether this revision is the one in force (đang có hiệu lực)") boolean current,
        @Schema(description = "Id of the revision this one corrects") Long supersedesId,
        @Schema(description = "Id of the revision that corrected this one") Long supersededById,
        @Schema(description = "When it was recorded") Instant createdAt,
        @Schema(description = "Who recorded it (user name from the token)", example = "badinh.officer") String createdBy) {

    static MeasurementView of(Measurement m) {
        return new MeasurementView(m.id, m.unitCode, m.indicator.code, m.period, m.periodKind, m.windowStart, m.windowEnd,
                WindowAggregator.plain(m.value), WindowAggregator.plain(m.numerator), WindowAggregator.plain(m.denominator),
                m.source, m.note, m.revision, m.current, m.supersedesId, m.supersededById, m.createdAt, m.createdBy);
    }
}
