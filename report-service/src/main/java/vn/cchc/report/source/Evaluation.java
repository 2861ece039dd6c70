package vn.cchc.report.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * kpi-service's {@code GET /api/v1/evaluations} answer, reduced to what reports use (the trend and
 * measurement ids are dropped); enumerations as strings, unknown fields ignored.
 *
 * @param unitCode unit code
 * @param year     plan year
 * @param from     first day of the year-to-date window
 * @param asOf     last day of the window
 * @param targets  each target with its measures judged
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evaluation(String unitCode, int year, LocalDate from, LocalDate asOf, List<Target> targets) {

    /**
     * @param targetId target id in plan-service
     * @param ref      reference within the plan, e.g. T2
     * @param group    group key, may be null
     * @param area     reform area name, may be null
     * @param text     the target sentence verbatim
     * @param flagged  plan-service could not structure it
     * @param measures its measures judged
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(long targetId, String ref, String group, String area, String text, boolean flagged, List<Measure> measures) {
    }

    /**
     * @param clause        clause verbatim
     * @param comparator    AT_LEAST, AT_MOST…
     * @param threshold     threshold
     * @param unit          unit of the threshold, e.g. PERCENT
     * @param indicatorCode indicator code, may be null
     * @param status        MET, NOT_MET, AT_RISK, ON_TRACK, NO_DATA, NOT_EVALUABLE
     * @param value         year-to-date value, null without data
     * @param numerator     Σ numerators (ratios)
     * @param denominator   Σ denominators (ratios)
     * @param gap           value − threshold
     * @param reason        why this status
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(String clause, String comparator, BigDecimal threshold, String unit, String indicatorCode, String status,
                          BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal gap, String reason) {
    }
}
