package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evaluation of every unit of a subtree ({@code GET /api/v1/evaluations/units}); report-service
 * reads exactly this shape:
 * <pre>
 * {parent, year, window{from, to, yearEnd, yearOver},
 *  units: [{unit, name, counts{total, met, notMet, atRisk, onTrack, noData, notEvaluable, evaluable, attainmentRate},
 *           evaluations: [TargetEvaluation…, as in GET /api/v1/evaluations' targets]   (detail=FULL)
 *           verdicts: [{targetId, planId, ref, group, area, flagged, measures:[MeasureVerdict…]}]}]}   (detail=COMPACT)
 * </pre>
 *
 * @param parent the parent unit code
 * @param year   plan year
 * @param window the year-to-date window
 * @param units  the parent and every unit below it that the caller sees, in tree order
 */
@Schema(name = "BatchEvaluation", description = "Evaluation of the targets of every unit of a subtree (đánh giá chỉ tiêu của các đơn vị trực thuộc) "
        + "in one answer; each unit's evaluations have exactly the shape of GET /api/v1/evaluations' targets")
public record BatchEvaluationView(
        @Schema(description = "Parent unit code (đơn vị cấp trên); null when every unit you read was asked for", example = "HN") String parent,
        @Schema(description = "Plan year (năm kế hoạch)", example = "2026") int year,
        Window window,
        @Schema(description = "The parent and every unit below it, in tree order; units without a plan have no evaluations") List<UnitEvaluations> units) {

    /**
     * @param from     first day of the year-to-date window
     * @param to       evaluation day (asOf)
     * @param yearEnd  last day of the year
     * @param yearOver whether the year is over
     */
    @Schema(name = "BatchEvaluationWindow")
    public record Window(@Schema(example = "2026-01-01") LocalDate from, @Schema(example = "2026-06-14") LocalDate to,
                         @Schema(example = "2026-12-31") LocalDate yearEnd, boolean yearOver) {
    }

    /**
     * @param unit        unit code
     * @param name        unit name
     * @param counts      measures per status and the attainment rate
     * @param evaluations each target with its measures judged ({@link EvaluationDetail#FULL} only, else absent)
     * @param verdicts    each target's verdicts ({@link EvaluationDetail#COMPACT} only, else absent)
     */
    @Schema(name = "UnitEvaluations")
    public record UnitEvaluations(@Schema(example = "HN-BADINH") String unit, @Schema(example = "Phường Ba Đình") String name,
                                  EvaluationView.Summary counts,
                                  @JsonInclude(JsonInclude.Include.NON_NULL)
                                  @Schema(description = "detail=FULL (default): each target exactly as GET /api/v1/evaluations gives it")
                                  List<EvaluationView.TargetEvaluation> evaluations,
                                  @JsonInclude(JsonInclude.Include.NON_NULL)
                                  @Schema(description = "detail=COMPACT: each target's verdicts only")
                                  List<TargetVerdict> verdicts) {
    }

    /**
     * A target's verdicts without its text, reasons and trend ({@link EvaluationDetail#COMPACT}).
     *
     * @param targetId target id in plan-service
     * @param planId   plan id
     * @param ref      reference within the plan, e.g. {@code T2}
     * @param group    group key, null for a plan-wide target
     * @param area     reform area, may be null
     * @param flagged  plan-service could not read its measures
     * @param measures each measure's verdict
     */
    @Schema(name = "TargetVerdict", description = "A target's verdicts (kết quả đánh giá chỉ tiêu, dạng rút gọn); the full form is GET /api/v1/evaluations")
    public record TargetVerdict(@Schema(example = "412") long targetId, @Schema(example = "7") long planId, @Schema(example = "T2") String ref,
                                @Schema(example = "2") String group, @Schema(example = "PROCEDURES") String area, boolean flagged,
                                List<MeasureVerdict> measures) {
    }

    /**
     * One measure's verdict; fields without a value are left out of the JSON.
     *
     * @param indicatorCode indicator code
     * @param comparator    comparator
     * @param threshold     threshold as written
     * @param unit          unit of the threshold
     * @param status        the verdict
     * @param value         year-to-date value (or the published SIPAS), absent without data
     * @param numerator     Σ numerators, RATIO only
     * @param denominator   Σ denominators, RATIO only
     * @param gap           value − threshold (achieved change − threshold for changes)
     * @param valueSource   MEASUREMENTS, PUBLISHED or SURVEY
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MeasureVerdict", description = "One measure's verdict: status (đạt / không đạt / có nguy cơ / đúng tiến độ / chưa có số liệu / "
            + "không đánh giá được), value, Σ numerator and denominator for ratios, gap; the same numbers as GET /api/v1/evaluations")
    public record MeasureVerdict(@Schema(example = "TTHC_ON_TIME") String indicatorCode, @Schema(example = "AT_LEAST") String comparator,
                                 @Schema(example = "100") BigDecimal threshold, @Schema(example = "PERCENT") String unit,
                                 EvaluationStatus status, @Schema(example = "99.1667") BigDecimal value,
                                 @Schema(example = "2380") BigDecimal numerator, @Schema(example = "2400") BigDecimal denominator,
                                 @Schema(example = "-0.8333") BigDecimal gap, @Schema(example = "MEASUREMENTS") String valueSource) {

        static MeasureVerdict of(EvaluationView.MeasureEvaluation m) {
            return new MeasureVerdict(m.indicatorCode(), m.comparator(), m.threshold(), m.unit(), m.status(), m.value(), m.numerator(),
                    m.denominator(), m.gap(), m.valueSource());
        }
    }
}
