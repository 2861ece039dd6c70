package vn.cchc.plan.task;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.plan.audit.AuditLog;
import vn.cchc.plan.plan.PlanAccess;
import vn.cchc.plan.unit.OrgUnitRepository;

/**
 * Tasks: search across the caller's subtree (one call for many wards), reading, and progress reports
 * (báo cáo tiến độ). Who may report progress: the plan's own unit (officer, leader), a supervisor over
 * it, or a lead unit of the task (cơ quan chủ trì) through its officers; integration accounts never.
 */
@ApplicationScoped
public class TaskService {

    private final TaskRepository tasks;
    private final UpdateRepository updates;
    private final OrgUnitRepository units;
    private final PlanAccess access;
    private final AuditLog audit;

    public TaskService(TaskRepository tasks, UpdateRepository updates, OrgUnitRepository units, PlanAccess access,
                       AuditLog audit) {
        this.tasks = tasks;
        this.updates = updates;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** Progress reports of tasks. */
    @ApplicationScoped
    public static class UpdateRepository implements PanacheRepository<TaskUpdate> {
    }

    /**
     * @param caller the caller
     * @param filter the filters
     * @param page   zero-based page
     * @param size   page size
     * @return tasks of plans whose unit is in the caller's subtree
     */
    @WithSpan
    public Page<TaskView> search(Caller caller, TaskFilter filter, int page, int size) {
        String scope = units.readScope(caller).orElse(null);
        if (scope == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        LocalDate today = VietnamTime.today();
        var q = tasks.search(filter, scope, today);
        List<TaskView> items = q.page(page, size).list().stream().map(t -> TaskView.of(t, today)).toList();
        return Page.of(items, page, size, q::count);
    }

    /**
     * @param caller the caller
     * @param id     task id
     * @return the task
     * @throws ProblemException 404 when missing or not visible
     */
    @WithSpan
    public TaskView get(Caller caller, long id) {
        return TaskView.of(readable(caller, id), VietnamTime.today());
    }

    /**
     * Records a progress report and moves the task's progress and status, refusing a stale write.
     *
     * @param caller          the caller
     * @param id              task id
     * @param expectedVersion the task version from If-Match
     * @param in              the report
     * @return the task after the report
     * @throws ProblemException 404, 403 (no right to report on it), 409 (closed plan), 412 (stale),
     *                          422 (DONE below 100%, CANCELLED by a non-supervisor)
     */
    @WithSpan
    @Transactional
    public TaskView report(Caller caller, long id, long expectedVersion, ProgressReport in) {
        Task t = readable(caller, id);
        requireReporter(caller, t);
        access.requireOpen(t.plan);
        Versions.requireCurrent("Task " + id, t.version, expectedVersion);
        if (!TaskProgress.consistent(in.status(), in.progress())) {
            throw ProblemException.invalid("progress", TaskProgress.rule());
        }
        if (in.reportedOn() != null && in.reportedOn().getYear() < t.plan.year - 1) {
            throw ProblemException.invalid("reportedOn", "must fall in the plan's year " + t.plan.year);
        }
        if (in.status() == TaskStatus.CANCELLED && !caller.canManage(t.plan.unit.pathCodes())) {
            throw ProblemException.forbidden("Only a supervisor can cancel a task");
        }
        LocalDate today = VietnamTime.today();
        TaskView before = TaskView.of(t, today);
        TaskUpdate u = new TaskUpdate();
        u.task = t;
        u.reportedOn = in.reportedOn() == null ? today : in.reportedOn();
        u.progress = in.progress();
        u.status = in.status();
        u.note = VietnameseText.nfc(in.note());
        u.evidenceNumber = VietnameseText.nfc(in.evidenceNumber());
        u.evidenceDate = in.evidenceDate();
        u.evidenceUrl = in.evidenceUrl();
        u.createdAt = Instant.now();
        u.createdBy = caller.username();
        updates.persist(u);
        t.progress = in.progress();
        t.status = in.status();
        t.stampUpdated(caller.username());
        tasks.flush();
        TaskView after = TaskView.of(t, today);
        audit.record(caller, "PROGRESS", "TASK", t.id, t.plan.unit, before, after);
        return after;
    }

    /**
     * @param caller the caller
     * @param id     task id
     * @return its progress reports, newest first
     */
    @WithSpan
    public List<TaskUpdateView> updates(Caller caller, long id) {
        readable(caller, id);
        return updates.list("task.id", Sort.descending("createdAt"), id).stream().map(TaskUpdateView::of).toList();
    }

    /**
     * @param caller the caller
     * @param id     task id
     * @return the task, when its plan's unit lies in the caller's subtree
     * @throws ProblemException 404 when missing or not visible, so its existence does not leak
     */
    public Task readable(Caller caller, long id) {
        Task t = tasks.findById(id);
        if (t == null || !caller.canRead(t.plan.unit.pathCodes())) {
            throw ProblemException.notFound("No task " + id + " is visible to you");
        }
        return t;
    }

    private static void requireReporter(Caller caller, Task t) {
        if (caller.canWriteOwn(t.plan.unit.pathCodes())) {
            return;
        }
        boolean staff = caller.hasRole(Role.OFFICER) || caller.hasRole(Role.LEADER) || caller.hasRole(Role.SUPERVISOR);
        boolean leads = t.assignments.stream().flatMap(a -> a.parties.stream())
                .anyMatch(p -> p.role == PartyRole.LEAD && p.unit != null && p.unit.code.equals(caller.unitCode()));
        if (!(staff && leads)) {
            throw ProblemException.forbidden("Only the plan's unit or a lead unit of the task can report its progress");
        }
    }
}
