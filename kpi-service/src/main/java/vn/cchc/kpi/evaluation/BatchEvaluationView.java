package vn.cchc.kpi.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evaluation of every unit of a subtree ({@code GET /api/v1/evaluations/units}); report-service
 * reads exactly this shape:
 * <pre>
 * {parent, year, window{from, to, yearEnd, yearOver},
 *  units: [{unit, name, counts{total, met, notMet, atRisk, onTrack, noData, notEvaluable, evaluable, attainmentRate},
 *           evaluations: [TargetEvaluation…, as in GET /api/v1/evaluations' targets]}]}
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
        @Schema(description = "Parent unit code (đơn vị cấp trên)", example = "HN") String parent,
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
     * @param evaluations each target with its measures judged
     */
    @Schema(name = "UnitEvaluations")
    public record UnitEvaluations(@Schema(example = "HN-BADINH") String unit, @Schema(example = "Phường Ba Đình") String name,
                                  EvaluationView.Summary counts, List<EvaluationView.TargetEvaluation> evaluations) {
    }
}
