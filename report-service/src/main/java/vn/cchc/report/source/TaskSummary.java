package vn.cchc.report.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * plan-service's {@code GET /api/v1/tasks/summary} answer, reduced to what reports use; unknown fields
 * are ignored and enumerations read as strings, so an addition on plan-service's side breaks nothing.
 *
 * @param parent the parent asked for
 * @param year   plan year
 * @param asOf   the day statuses were taken at
 * @param units  one entry per unit with a plan of that year in the subtree
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskSummary(String parent, int year, LocalDate asOf, List<UnitTasks> units) {

    /**
     * @param unit   unit code
     * @param name   unit name
     * @param counts counts over all its tasks
     * @param areas  counts per reform area (ReformArea names; null area = the plan's own groups)
     * @param tasks  the tasks, when asked for
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitTasks(String unit, String name, Counts counts, List<AreaTasks> areas, List<TaskItem> tasks) {
    }

    /**
     * @param area   reform area name, e.g. PROCEDURES; null for the plan's own groups
     * @param counts its counts
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaTasks(String area, Counts counts) {
    }

    /** Tasks per status as of the day; see plan-service's TaskSummary. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(long total, long done, long inProgress, long notStarted, long cancelled, long overdue) {

        /** No tasks. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    /**
     * @param id       task id in plan-service
     * @param ref      ref within the plan
     * @param number   TT as written
     * @param area     reform area name, may be null
     * @param title    the task as written
     * @param outputs  outputs as written
     * @param leads    lead units as written
     * @param dueDate  earliest due date, may be null
     * @param status   NOT_STARTED, IN_PROGRESS, DONE, CANCELLED as of the day
     * @param progress percent done then
     * @param overdue  overdue then
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskItem(long id, String ref, String number, String area, String title, List<String> outputs, List<String> leads,
                           LocalDate dueDate, String status, int progress, boolean overdue) {
    }
}
