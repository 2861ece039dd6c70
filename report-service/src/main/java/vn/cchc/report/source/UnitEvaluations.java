package vn.cchc.report.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * kpi-service's batch answer {@code GET /api/v1/evaluations/units?parent&year&from&asOf&detail=COMPACT}: every direct
 * child of the parent judged in one call.
 *
 * @param parent parent unit code
 * @param year   plan year
 * @param window the year-to-date window used
 * @param units  one entry per child
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitEvaluations(String parent, int year, Window window, List<UnitEvaluation> units) {

    /**
     * @param from first day
     * @param to   last day
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * @param unit        child unit code
     * @param name        its name
     * @param counts      its measures per status
     * @param verdicts its targets' verdicts ({@code detail=COMPACT}: the per-unit endpoint's {@code targets} without
     *                 sentence, clauses, reasons and trend, which a consolidation does not print)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitEvaluation(String unit, String name, Counts counts, List<Evaluation.Target> verdicts) {
    }

    /** Measures per status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(long met, long notMet, long atRisk, long noData, long notEvaluable, long total) {
    }
}
