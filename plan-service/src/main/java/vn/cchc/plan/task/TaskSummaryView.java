package vn.cchc.plan.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.area.ReformArea;

/**
 * What {@code GET /api/v1/tasks/summary} returns: task counts per unit and reform area for the plans of
 * one year in a parent's subtree, as they stood at the end of a day ({@link TaskTally}). The set-based
 * read that report-service needs for a report or a city's consolidated report, in one call.
 *
 * @param parent the parent unit asked for (its own plan included)
 * @param year   plan year
 * @param asOf   the day the statuses are taken at (end of day, Vietnam time)
 * @param units  one entry per unit having a plan of that year in the subtree, in tree order
 */
@Schema(name = "TaskSummary", description = "Task counts per unit and reform area as of a day (tổng hợp tình hình thực hiện nhiệm vụ)")
public record TaskSummaryView(
        @Schema(example = "HN") String parent,
        @Schema(example = "2026") int year,
        @Schema(description = "Statuses as they stood at the end of this day (thời điểm chốt số liệu)", example = "2026-03-14") LocalDate asOf,
        List<UnitSummary> units) {

    /**
     * @param unit   unit code
     * @param name   unit name
     * @param counts counts over all its tasks of the year
     * @param areas  counts per reform area (all seven, in order; then {@code area: null} for groups of the plan's own, if any)
     * @param tasks  each task with its status then; only with {@code tasks=true}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TaskSummaryUnit", description = "One unit's task counts (đơn vị)")
    public record UnitSummary(@Schema(example = "HN-BADINH") String unit, @Schema(example = "Phường Ba Đình") String name,
                              Counts counts, List<AreaCounts> areas, List<TaskAsOf> tasks) {
    }

    /**
     * @param area   reform area; null for the groups of the plan's own
     * @param counts its counts
     */
    @Schema(name = "TaskSummaryArea", description = "Counts of one reform area (lĩnh vực)")
    public record AreaCounts(ReformArea area, Counts counts) {
    }

    /**
     * @param total      tasks
     * @param done       DONE then (hoàn thành)
     * @param inProgress IN_PROGRESS then (đang thực hiện)
     * @param notStarted NOT_STARTED then (chưa triển khai)
     * @param cancelled  CANCELLED then (không thực hiện)
     * @param overdue    due on or before the day and neither done nor cancelled then (quá hạn)
     */
    @Schema(name = "TaskCounts", description = "Tasks per status (số nhiệm vụ hoàn thành, đang thực hiện, chưa triển khai, quá hạn)")
    public record Counts(long total, long done, long inProgress, long notStarted, long cancelled, long overdue) {
    }

    /**
     * @param id       task id
     * @param ref      ref within the plan
     * @param number   TT as written
     * @param area     reform area, may be null
     * @param title    the task as written
     * @param outputs  its outputs (sản phẩm) as written
     * @param leads    lead units as written (cơ quan chủ trì)
     * @param dueDate  earliest concrete due date, may be null
     * @param status   status at the end of the day
     * @param progress percent done then
     * @param overdue  overdue then
     */
    @Schema(name = "TaskAsOf", description = "A task with its status at the end of the day")
    public record TaskAsOf(long id, String ref, String number, ReformArea area, String title, List<String> outputs,
                           List<String> leads, LocalDate dueDate, TaskStatus status, int progress, boolean overdue) {
    }
}
