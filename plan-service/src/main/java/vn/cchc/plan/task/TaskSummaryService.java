package vn.cchc.plan.task;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.unit.OrgUnit;
import vn.cchc.plan.unit.OrgUnitRepository;

/**
 * The set-based task summary behind {@code GET /api/v1/tasks/summary}: for a parent unit and a year,
 * every plan of that year in the parent's subtree (the parent's own included), counted per unit and
 * reform area as of a day by {@link TaskTally}. Three queries whatever the number of units (tasks, their
 * progress reports, and the task details when asked for), so a city's consolidated report over 126
 * wards costs one call. The parent must lie in the caller's subtree (else 404).
 */
@ApplicationScoped
public class TaskSummaryService {

    /** At most this many tasks are listed one by one ({@code tasks=true}); a ward has about 50. */
    static final int MAX_LISTED_TASKS = 2000;

    private final EntityManager em;
    private final OrgUnitRepository units;

    public TaskSummaryService(EntityManager em, OrgUnitRepository units) {
        this.em = em;
        this.units = units;
    }

    /**
     * @param caller    the caller
     * @param parent    parent unit code
     * @param year      plan year
     * @param asOf      the day, default today (Vietnam time); not after today
     * @param withTasks list each task with its status then
     * @return counts per unit and area
     * @throws ProblemException 404 when the parent is not in the caller's subtree, 422 when asOf is in the
     *                          future or too many tasks would be listed
     */
    @WithSpan
    @Transactional
    public TaskSummaryView summary(Caller caller, String parent, int year, LocalDate asOf, boolean withTasks) {
        OrgUnit p = units.findByCode(parent).filter(u -> caller.canRead(u.pathCodes()))
                .orElseThrow(() -> ProblemException.notFound("No unit " + parent + " is visible to you"));
        LocalDate today = VietnamTime.today();
        LocalDate day = asOf == null ? today : asOf;
        if (day.isAfter(today)) {
            throw ProblemException.invalid("asOf", "must not be after today " + today);
        }
        List<TaskTally.Row> rows = em.createQuery("""
                        select t.id, u.code, u.name, g.area, t.status, t.progress, t.dueDate
                        from Task t join t.plan pl join pl.unit u join t.group g
                        where pl.year = :year and u.path like :scope
                        order by u.path, pl.id, t.position""", Object[].class)
                .setParameter("year", year).setParameter("scope", p.path + "%")
                .getResultStream()
                .map(r -> new TaskTally.Row((Long) r[0], (String) r[1], (String) r[2], (ReformArea) r[3], (TaskStatus) r[4],
                        (Integer) r[5], (LocalDate) r[6]))
                .toList();
        Map<Long, List<TaskTally.Report>> reports = new HashMap<>();
        em.createQuery("""
                        select up.task.id, up.reportedOn, up.status, up.progress
                        from TaskUpdate up join up.task t join t.plan pl join pl.unit u
                        where pl.year = :year and u.path like :scope
                        order by up.createdAt, up.id""", Object[].class)
                .setParameter("year", year).setParameter("scope", p.path + "%")
                .getResultStream()
                .forEach(r -> reports.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new TaskTally.Report((Long) r[0], (LocalDate) r[1], (TaskStatus) r[2], (Integer) r[3])));
        List<TaskSummaryView.UnitSummary> out = TaskTally.tally(rows, reports, day);
        if (withTasks) {
            if (rows.size() > MAX_LISTED_TASKS) {
                throw ProblemException.invalid("tasks", "lists at most " + MAX_LISTED_TASKS + " tasks; ask for a smaller unit");
            }
            out = withTasks(out, rows, reports, day);
        }
        return new TaskSummaryView(parent, year, day, out);
    }

    private List<TaskSummaryView.UnitSummary> withTasks(List<TaskSummaryView.UnitSummary> units, List<TaskTally.Row> rows,
                                                        Map<Long, List<TaskTally.Report>> reports, LocalDate day) {
        Map<Long, Task> byId = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select t from Task t where t.id in :ids", Task.class)
                    .setParameter("ids", rows.stream().map(TaskTally.Row::taskId).toList())
                    .getResultStream().forEach(t -> byId.put(t.id, t));
        }
        Map<String, List<TaskSummaryView.TaskAsOf>> perUnit = new HashMap<>();
        for (TaskTally.Row row : rows) {
            Task t = byId.get(row.taskId());
            TaskTally.AsOf s = TaskTally.asOf(row, reports.getOrDefault(row.taskId(), List.of()), day);
            List<String> leads = t.assignments.stream().flatMap(a -> a.parties.stream())
                    .filter(pt -> pt.role == PartyRole.LEAD).map(pt -> pt.name).distinct().toList();
            perUnit.computeIfAbsent(row.unitCode(), k -> new ArrayList<>()).add(new TaskSummaryView.TaskAsOf(
                    t.id, t.ref, t.number, row.area(), t.title, t.outputs.stream().map(o -> o.name).filter(Objects::nonNull).toList(),
                    leads, t.dueDate, s.status(), s.progress(), s.overdue()));
        }
        return units.stream().map(u -> new TaskSummaryView.UnitSummary(u.unit(), u.name(), u.counts(), u.areas(),
                perUnit.getOrDefault(u.unit(), List.of()))).toList();
    }
}
