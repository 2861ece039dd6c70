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
     *         fetched in the same query by joins (a query Hibernate keeps the plan of)
     */
    public PanacheQuery<Task> search(TaskFilter f, String scopePath, LocalDate today) {
        StringBuilder q = new StringBuilder("fu.path like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (f.planId() != null) {
            q.append(" and fp.id = :plan");
            p.and("plan", f.planId());
        }
        if (f.units() != null && !f.units().isEmpty()) {
            q.append(" and fu.code in :units");
            p.and("units", f.units());
        }
        if (f.year() != null) {
            q.append(" and fp.year = :year");
            p.and("year", f.year());
        }
        if (f.area() != null) {
            q.append(" and g.area = :area");
            p.and("area", f.area());
        }
        if (f.status() != null) {
            q.append(" and t.status = :status");
            p.and("status", f.status());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            q.append(" and t.dueDate < :today and t.status not in (vn.cchc.plan.task.TaskStatus.DONE, vn.cchc.plan.task.TaskStatus.CANCELLED)");
            p.and("today", today);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            // the complement: not due yet, no due date, or done or cancelled
            q.append(" and (t.dueDate is null or t.dueDate >= :today"
                    + " or t.status in (vn.cchc.plan.task.TaskStatus.DONE, vn.cchc.plan.task.TaskStatus.CANCELLED))");
            p.and("today", today);
        }
        if (f.dueWithin() != null) {
            q.append(" and t.dueDate >= :today and t.dueDate <= :soon"
                    + " and t.status not in (vn.cchc.plan.task.TaskStatus.DONE, vn.cchc.plan.task.TaskStatus.CANCELLED)");
            p.and("today", today).and("soon", today.plusDays(f.dueWithin()));
        }
        if (f.dueBefore() != null) {
            q.append(" and t.dueDate <= :dueBefore");
            p.and("dueBefore", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            q.append(" and t.dueDate >= :dueAfter");
            p.and("dueAfter", f.dueAfter());
        }
        if (f.lead() != null) {
            q.append(" and exists (select 1 from TaskParty tp where tp.assignment.task = t and tp.role = vn.cchc.plan.task.PartyRole.LEAD"
                    + " and tp.unit.code = :lead)");
            p.and("lead", f.lead());
        }
        if (f.folded() != null) {
            q.append(" and t.titleFolded like :text" + Like.ESCAPE);
            p.and("text", Like.contains(f.folded()));
        }
        // the plan, its unit and the group are fetched by joins written in the query, not by an entity graph:
        // Hibernate keeps no query plan for a query with a graph, and translated it again on every request
        // (an eighth of the task list's CPU under load, issue 7 scenario 3)
        return find("from Task t join fetch t.plan fp join fetch fp.unit fu left join fetch t.group g where " + q, sort(f.sort()), p);
    }

    /** Ends with a unique key (plan, id): tasks of different plans share positions, and a page boundary must not split ties. */
    private static Sort sort(String key) {
        if (key == null) {
            return Sort.by("fu.path").and("fp.id").and("t.position");
        }
        return switch (key) {
            case "dueDate" -> Sort.by("t.dueDate", Sort.NullPrecedence.NULLS_LAST).and("t.position").and("fp.id").and("t.id");
            case "-dueDate" -> Sort.descending("t.dueDate").and("t.position").and("fp.id").and("t.id");
            case "progress" -> Sort.by("t.progress").and("t.position").and("fp.id").and("t.id");
            case "-progress" -> Sort.descending("t.progress").and("t.position").and("fp.id").and("t.id");
            case "updatedAt" -> Sort.by("t.updatedAt").and("t.id");
            case "-updatedAt" -> Sort.descending("t.updatedAt").and("t.id");
            default -> Sort.by("fu.path").and("fp.id").and("t.position");
        };
    }
}
