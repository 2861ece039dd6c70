package vn.cchc.kpi.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.indicator.Aggregation;

/**
 * A parent unit's value computed from its children over a window ({@link RollUp.Result} as the API
 * returns it), beside the parent's own measured value.
 *
 * @param unitCode         parent unit code
 * @param indicatorCode    indicator code
 * @param aggregation      roll-up rule
 * @param from             first day, inclusive
 * @param to               last day, inclusive
 * @param value            computed value, null when no child has data
 * @param numerator        Σ children's numerators (RATIO_OF_SUMS)
 * @param denominator      Σ children's denominators (RATIO_OF_SUMS)
 * @param childrenTotal    children seen
 * @param childrenWithData children with data
 * @param children         each child's contribution
 * @param own              the parent's own measurements over the same window
 */
@Schema(name = "RollUp", description = "A parent unit's value computed from its direct children (tổng hợp từ đơn vị cấp dưới) by the indicator's "
        + "aggregation: RATIO_OF_SUMS = Σ numerators ÷ Σ denominators × 100 (never the mean of the ratios), SUM, MEAN, MIN, MAX; "
        + "with each child's contribution and the parent's own measured value beside it.")
public record RollUpView(
        @Schema(description = "Parent unit code (đơn vị cấp trên)", example = "HN") String unitCode,
        @Schema(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME") String indicatorCode,
        @Schema(description = "Roll-up rule (cách tổng hợp)") Aggregation aggregation,
        @Schema(description = "First day of the window, inclusive", example = "2025-12-15") LocalDate from,
        @Schema(description = "Last day of the window, inclusive", example = "2026-03-14") LocalDate to,
        @Schema(description = "Value computed from the children (giá trị tổng hợp); null when none has data", example = "50.4950") BigDecimal value,
        @Schema(description = "Σ children's numerators, RATIO_OF_SUMS only", example = "51") BigDecimal numerator,
        @Schema(description = "Σ children's denominators, RATIO_OF_SUMS only", example = "101") BigDecimal denominator,
        @Schema(description = "Number of direct children", example = "2") int childrenTotal,
        @Schema(description = "Children that had data for the window", example = "2") int childrenWithData,
        @Schema(description = "Each child's contribution (đóng góp của đơn vị cấp dưới)") List<Child> children,
        @Schema(description = "The parent's own measured value over the same window (số liệu của chính đơn vị), for comparison") WindowValueView own) {

    /**
     * One child's contribution.
     *
     * @param unitCode    child unit code
     * @param name        child unit name
     * @param hasData     whether it had data
     * @param value       its value over the window
     * @param numerator   its Σ numerators (RATIO)
     * @param denominator its Σ denominators (RATIO)
     * @param coveredDays days its measurements cover
     * @param windowDays  days in the window
     * @param used        ids of its measurements counted
     */
    @Schema(name = "RollUpChild", description = "A child unit's contribution to a roll-up")
    public record Child(String unitCode, String name, boolean hasData, BigDecimal value, BigDecimal numerator,
                        BigDecimal denominator, long coveredDays, long windowDays, List<Long> used) {
    }
}
