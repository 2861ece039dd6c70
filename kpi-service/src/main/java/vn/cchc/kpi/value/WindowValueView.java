package vn.cchc.kpi.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.indicator.IndicatorKind;

/**
 * The value of one indicator for one unit over a date window, with the measurements behind it
 * ({@link WindowAggregator.Result} as the API returns it).
 *
 * @param unitCode      unit code
 * @param indicatorCode indicator code
 * @param kind          indicator kind
 * @param method        how the used measurements combine
 * @param from          first day, inclusive
 * @param to            last day, inclusive
 * @param value         the value, null without data
 * @param numerator     Σ numerators (RATIO)
 * @param denominator   Σ denominators (RATIO)
 * @param hasData       whether any measurement was used
 * @param windowDays    days in the window
 * @param coveredDays   days covered by the used measurements
 * @param complete      whether they cover the whole window
 * @param used          the measurements counted
 * @param overlapping   inside the window, left out because they overlap ones counted
 * @param partial       only partly inside the window, never counted
 */
@Schema(name = "WindowValue", description = "Value of an indicator for a unit over any date window (giá trị theo khoảng thời gian), "
        + "computed from the current measurements lying fully inside it: RATIO = Σ numerators ÷ Σ denominators × 100, COUNT = sum, "
        + "PERCENT/SCORE/INDEX = mean weighted by days, RANK = latest. Overlapping measurements are never added twice: the non-overlapping "
        + "set covering the most days, then the finest, is used; partly overlapping ones are listed, not counted.")
public record WindowValueView(
        @Schema(description = "Org unit code (mã đơn vị)", example = "HN-BADINH") String unitCode,
        @Schema(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME") String indicatorCode,
        @Schema(description = "Indicator kind (loại chỉ tiêu)") IndicatorKind kind,
        @Schema(description = "How the used measurements combine (cách tính)") WindowAggregator.Method method,
        @Schema(description = "First day of the window, inclusive", example = "2025-12-15") LocalDate from,
        @Schema(description = "Last day of the window, inclusive", example = "2026-06-14") LocalDate to,
        @Schema(description = "The value (giá trị), 4 decimals for ratios and means; null without data", example = "99.1667") BigDecimal value,
        @Schema(description = "Σ numerators (tổng tử số), RATIO only", example = "2380") BigDecimal numerator,
        @Schema(description = "Σ denominators (tổng mẫu số), RATIO only", example = "2400") BigDecimal denominator,
        @Schema(description = "Whether any measurement was used (có số liệu)") boolean hasData,
        @Schema(description = "Days in the window", example = "182") long windowDays,
        @Schema(description = "Days covered by the measurements used", example = "182") long coveredDays,
        @Schema(description = "Whether the measurements used cover every day of the window") boolean complete,
        @Schema(description = "Measurements counted") List<Used> used,
        @Schema(description = "Inside the window but not counted, because they overlap measurements counted") List<Used> overlapping,
        @Schema(description = "Only partly inside the window: listed, never counted or split") List<Used> partial) {

    /**
     * A measurement named in a window answer.
     *
     * @param id          measurement id
     * @param period      period label
     * @param windowStart first day covered
     * @param windowEnd   last day covered
     * @param value       value
     * @param numerator   numerator (RATIO)
     * @param denominator denominator (RATIO)
     */
    @Schema(name = "WindowMeasurement", description = "A measurement named in a window answer")
    public record Used(Long id, String period, LocalDate windowStart, LocalDate windowEnd, BigDecimal value,
                       BigDecimal numerator, BigDecimal denominator) {

        static List<Used> of(List<WindowAggregator.Sample> samples) {
            return samples.stream().map(s -> new Used(s.id(), s.period(), s.start(), s.end(), WindowAggregator.plain(s.value()),
                    WindowAggregator.plain(s.numerator()), WindowAggregator.plain(s.denominator()))).toList();
        }
    }

    static WindowValueView of(String unitCode, String indicatorCode, IndicatorKind kind, WindowAggregator.Result r) {
        return new WindowValueView(unitCode, indicatorCode, kind, r.method(), r.from(), r.to(), r.value(), r.numerator(),
                r.denominator(), r.hasData(), r.windowDays(), r.coveredDays(), r.complete(), Used.of(r.used()),
                Used.of(r.overlapping()), Used.of(r.partial()));
    }
}
