package vn.cchc.report.consolidated;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.report.report.Timeliness;

/**
 * The consolidated report of a parent unit for a period (báo cáo tổng hợp): who reported (on time, late,
 * not yet), each unit's task and target attainment, the targets aggregated over the units as the ratio
 * of sums, and the ranking by share of targets met.
 *
 * @param parent     the parent unit (e.g. HN)
 * @param regimeId   the regime
 * @param regimeCode its code
 * @param periodCode the period
 * @param periodName its name
 * @param dueDate    its due date
 * @param yearFrom   first day of the year-to-date window targets were judged over
 * @param cutOff     the day tasks and targets were taken at
 * @param counts     units per status and timeliness
 * @param units      each unit owing the regime, in the registry's order
 * @param targets    targets aggregated over the units (ratio indicators: Σ numerators ÷ Σ denominators)
 * @param ranking    units ranked by share of evaluable target measures met
 * @param notes      what could not be included and why (e.g. kpi-service without its batch endpoint)
 */
@Schema(name = "ConsolidatedReport", description = "Báo cáo tổng hợp of a parent unit for a period: submission status and timeliness per unit, "
        + "attainment, aggregated targets (ratio of sums), ranking")
public record ConsolidatedView(String parent, long regimeId, String regimeCode, String periodCode, String periodName, LocalDate dueDate,
                               LocalDate yearFrom, LocalDate cutOff, Counts counts, List<UnitRow> units, List<AggregatedTarget> targets,
                               List<Rank> ranking, List<String> notes) {

    /**
     * @param units      units owing the regime
     * @param notStarted no report yet
     * @param draft      DRAFT or RETURNED
     * @param submitted  SUBMITTED
     * @param approved   APPROVED
     * @param sent       SENT
     * @param onTime     first submitted on or before the due date
     * @param late       first submitted after it
     * @param overdue    not submitted with the due date passed
     */
    @Schema(name = "ConsolidatedCounts", description = "Số đơn vị: chưa lập, dự thảo, đã trình, đã duyệt, đã gửi; đúng hạn, trễ hạn, quá hạn")
    public record Counts(long units, long notStarted, long draft, long submitted, long approved, long sent, long onTime, long late,
                         long overdue) {
    }

    /**
     * @param unit             unit code
     * @param name             unit name
     * @param status           NOT_STARTED or the report's status
     * @param timeliness       ON_TIME / LATE / PENDING / OVERDUE
     * @param reportId         its report, null when not started
     * @param currentVersion   its latest version, 0 when none
     * @param firstSubmittedAt first submission
     * @param tasks            its task counts as of the cut-off, null when it has no plan
     * @param targets          its target measures per status, null when kpi-service gave none
     * @param links            where to click: the report and its latest version
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsolidatedUnit", description = "One unit: report status, timeliness, attainment, links")
    public record UnitRow(String unit, String name, @Schema(example = "SENT") String status, Timeliness timeliness, Long reportId,
                          int currentVersion, Instant firstSubmittedAt, Tasks tasks, Attainment targets, Links links) {
    }

    /** Task counts as of the cut-off end. */
    @Schema(name = "ConsolidatedTasks")
    public record Tasks(long total, long done, long inProgress, long notStarted, long overdue) {
    }

    /**
     * @param met          đạt
     * @param notMet       không đạt
     * @param atRisk       có nguy cơ
     * @param noData       chưa có số liệu
     * @param notEvaluable không đánh giá được
     * @param total        measures
     * @param metShare     met ÷ (total − notEvaluable) × 100, null when nothing is evaluable
     */
    @Schema(name = "ConsolidatedAttainment", description = "Target measures per status and the share met (tỷ lệ chỉ tiêu đạt)")
    public record Attainment(long met, long notMet, long atRisk, long noData, long notEvaluable, long total, BigDecimal metShare) {
    }

    /**
     * @param report   the report, e.g. /api/v1/reports/12
     * @param snapshot its latest version, e.g. /api/v1/reports/12/versions/2
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsolidatedLinks")
    public record Links(String report, String snapshot) {
    }

    /**
     * @param indicatorCode indicator
     * @param numerator     Σ numerators over the units with data
     * @param denominator   Σ denominators
     * @param value         Σ numerators ÷ Σ denominators × 100
     * @param unitsWithData units that contributed
     */
    @Schema(name = "ConsolidatedTarget", description = "A ratio indicator over all units: Σ tử số ÷ Σ mẫu số (never the mean of the ratios)")
    public record AggregatedTarget(String indicatorCode, BigDecimal numerator, BigDecimal denominator, BigDecimal value, long unitsWithData) {
    }

    /**
     * @param rank     1 = best; equal shares share a rank
     * @param unit     unit code
     * @param name     unit name
     * @param metShare share of evaluable measures met, %
     * @param met      measures met
     * @param evaluable measures that could be judged
     */
    @Schema(name = "ConsolidatedRank", description = "Xếp hạng theo tỷ lệ chỉ tiêu đạt")
    public record Rank(int rank, String unit, String name, BigDecimal metShare, long met, long evaluable) {
    }
}
