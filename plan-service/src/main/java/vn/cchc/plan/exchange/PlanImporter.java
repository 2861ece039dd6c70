package vn.cchc.plan.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.audit.AuditLog;
import vn.cchc.plan.deadline.Deadline;
import vn.cchc.plan.deadline.DeadlineParser;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.plan.PlanAccess;
import vn.cchc.plan.plan.PlanGroup;
import vn.cchc.plan.plan.PlanRepository;
import vn.cchc.plan.plan.PlanStatus;
import vn.cchc.plan.target.Target;
import vn.cchc.plan.target.TargetMeasure;
import vn.cchc.plan.target.TargetRepository;
import vn.cchc.plan.target.TargetSentenceParser;
import vn.cchc.plan.task.DueDates;
import vn.cchc.plan.task.PartyRole;
import vn.cchc.plan.task.Task;
import vn.cchc.plan.task.TaskAssignment;
import vn.cchc.plan.task.TaskOutput;
import vn.cchc.plan.task.TaskParty;
import vn.cchc.plan.task.TaskRepository;
import vn.cchc.plan.task.TaskStatus;
import vn.cchc.plan.unit.OrgUnit;
import vn.cchc.plan.unit.OrgUnitLevel;
import vn.cchc.plan.unit.OrgUnitRepository;
import vn.cchc.plan.unit.UnitResolver;

/**
 * Imports a whole plan ({@link PlanDocument}, cchc-plan/1) all-or-nothing: the document is checked
 * completely first and any problem rejects it with every error listed (422); otherwise plan, groups,
 * targets and tasks are written in one transaction, audited, and stored as revision 1. Target
 * sentences are structured by {@link TargetSentenceParser} unless the document gives measures;
 * deadlines are parsed by {@link DeadlineParser}; lead and coordinating names are matched to registry
 * units by {@link UnitResolver}. What cannot be read is kept verbatim and flagged, never guessed.
 */
@ApplicationScoped
public class PlanImporter {

    private final OrgUnitRepository units;
    private final PlanRepository plans;
    private final TargetRepository targets;
    private final TaskRepository tasks;
    private final UnitResolver resolver;
    private final AuditLog audit;
    private final PlanRevisions revisions;
    private final ObjectMapper json;
    private final PlanAccess access;

    public PlanImporter(OrgUnitRepository units, PlanRepository plans, TargetRepository targets,
                        TaskRepository tasks, UnitResolver resolver, AuditLog audit, PlanRevisions revisions,
                        ObjectMapper json, PlanAccess access) {
        this.access = access;
        this.units = units;
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.resolver = resolver;
        this.audit = audit;
        this.revisions = revisions;
        this.json = json;
    }

    /**
     * @param caller a supervisor over the plan's unit, or admin
     * @param doc    the plan
     * @param dryRun when true, check and report only; nothing is written
     * @return what was (or would be) created
     * @throws ProblemException 422 with every invalid field; 403 when the caller may not manage the
     *                          unit; 409 when the unit already has a plan for that year
     */
    @WithSpan
    @Transactional
    public ImportReport importPlan(Caller caller, PlanDocument doc, boolean dryRun) {
        PlanDocumentValidator.validate(doc).throwIfAny();
        OrgUnit unit = units.findByCode(doc.unitCode())
                .filter(u -> caller.canRead(u.pathCodes()))
                .orElseThrow(() -> ProblemException.invalid("unitCode", "no unit " + doc.unitCode() + " is visible to you"));
        if (!caller.canManage(unit.pathCodes())) {
            throw ProblemException.forbidden("Only a supervisor over " + unit.code + " can import its plan");
        }
        if (plans.findByUnitAndYear(unit.code, doc.year()).isPresent()) {
            throw ProblemException.conflict(unit.code + " already has a plan for " + doc.year()
                    + "; change that plan instead of importing a second one");
        }
        FieldErrors errors = new FieldErrors();
        Plan parent = parentPlan(doc, unit, errors);
        Map<String, Target> parentTargets = parent == null ? Map.of() : byRef(targets.ofPlan(parent.id), t -> t.ref);
        Map<String, Task> parentTasks = parent == null ? Map.of() : byRef(tasks.ofPlan(parent.id), t -> t.ref);
        checkParentRefs(doc, parentTargets.keySet(), parentTasks.keySet(), errors);
        errors.throwIfAny();

        Build b = new Build(caller, doc, unit, parent, resolver.forPlanOf(unit));
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        b.groups();
        b.targets(parentTargets);
        b.tasks(parentTasks);
        if (!dryRun) {
            plans.persist(b.plan);
            b.targetList.forEach(targets::persist);
            b.taskList.forEach(tasks::persist);
            plans.flush();
            audit.record(caller, "IMPORT", "PLAN", b.plan.id, unit, null,
                    Map.of("targets", b.targetList.size(), "tasks", b.taskList.size(), "source", String.valueOf(doc.source())));
            revisions.record(caller, b.plan, "import");
        }
        return b.report(dryRun);
    }

    /**
     * Adds the tasks of an imported task table (the appendix layout, see
     * {@link vn.cchc.plan.exchange.table.TaskTableReader}) to an existing, open plan, all-or-nothing:
     * groups are matched by key (new ones appended), task refs must be new to the plan.
     *
     * @param caller a supervisor over the plan's unit
     * @param planId an open plan the caller can read
     * @param groups the table's sections
     * @param tasks  the table's tasks
     * @param dryRun report only
     * @return what was (or would be) added
     * @throws ProblemException 404, 403, 409 (closed plan), 422 with every invalid field (JSON paths of the
     *                          tasks list, e.g. {@code tasks[4].ref})
     */
    @WithSpan
    @Transactional
    public ImportReport appendTasks(Caller caller, long planId, List<PlanDocument.GroupDoc> groups,
                                    List<PlanDocument.TaskDoc> tasks, boolean dryRun) {
        Plan plan = access.readable(caller, planId);
        access.requireManage(caller, plan);
        access.requireOpen(plan);
        // a table numbering its sections I, II… lands in the plan's groups 1, 2… of the same reform area
        Map<String, String> sameArea = new HashMap<>();
        for (PlanDocument.GroupDoc g : groups) {
            boolean known = plan.groups.stream().anyMatch(x -> x.key.equals(g.key()));
            List<PlanGroup> byArea = plan.groups.stream().filter(x -> x.area != null && x.area == g.area()).toList();
            if (!known && g.area() != null && byArea.size() == 1) {
                sameArea.put(g.key(), byArea.get(0).key);
            }
        }
        groups = groups.stream().filter(g -> !sameArea.containsKey(g.key())).toList();
        tasks = tasks.stream().map(t -> t == null || !sameArea.containsKey(t.group()) ? t
                : new PlanDocument.TaskDoc(t.ref(), sameArea.get(t.group()), t.number(), t.title(), t.outputs(),
                        t.leader(), t.assignments(), t.parentRef(), t.status(), t.progress())).toList();
        List<PlanDocument.GroupDoc> allGroups = new ArrayList<>(plan.groups.stream()
                .map(g -> new PlanDocument.GroupDoc(g.key, g.area, g.label)).toList());
        groups.stream().filter(g -> allGroups.stream().noneMatch(x -> x.key().equals(g.key()))).forEach(allGroups::add);
        PlanDocument doc = new PlanDocument(PlanDocument.FORMAT, plan.unit.code, plan.year, plan.title,
                plan.documentNumber, plan.documentDate, null, plan.status, null, "task table", allGroups, List.of(), tasks);
        FieldErrors errors = PlanDocumentValidator.validate(doc);
        List<Task> existing = this.tasks.ofPlan(plan.id);
        Set<String> taken = existing.stream().map(t -> t.ref).collect(Collectors.toSet());
        Map<String, Task> parentTasks = plan.parent == null ? Map.of() : byRef(this.tasks.ofPlan(plan.parent.id), t -> t.ref);
        for (int i = 0; i < tasks.size(); i++) {
            PlanDocument.TaskDoc d = tasks.get(i);
            if (d != null && taken.contains(d.ref())) {
                errors.add("tasks[" + i + "].ref", "the plan already has a task " + d.ref());
            }
            if (d != null && d.parentRef() != null && !parentTasks.containsKey(d.parentRef())) {
                errors.add("tasks[" + i + "].parentRef", plan.parent == null
                        ? "the plan concretises no parent plan" : "the parent plan has no task " + d.parentRef());
            }
        }
        errors.throwIfAny();
        Build b = new Build(caller, doc, plan, existing.size(), resolver.forPlanOf(plan.unit));
        b.groups();
        b.tasks(parentTasks);
        if (dryRun) {
            // new groups hang on the managed plan: make sure nothing of a dry run reaches the database
            QuarkusTransaction.setRollbackOnly();
        } else {
            // groups the table added: persisted before the tasks that refer to them
            plan.groups.stream().filter(g -> g.id == null).forEach(plans.getEntityManager()::persist);
            b.taskList.forEach(this.tasks::persist);
            plan.stampUpdated(caller.username());
            plans.flush();
            audit.record(caller, "IMPORT_TASKS", "PLAN", plan.id, plan.unit, null, Map.of("tasks", b.taskList.size()));
            revisions.record(caller, plan, "task table import (" + b.taskList.size() + " tasks)");
        }
        return b.report(dryRun);
    }

    /**
     * @param unitCode a unit code
     * @return its level, or null when unknown
     */
    public OrgUnitLevel levelOf(String unitCode) {
        return units.findByCode(unitCode).map(u -> u.level).orElse(null);
    }

    private Plan parentPlan(PlanDocument doc, OrgUnit unit, FieldErrors errors) {
        if (doc.parent() == null) {
            return null;
        }
        Optional<Plan> parent = plans.findByUnitAndYear(doc.parent().unitCode(), doc.parent().year());
        // a plan concretises a plan of one of its unit's ancestors, which its authors may not otherwise read
        if (parent.isEmpty() || !unit.pathCodes().contains(doc.parent().unitCode()) || parent.get().unit.code.equals(unit.code)) {
            errors.add("parent", "no plan of an ancestor unit " + doc.parent().unitCode() + " for " + doc.parent().year());
            return null;
        }
        return parent.get();
    }

    private static void checkParentRefs(PlanDocument doc, Set<String> targetRefs, Set<String> taskRefs, FieldErrors errors) {
        List<PlanDocument.TargetDoc> ts = doc.targets() == null ? List.of() : doc.targets();
        for (int i = 0; i < ts.size(); i++) {
            String ref = ts.get(i).parentRef();
            if (ref != null && !targetRefs.contains(ref)) {
                errors.add("targets[" + i + "].parentRef", "the parent plan has no target " + ref);
            }
        }
        List<PlanDocument.TaskDoc> ks = doc.tasks() == null ? List.of() : doc.tasks();
        for (int i = 0; i < ks.size(); i++) {
            String ref = ks.get(i).parentRef();
            if (ref != null && !taskRefs.contains(ref)) {
                errors.add("tasks[" + i + "].parentRef", "the parent plan has no task " + ref);
            }
        }
    }

    private static <T> Map<String, T> byRef(List<T> list, Function<T, String> ref) {
        return list.stream().collect(Collectors.toMap(ref, Function.identity()));
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entities of one import, built before anything is written. */
    private final class Build {
        final Caller caller;
        final PlanDocument doc;
        final Plan plan;
        final UnitResolver.Scope names;
        /** Positions continue after what an existing plan already holds. */
        int groupPos;
        int taskPos;
        final Map<String, PlanGroup> groupsByKey = new HashMap<>();
        final List<Target> targetList = new ArrayList<>();
        final List<Task> taskList = new ArrayList<>();
        final List<String> flagged = new ArrayList<>();
        final TaskContent content;

        /** Into an existing plan: its groups are reused by key, new ones appended. */
        Build(Caller caller, PlanDocument doc, Plan existing, int tasksSoFar, UnitResolver.Scope names) {
            this.caller = caller;
            this.doc = doc;
            this.names = names;
            this.content = new TaskContent(names, json);
            this.plan = existing;
            for (PlanGroup g : existing.groups) {
                groupsByKey.put(g.key, g);
                groupPos = Math.max(groupPos, g.position + 1);
            }
            this.taskPos = tasksSoFar;
        }

        Build(Caller caller, PlanDocument doc, OrgUnit unit, Plan parent, UnitResolver.Scope names) {
            this.caller = caller;
            this.doc = doc;
            this.names = names;
            this.content = new TaskContent(names, json);
            this.plan = new Plan();
            plan.unit = unit;
            plan.year = doc.year();
            plan.title = VietnameseText.nfc(doc.title());
            plan.documentNumber = VietnameseText.nfc(doc.documentNumber());
            plan.documentDate = doc.documentDate();
            plan.issuer = VietnameseText.nfc(doc.issuer());
            plan.status = doc.status() == null ? PlanStatus.DRAFT : doc.status();
            plan.parent = parent;
            plan.source = doc.source();
            plan.stampCreated(caller.username());
        }

        void groups() {
            for (PlanDocument.GroupDoc g : doc.groups()) {
                if (groupsByKey.containsKey(g.key())) {
                    continue;
                }
                PlanGroup e = new PlanGroup();
                e.plan = plan;
                e.key = g.key();
                e.position = groupPos++;
                e.area = g.area();
                e.label = VietnameseText.nfc(g.label());
                plan.groups.add(e);
                groupsByKey.put(e.key, e);
            }
        }

        void targets(Map<String, Target> parentTargets) {
            int pos = 0;
            for (PlanDocument.TargetDoc d : doc.targets() == null ? List.<PlanDocument.TargetDoc>of() : doc.targets()) {
                Target t = new Target();
                t.plan = plan;
                t.group = d.group() == null ? null : groupsByKey.get(d.group());
                t.ref = d.ref();
                t.position = pos++;
                t.text = VietnameseText.nfc(d.text());
                t.textFolded = VietnameseText.fold(d.text());
                List<TargetMeasure> measures = d.measures() != null ? d.measures() : TargetSentenceParser.parse(t.text);
                t.measures = toJson(measures);
                t.flagged = measures.isEmpty();
                if (t.flagged) {
                    flagged.add(t.ref);
                }
                t.parent = d.parentRef() == null ? null : parentTargets.get(d.parentRef());
                t.stampCreated(caller.username());
                targetList.add(t);
            }
        }

        void tasks(Map<String, Task> parentTasks) {
            for (PlanDocument.TaskDoc d : doc.tasks() == null ? List.<PlanDocument.TaskDoc>of() : doc.tasks()) {
                Task t = new Task();
                t.plan = plan;
                t.group = groupsByKey.get(d.group());
                t.ref = d.ref();
                t.position = taskPos++;
                t.number = d.number();
                t.title = VietnameseText.nfc(d.title());
                t.titleFolded = VietnameseText.fold(d.title());
                t.leader = VietnameseText.nfc(d.leader());
                t.status = d.status() == null ? TaskStatus.NOT_STARTED : d.status();
                t.progress = d.progress() == null ? 0 : d.progress();
                t.parent = d.parentRef() == null ? null : parentTasks.get(d.parentRef());
                t.stampCreated(caller.username());
                content.fill(t, d.outputs(), d.assignments());
                DueDates.recompute(t, plan.status == PlanStatus.DRAFT ? null : plan.documentDate);
                taskList.add(t);
            }
        }

        ImportReport report(boolean dryRun) {
            List<ImportReport.GroupCount> counts = plan.groups.stream().map(g -> new ImportReport.GroupCount(
                    g.key, g.area, g.label,
                    (int) targetList.stream().filter(t -> t.group == g).count(),
                    (int) taskList.stream().filter(t -> t.group == g).count())).toList();
            return new ImportReport(dryRun, dryRun ? null : plan.id, plan.unit.code, plan.year, counts,
                    targetList.size(), taskList.size(), flagged, content.unread(), content.unresolved());
        }
    }
}
