package vn.cchc.plan.task;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.common.api.Like;
import java.time.LocalDate;
import java.util.List;

/** Queries on tasks. */
@ApplicationScoped
public class TaskRepository implements PanacheRepository<Task> {

    /** @return the plan's tasks in document order */
    public List<Task> ofPlan(long planId) {
        return list("plan.id", Sort.by("position"), planId);
    }

    /**
     * @param f filters, see {@link TaskFilter}
     * @param scopePath unit path the plans' units must lie under
     * @param today the date overdue is computed against
     * @return matching tasks, sorted as the filter asks, each with its plan, the plan's unit and its group
     *         fetched in the same query ({@link Task#LIST_GRAPH})
     */
    public PanacheQuery<Task> search(TaskFilter f, String scopePath, LocalDate today) {
        StringBuilder q = new StringBuilder("plan.unit.path like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (f.planId() != null) {
            q.append(" and plan.id = :plan");
            p.and("plan", f.planId());
        }
        if (f.units() != null && !f.units().isEmpty()) {
            q.append(" and plan.unit.code in :units");
            p.and("units", f.units());
        }
        if (f.year() != null) {
            q.append(" and plan.year = :year");
            p.and("year", f.year());
        }
        if (f.area() != null) {
            q.append(" and group.area = :area");
            p.and("area", f.area());
        }
        if (f.status() != null) {
            q.append(" and status = :status");
            p.and("status", f.status());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            q.append(" and dueDate < :today and status not in (vn.cchc.plan.task.TaskStatus.DONE, vn.cchc.plan.task.TaskStatus.CANCELLED)");
            p.and("today", today);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            // the complement: not due yet, no due date, or done or cancelled
            q.append(" and (dueDate is null or dueDate >= :today"
                    + " or status in (vn.cchc.plan.task.TaskStatus.DONE, vn.cchc.plan.task.TaskStatus.CANCELLED))");
            p.and("today", today);
        }
        if (f.dueWithin() != null) {
            q.append(" and dueDate >= :today and dueDate <= :soon"
                    + " and status not in (vn.cchc.plan.task.TaskStatus.DONE, vn.cchc.plan.task.TaskStatus.CANCELLED)");
            p.and("today", today).and("soon", today.plusDays(f.dueWithin()));
        }
        if (f.dueBefore() != null) {
            q.append(" and dueDate <= :dueBefore");
            p.and("dueBefore", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            q.append(" and dueDate >= :dueAfter");
            p.and("dueAfter", f.dueAfter());
        }
        if (f.lead() != null) {
            q.append(" and exists (select 1 from TaskParty tp where tp.assignment.task = Task_ and tp.role = vn.cchc.plan.task.PartyRole.LEAD"
                    + " and tp.unit.code = :lead)");
            p.and("lead", f.lead());
        }
        if (f.folded() != null) {
            q.append(" and titleFolded like :text" + Like.ESCAPE);
            p.and("text", Like.contains(f.folded()));
        }
        return find(q.toString().replace("Task_", "this"), sort(f.sort()), p)
                .withHint("jakarta.persistence.fetchgraph", getEntityManager().getEntityGraph(Task.LIST_GRAPH));
    }

    /** Ends with a unique key (plan, id): tasks of different plans share positions, and a page boundary must not split ties. */
    private static Sort sort(String key) {
        if (key == null) {
            return Sort.by("plan.unit.path").and("plan.id").and("position");
        }
        return switch (key) {
            case "dueDate" -> Sort.by("dueDate", Sort.NullPrecedence.NULLS_LAST).and("position").and("plan.id").and("id");
            case "-dueDate" -> Sort.descending("dueDate").and("position").and("plan.id").and("id");
            case "progress" -> Sort.by("progress").and("position").and("plan.id").and("id");
            case "-progress" -> Sort.descending("progress").and("position").and("plan.id").and("id");
            case "updatedAt" -> Sort.by("updatedAt").and("id");
            case "-updatedAt" -> Sort.descending("updatedAt").and("id");
            default -> Sort.by("plan.unit.path").and("plan.id").and("position");
        };
    }
}
