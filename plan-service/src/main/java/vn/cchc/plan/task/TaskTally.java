package vn.cchc.plan.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.plan.area.ReformArea;

/**
 * Counts tasks per unit and reform area as they stood at the end of a day (plain Java, no framework;
 * {@code TaskTallyTest}). The status of a task on that day is the one of its latest progress report
 * (báo cáo tiến độ) dated on or before it; a task with no report by then was not started, unless it has
 * no progress report at all, in which case the status it was imported or created with counts (a plan
 * transcribed with statuses already filled in). A task is overdue (quá hạn) when its due date falls on or
 * before that day and it was neither done nor cancelled by then, which is plan-service's "due date before
 * today" judged on the day after.
 */
public final class TaskTally {

    private TaskTally() {
    }

    /**
     * One task as the summary query reads it.
     *
     * @param taskId    task id
     * @param unitCode  the plan's unit
     * @param unitName  its name
     * @param area      reform area, null for a group of the plan's own
     * @param stored    the task's current stored status
     * @param progress  the task's current stored progress
     * @param dueDate   its earliest concrete due date, may be null
     */
    public record Row(long taskId, String unitCode, String unitName, ReformArea area, TaskStatus stored, int progress,
                      LocalDate dueDate) {
    }

    /**
     * A progress report reduced to what the tally needs.
     *
     * @param taskId     task id
     * @param reportedOn the day it reports on
     * @param status     the status it reported
     * @param progress   the progress it reported
     */
    public record Report(long taskId, LocalDate reportedOn, TaskStatus status, int progress) {
    }

    /**
     * The status and progress of a task at the end of a day.
     *
     * @param status   status then
     * @param progress percent done then
     * @param overdue  whether it was overdue then
     */
    public record AsOf(TaskStatus status, int progress, boolean overdue) {
    }

    /**
     * @param row     the task
     * @param reports its progress reports in any order, possibly empty
     * @param asOf    the day
     * @return its status at the end of that day
     */
    public static AsOf asOf(Row row, List<Report> reports, LocalDate asOf) {
        TaskStatus status;
        int progress;
        if (reports.isEmpty()) {
            status = row.stored();
            progress = row.progress();
        } else {
            Report last = null;
            for (Report r : reports) {
                if (!r.reportedOn().isAfter(asOf) && (last == null || !r.reportedOn().isBefore(last.reportedOn()))) {
                    last = r;
                }
            }
            status = last == null ? TaskStatus.NOT_STARTED : last.status();
            progress = last == null ? 0 : last.progress();
        }
        boolean open = status != TaskStatus.DONE && status != TaskStatus.CANCELLED;
        return new AsOf(status, progress, open && row.dueDate() != null && !row.dueDate().isAfter(asOf));
    }

    /**
     * @param rows    every task to count
     * @param reports progress reports per task id (reports of one task in the order they were recorded)
     * @param asOf    the day
     * @return one summary per unit, in the order units first appear in {@code rows}, with the areas in
     *         their fixed order followed by the tasks of groups without an area ({@code area} null)
     */
    public static List<TaskSummaryView.UnitSummary> tally(List<Row> rows, Map<Long, List<Report>> reports, LocalDate asOf) {
        Map<String, Counter> total = new LinkedHashMap<>();
        Map<String, Map<ReformArea, Counter>> perArea = new LinkedHashMap<>();
        Map<String, Counter> noArea = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Row row : rows) {
            AsOf s = asOf(row, reports.getOrDefault(row.taskId(), List.of()), asOf);
            names.putIfAbsent(row.unitCode(), row.unitName());
            total.computeIfAbsent(row.unitCode(), k -> new Counter()).add(s);
            if (row.area() == null) {
                noArea.computeIfAbsent(row.unitCode(), k -> new Counter()).add(s);
            } else {
                perArea.computeIfAbsent(row.unitCode(), k -> new EnumMap<>(ReformArea.class))
                        .computeIfAbsent(row.area(), k -> new Counter()).add(s);
            }
        }
        List<TaskSummaryView.UnitSummary> out = new ArrayList<>();
        for (var e : total.entrySet()) {
            String unit = e.getKey();
            List<TaskSummaryView.AreaCounts> areas = new ArrayList<>();
            for (ReformArea a : ReformArea.values()) {
                Counter c = perArea.getOrDefault(unit, Map.of()).get(a);
                areas.add((c == null ? new Counter() : c).counts(a));
            }
            Counter other = noArea.get(unit);
            if (other != null) {
                areas.add(other.counts(null));
            }
            out.add(new TaskSummaryView.UnitSummary(unit, names.get(unit), e.getValue().counts(null).counts(), areas, null));
        }
        return out;
    }

    /** Mutable counts while tallying. */
    private static final class Counter {
        long total;
        long done;
        long inProgress;
        long notStarted;
        long cancelled;
        long overdue;

        void add(AsOf s) {
            total++;
            switch (s.status()) {
                case DONE -> done++;
                case IN_PROGRESS -> inProgress++;
                case NOT_STARTED -> notStarted++;
                case CANCELLED -> cancelled++;
            }
            if (s.overdue()) {
                overdue++;
            }
        }

        TaskSummaryView.AreaCounts counts(ReformArea area) {
            return new TaskSummaryView.AreaCounts(area, new TaskSummaryView.Counts(total, done, inProgress, notStarted, cancelled, overdue));
        }
    }
}
