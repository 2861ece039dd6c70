package vn.cchc.kpi.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.indicator.IndicatorKind;
import vn.cchc.kpi.indicator.PeriodType;

/**
 * The evaluation of a unit's targets for a year as of a day (đánh giá chỉ tiêu), as
 * {@code GET /api/v1/evaluations} returns it.
 *
 * @param unitCode    unit code
 * @param year        plan year
 * @param from        first day of the year-to-date window (1/1, or the regime's 15/12 of the previous year)
 * @param asOf        evaluation day, last day of the window
 * @param yearEnd     last day of the year (31/12, or 14/12 with the regime's start)
 * @param yearOver    whether asOf is the year's last day
 * @param daysElapsed days from {@code from} to {@code asOf}, both included
 * @param daysInYear  days from {@code from} to {@code yearEnd}, both included
 * @param summary     how many measures have each status, and the attainment rate
 * @param byArea      the same per reform area (lĩnh vực), in the order areas first appear
 * @param targets     each target with its measures judged
 */
@Schema(name = "Evaluation", description = "Evaluation of a unit's targets for a year (đánh giá kết quả thực hiện chỉ tiêu) as of a day: each "
        + "measure of each target with its year-to-date value, threshold, status (đạt / không đạt / có nguy cơ không đạt / đúng tiến độ / "
        + "chưa có số liệu / không đánh giá được), gap and trend per quarter or month.")
public record EvaluationView(
        @Schema(description = "Org unit code (mã đơn vị)", example = "HN-BADINH") String unitCode,
        @Schema(description = "Plan year (năm kế hoạch)", example = "2026") int year,
        @Schema(description = "First day of the year-to-date window: 1 January, or the reporting regime's 15 December of the previous year",
                example = "2026-01-01") LocalDate from,
        @Schema(description = "Evaluation day (ngày đánh giá), last day of the window", example = "2026-06-14") LocalDate asOf,
        @Schema(description = "Last day of the year: 31 December, or 14 December when the window starts on 15 December", example = "2026-12-31") LocalDate yearEnd,
        @Schema(description = "Whether the year is over (asOf is its last day): only then can a level target be NOT_MET") boolean yearOver,
        @Schema(description = "Days from from to asOf, both included", example = "165") long daysElapsed,
        @Schema(description = "Days from from to yearEnd, both included", example = "365") long daysInYear,
        @Schema(description = "Attainment summary (tổng hợp kết quả): measures per status") Summary summary,
        @Schema(description = "Attainment summary per reform area (tổng hợp theo lĩnh vực CCHC); area null = plan-wide targets") List<AreaSummary> byArea,
        @Schema(description = "The targets of the unit's plans for the year, in plan-service's order") List<TargetEvaluation> targets) {

    /**
     * Count of measures per status.
     *
     * @param total        measures
     * @param met          MET
     * @param notMet       NOT_MET
     * @param atRisk       AT_RISK
     * @param onTrack      ON_TRACK
     * @param noData       NO_DATA
     * @param notEvaluable NOT_EVALUABLE
     * @param evaluable    total − notEvaluable
     * @param attainmentRate met ÷ evaluable × 100 (tỷ lệ chỉ tiêu đạt), null when nothing is evaluable
     */
    @Schema(name = "EvaluationSummary", description = "Measures per status (số chỉ tiêu đạt, không đạt, có nguy cơ, chưa có số liệu) and the "
            + "attainment rate (tỷ lệ đạt) = met ÷ (total − notEvaluable) × 100")
    public record Summary(long total, long met, long notMet, long atRisk, long onTrack, long noData, long notEvaluable, long evaluable,
                          @Schema(example = "62.5") java.math.BigDecimal attainmentRate) {

        /**
         * @param targets judged targets
         * @return their counts
         */
        public static Summary of(List<TargetEvaluation> targets) {
            long[] n = new long[EvaluationStatus.values().length];
            long total = 0;
            for (TargetEvaluation t : targets) {
                for (MeasureEvaluation m : t.measures()) {
                    n[m.status().ordinal()]++;
                    total++;
                }
            }
            long met = n[EvaluationStatus.MET.ordinal()];
            long evaluable = total - n[EvaluationStatus.NOT_EVALUABLE.ordinal()];
            return new Summary(total, met, n[EvaluationStatus.NOT_MET.ordinal()],
                    n[EvaluationStatus.AT_RISK.ordinal()], n[EvaluationStatus.ON_TRACK.ordinal()],
                    n[EvaluationStatus.NO_DATA.ordinal()], n[EvaluationStatus.NOT_EVALUABLE.ordinal()], evaluable,
                    evaluable == 0 ? null : java.math.BigDecimal.valueOf(met * 100).divide(java.math.BigDecimal.valueOf(evaluable), 4,
                            java.math.RoundingMode.HALF_UP));
        }
    }

    /**
     * The summary of one reform area.
     *
     * @param area    reform area as plan-service names it, null for plan-wide targets
     * @param summary its measures per status
     */
    @Schema(name = "EvaluationAreaSummary", description = "Attainment of one reform area (lĩnh vực CCHC)")
    public record AreaSummary(@Schema(example = "PROCEDURES") String area, Summary summary) {

        static List<AreaSummary> of(List<TargetEvaluation> targets) {
            java.util.Map<String, List<TargetEvaluation>> by = new java.util.LinkedHashMap<>();
            targets.forEach(t -> by.computeIfAbsent(t.area(), k -> new java.util.ArrayList<>()).add(t));
            return by.entrySet().stream().map(e -> new AreaSummary(e.getKey(), Summary.of(e.getValue()))).toList();
        }
    }

    /**
     * One target.
     *
     * @param targetId target id in plan-service
     * @param planId   plan id in plan-service
     * @param ref      reference within the plan
     * @param group    group key, null for a plan-wide target
     * @param area     reform area, may be null
     * @param text     the sentence verbatim
     * @param flagged  whether plan-service could not structure it
     * @param measures its measures judged; a flagged target without measures has one NOT_EVALUABLE entry
     */
    @Schema(name = "TargetEvaluation", description = "A target (chỉ tiêu) of the plan with each of its measures judged")
    public record TargetEvaluation(
            @Schema(example = "412") long targetId,
            @Schema(example = "7") long planId,
            @Schema(example = "T2") String ref,
            @Schema(example = "2") String group,
            @Schema(example = "TTHC") String area,
            @Schema(description = "The target sentence verbatim (chỉ tiêu kết quả cần đạt được)",
                    example = "100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn") String text,
            @Schema(description = "plan-service could not read its measures") boolean flagged,
            List<MeasureEvaluation> measures) {
    }

    /**
     * One measure judged.
     *
     * @param clause        the clause verbatim
     * @param comparator    comparator as plan-service states it
     * @param threshold     threshold (ngưỡng)
     * @param unit          unit of the threshold
     * @param baselineYear  baseline year of a change, as written (else the previous year is used)
     * @param indicatorCode indicator code
     * @param indicatorKind indicator kind, null when unknown
     * @param periodType    indicator period type, null when unknown
     * @param status        the status
     * @param value         year-to-date value
     * @param numerator     Σ numerators (RATIO)
     * @param denominator   Σ denominators (RATIO)
     * @param gap           value − threshold (changes: achieved change − threshold)
     * @param projected     count projected to the year end (counts during the year)
     * @param baseline      baseline value (changes)
     * @param baselineFrom  first day of the baseline window (changes)
     * @param baselineTo    last day of the baseline window (changes)
     * @param change        achieved change (changes; a fall is positive for REDUCE)
     * @param coveredDays   days covered by the measurements used
     * @param windowDays    days in the year-to-date window
     * @param used          ids of the measurements counted
     * @param reason        why this status
     * @param trend         value per quarter (per month for MONTH indicators) of the year so far
     * @param valueSource   where the value comes from: MEASUREMENTS, PUBLISHED (SIPAS published officially), SURVEY
     *                      (computed from SIPAS responses); null without a value
     */
    @Schema(name = "MeasureEvaluation", description = "One measure of a target judged against its indicator's year-to-date value")
    public record MeasureEvaluation(
            @Schema(description = "The clause verbatim (vế câu)", example = "100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn") String clause,
            @Schema(description = "Comparator (so sánh)", example = "AT_LEAST") String comparator,
            @Schema(description = "Threshold (ngưỡng)", example = "100") BigDecimal threshold,
            @Schema(description = "Unit of the threshold (đơn vị tính)", example = "PERCENT") String unit,
            @Schema(description = "Baseline year of a change, as written", example = "2025") Integer baselineYear,
            @Schema(description = "Indicator code (mã chỉ số)", example = "TTHC_ON_TIME") String indicatorCode,
            @Schema(description = "Indicator kind, null when the indicator is unknown") IndicatorKind indicatorKind,
            @Schema(description = "Indicator period type, null when unknown") PeriodType periodType,
            @Schema(description = "MET = đạt, NOT_MET = không đạt, AT_RISK = có nguy cơ không đạt, ON_TRACK = đúng tiến độ (a count not reached "
                    + "yet but projected to), NO_DATA = chưa có số liệu, NOT_EVALUABLE = không đánh giá được (see reason)") EvaluationStatus status,
            @Schema(description = "Year-to-date value (giá trị lũy kế), null without data", example = "99.1667") BigDecimal value,
            @Schema(description = "Σ numerators, RATIO only", example = "2380") BigDecimal numerator,
            @Schema(description = "Σ denominators, RATIO only", example = "2400") BigDecimal denominator,
            @Schema(description = "Gap (độ chênh lệch) = value − threshold; negative = short of an AT_LEAST target; for changes "
                    + "achieved change − threshold", example = "-0.8333") BigDecimal gap,
            @Schema(description = "COUNT during the year: year-to-date count × days in year ÷ days elapsed (dự báo cuối năm)") BigDecimal projected,
            @Schema(description = "Changes: the value over the same window of the baseline year (giá trị năm gốc)") BigDecimal baseline,
            @Schema(description = "First day of the baseline window") LocalDate baselineFrom,
            @Schema(description = "Last day of the baseline window") LocalDate baselineTo,
            @Schema(description = "Changes: achieved change, relative (%) for a PERCENT threshold, else absolute; a fall is positive for REDUCE")
            BigDecimal change,
            @Schema(description = "Days covered by the measurements used", example = "165") long coveredDays,
            @Schema(description = "Days in the year-to-date window", example = "165") long windowDays,
            @Schema(description = "Ids of the measurements counted") List<Long> used,
            @Schema(description = "Why this status (lý do)", example = "year-to-date 99.1667 < 100 with the year not over") String reason,
            @Schema(description = "Value per quarter (or month for MONTH indicators) of the year so far (diễn biến theo kỳ)") List<TrendPoint> trend,
            @Schema(description = "Where the value comes from: MEASUREMENTS (số liệu), PUBLISHED (SIPAS công bố chính thức, the authoritative "
                    + "value when stored), SURVEY (computed from SIPAS survey responses when neither exists); null without a value",
                    example = "MEASUREMENTS") String valueSource) {
    }

    /**
     * The value over one period of the year so far.
     *
     * @param period   label, e.g. {@code 2026-Q1} or {@code 2026-03}
     * @param from     first day, inclusive
     * @param to       last day, inclusive (asOf for the period in progress)
     * @param value    value, null without data
     * @param hasData  whether any measurement was counted
     * @param complete whether the measurements counted cover the whole period
     */
    @Schema(name = "TrendPoint", description = "The value over one quarter or month of the year so far, computed as GET /api/v1/values")
    public record TrendPoint(@Schema(example = "2026-Q1") String period, @Schema(example = "2026-01-01") LocalDate from,
                             @Schema(example = "2026-03-31") LocalDate to, @Schema(example = "98.9167") BigDecimal value,
                             boolean hasData, boolean complete) {
    }
}
