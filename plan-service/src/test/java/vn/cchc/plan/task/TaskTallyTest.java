package vn.cchc.plan.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.area.ReformArea;

class TaskTallyTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2026, 3, 14);

    private static TaskTally.Row row(long id, String unit, ReformArea area, TaskStatus stored, LocalDate due) {
        return new TaskTally.Row(id, unit, unit + " name", area, stored, stored == TaskStatus.DONE ? 100 : 0, due);
    }

    @Test
    void theLatestReportOnOrBeforeTheDayCountsAndLaterOnesDoNot() {
        var r = row(1, "HN-BADINH", ReformArea.DIRECTION, TaskStatus.DONE, LocalDate.of(2026, 3, 31));
        var reports = List.of(
                new TaskTally.Report(1, LocalDate.of(2026, 2, 1), TaskStatus.IN_PROGRESS, 40),
                new TaskTally.Report(1, LocalDate.of(2026, 3, 14), TaskStatus.IN_PROGRESS, 70),
                new TaskTally.Report(1, LocalDate.of(2026, 3, 20), TaskStatus.DONE, 100));
        assertEquals(new TaskTally.AsOf(TaskStatus.IN_PROGRESS, 70, false), TaskTally.asOf(r, reports, CUT_OFF));
        assertEquals(new TaskTally.AsOf(TaskStatus.DONE, 100, false), TaskTally.asOf(r, reports, LocalDate.of(2026, 3, 20)));
        // before its first report the task was not started, whatever its stored status says now
        assertEquals(new TaskTally.AsOf(TaskStatus.NOT_STARTED, 0, false), TaskTally.asOf(r, reports, LocalDate.of(2026, 1, 31)));
        // never reported on: the status it was transcribed with
        assertEquals(TaskStatus.DONE, TaskTally.asOf(r, List.of(), CUT_OFF).status());
    }

    @Test
    void overdueMeansDueOnOrBeforeTheDayAndStillOpenThen() {
        var dueOnCutOff = row(1, "U", ReformArea.PROCEDURES, TaskStatus.NOT_STARTED, CUT_OFF);
        assertTrue(TaskTally.asOf(dueOnCutOff, List.of(), CUT_OFF).overdue());
        assertFalse(TaskTally.asOf(dueOnCutOff, List.of(), CUT_OFF.minusDays(1)).overdue());
        var done = List.of(new TaskTally.Report(1, CUT_OFF, TaskStatus.DONE, 100));
        assertFalse(TaskTally.asOf(dueOnCutOff, done, CUT_OFF).overdue());
        assertFalse(TaskTally.asOf(row(2, "U", null, TaskStatus.NOT_STARTED, null), List.of(), CUT_OFF).overdue());
    }

    @Test
    void countsPerUnitAndAreaInOrderWithOwnGroupsLast() {
        var rows = List.of(
                row(1, "HN", ReformArea.DIRECTION, TaskStatus.DONE, LocalDate.of(2026, 1, 31)),
                row(2, "HN-BADINH", ReformArea.PROCEDURES, TaskStatus.NOT_STARTED, LocalDate.of(2026, 3, 1)),
                row(3, "HN-BADINH", ReformArea.PROCEDURES, TaskStatus.IN_PROGRESS, LocalDate.of(2026, 12, 31)),
                row(4, "HN-BADINH", null, TaskStatus.CANCELLED, null));
        var units = TaskTally.tally(rows, Map.of(), CUT_OFF);
        assertEquals(List.of("HN", "HN-BADINH"), units.stream().map(TaskSummaryView.UnitSummary::unit).toList());
        var badinh = units.get(1);
        assertEquals(new TaskSummaryView.Counts(3, 0, 1, 1, 1, 1), badinh.counts());
        assertEquals(8, badinh.areas().size());
        assertEquals(new TaskSummaryView.Counts(2, 0, 1, 1, 0, 1), badinh.areas().get(2).counts());
        assertEquals(ReformArea.PROCEDURES, badinh.areas().get(2).area());
        assertNull(badinh.areas().get(7).area());
        assertEquals(7, units.get(0).areas().size());
        assertEquals(new TaskSummaryView.Counts(1, 1, 0, 0, 0, 0), units.get(0).counts());
    }
}
