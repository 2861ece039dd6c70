package vn.cchc.plan.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cchc.common.api.Versions;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.Problem;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.plan.audit.AuditLog;
import vn.cchc.plan.plan.PlanAccess;
import vn.cchc.plan.plan.PlanStatus;
import vn.cchc.plan.task.DueDates;
import vn.cchc.plan.task.Task;
import vn.cchc.plan.task.TaskChange;
import vn.cchc.plan.task.TaskRepository;
import vn.cchc.plan.task.TaskService;
import vn.cchc.plan.task.TaskView;
import vn.cchc.plan.unit.UnitResolver;

/**
 * Adds one task to a plan or changes a task by hand (plans are adjusted during the year): the same
 * checks, parsing and unit matching as an import, audited and kept as a plan revision.
 */
@ApplicationScoped
public class TaskEditor {

    private final PlanImporter importer;
    private final TaskRepository tasks;
    private final TaskService taskService;
    private final PlanAccess access;
    private final UnitResolver resolver;
    private final AuditLog audit;
    private final PlanRevisions revisions;
    private final ObjectMapper json;

    public TaskEditor(PlanImporter importer, TaskRepository tasks, TaskService taskService, PlanAccess access, UnitResolver resolver,
                      AuditLog audit, PlanRevisions revisions, ObjectMapper json) {
        this.importer = importer;
        this.tasks = tasks;
        this.taskService = taskService;
        this.access = access;
        this.resolver = resolver;
        this.audit = audit;
        this.revisions = revisions;
        this.json = json;
    }

    /**
     * @param caller a supervisor over the plan's unit
     * @param planId an open plan
     * @param doc    the task; its group must exist in the plan
     * @return the new task
     * @throws ProblemException 404, 403, 409 (closed plan), 422 (invalid fields, ref taken)
     */
    @WithSpan
    @Transactional
    public TaskView create(Caller caller, long planId, PlanDocument.TaskDoc doc) {
        var plan = access.readable(caller, planId);
        if (doc != null && doc.group() != null && plan.groups.stream().noneMatch(g -> g.key.equals(doc.group()))) {
            throw ProblemException.invalid("group", "the plan has no group " + doc.group());
        }
        importer.appendTasks(caller, planId, List.of(), java.util.Collections.singletonList(doc), false);
        Task t = tasks.find("plan.id = ?1 and ref = ?2", planId, doc.ref()).singleResult();
        return TaskView.of(t, VietnamTime.today());
    }

    /**
     * Replaces a task's wording, outputs and assignments, refusing a stale write.
     *
     * @param caller          a supervisor over the plan's unit
     * @param id              task id
     * @param expectedVersion version from If-Match
     * @param in              the task as it now stands
     * @return the task after the change
     * @throws ProblemException 404, 403, 409 (closed plan), 412 (stale), 422 (invalid fields)
     */
    @WithSpan
    @Transactional
    public TaskView update(Caller caller, long id, long expectedVersion, TaskChange in) {
        Task t = taskService.readable(caller, id);
        access.requireManage(caller, t.plan);
        access.requireOpen(t.plan);
        Versions.requireCurrent("Task " + id, t.version, expectedVersion);
        validate(t, in);
        var today = VietnamTime.today();
        TaskView before = TaskView.of(t, today);
        t.number = in.number();
        t.title = VietnameseText.nfc(in.title());
        t.titleFolded = VietnameseText.fold(in.title());
        t.leader = VietnameseText.nfc(in.leader());
        new TaskContent(resolver.forPlanOf(t.plan.unit), json).fill(t, in.outputs(), in.assignments());
        DueDates.recompute(t, t.plan.status == PlanStatus.DRAFT ? null : t.plan.documentDate);
        t.stampUpdated(caller.username());
        tasks.flush();
        TaskView after = TaskView.of(t, today);
        audit.record(caller, "UPDATE", "TASK", t.id, t.plan.unit, before, after);
        revisions.record(caller, t.plan, in.reason());
        return after;
    }

    /** The import's checks on this one task, with field names relative to the body. */
    private static void validate(Task t, TaskChange in) {
        PlanDocument.TaskDoc doc = new PlanDocument.TaskDoc(t.ref, t.group.key, in.number(), in.title(), in.outputs(),
                in.leader(), in.assignments(), null, null, null);
        PlanDocument probe = new PlanDocument(PlanDocument.FORMAT, t.plan.unit.code, t.plan.year, t.plan.title,
                t.plan.documentNumber, t.plan.documentDate, null, t.plan.status, null, null,
                List.of(new PlanDocument.GroupDoc(t.group.key, t.group.area, t.group.label)), List.of(), List.of(doc));
        FieldErrors relative = new FieldErrors();
        for (Problem.FieldError e : PlanDocumentValidator.validate(probe).sorted()) {
            relative.add(e.field().replaceFirst("^tasks\\[0]\\.", ""), e.message());
        }
        relative.throwIfAny();
    }
}
