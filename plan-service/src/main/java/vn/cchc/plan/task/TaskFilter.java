package vn.cchc.plan.task;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.plan.area.ReformArea;

/**
 * Filters of a task search; every field is optional.
 *
 * @param planId    one plan
 * @param units     plans of these unit codes (batch read over many wards in one call)
 * @param year      plans of this year
 * @param area      reform area
 * @param status    execution status
 * @param overdue   only tasks past their due date and not done
 * @param dueWithin only tasks not done and due within this many days from today (sắp đến hạn)
 * @param dueBefore due on or before
 * @param dueAfter  due on or after
 * @param lead      lead unit code (cơ quan chủ trì)
 * @param folded    folded text the title must contain
 * @param sort      sort key: dueDate, -dueDate, progress, -progress, updatedAt, -updatedAt; default document order
 */
public record TaskFilter(Long planId, List<String> units, Integer year, ReformArea area, TaskStatus status,
                         Boolean overdue, Integer dueWithin, LocalDate dueBefore, LocalDate dueAfter, String lead, String folded,
                         String sort) {
}
