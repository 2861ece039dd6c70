package vn.cchc.plan.task;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import vn.cchc.plan.deadline.Deadline;
import vn.cchc.plan.deadline.DeadlineParser;

/**
 * Concrete due dates of a task, from which overdue and due-soon are derived. A deadline gives a date
 * by itself ("Quý 1/2026" → 31/3/2026), or through the parent plan's task ("Theo Kế hoạch của Thành
 * phố (dự kiến quý I/2026)" → the city task's due date), or through an event ("Chậm nhất 20 ngày kể
 * từ ngày Quyết định này được … ký ban hành" → the plan's issue date + 20 days, once issued). Recurring
 * and awaiting-directive deadlines have none. Plain Java.
 */
public final class DueDates {

    private DueDates() {
    }

    /**
     * @param d            a parsed deadline
     * @param parentDue    the parent task's due date, or null
     * @param planIssuedOn the plan's issue date once issued, or null
     * @return the concrete due date, or null when the deadline has none (yet)
     */
    public static LocalDate of(Deadline d, LocalDate parentDue, LocalDate planIssuedOn) {
        if (d.effectiveDue().isPresent()) {
            return d.effectiveDue().get();
        }
        return switch (d.kind()) {
            case INHERITED -> parentDue;
            case RELATIVE -> Deadline.EVENT_PLAN_ISSUED.equals(d.event()) ? d.dueAfterEvent(planIssuedOn).orElse(null) : null;
            case COMPOSITE -> d.parts().stream().map(p -> of(p, parentDue, planIssuedOn))
                    .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            default -> null;
        };
    }

    /**
     * Re-reads every deadline of the task (assignments and outputs) and sets their due dates, the
     * task's earliest due date and its flag for unread deadlines.
     *
     * @param t            a task with its plan, parent, assignments and outputs
     * @param planIssuedOn the plan's issue date once issued, or null
     * @return true when every deadline text was understood
     */
    public static boolean recompute(Task t, LocalDate planIssuedOn) {
        LocalDate parentDue = t.parent == null ? null : t.parent.dueDate;
        int year = t.plan.year;
        boolean understood = true;
        LocalDate earliest = null;
        for (TaskAssignment a : t.assignments) {
            a.dueDate = null;
            if (a.deadlineText != null) {
                Deadline d = DeadlineParser.parse(a.deadlineText, year);
                understood &= d.understood();
                a.dueDate = of(d, parentDue, planIssuedOn);
            }
            earliest = min(earliest, a.dueDate);
        }
        for (TaskOutput o : t.outputs) {
            o.dueDate = null;
            if (o.deadlineText != null) {
                Deadline d = DeadlineParser.parse(o.deadlineText, year);
                understood &= d.understood();
                o.dueDate = of(d, parentDue, planIssuedOn);
            }
            earliest = min(earliest, o.dueDate);
        }
        t.dueDate = earliest;
        t.deadlineFlagged = !understood;
        return understood;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return Stream.of(a, b).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }
}
