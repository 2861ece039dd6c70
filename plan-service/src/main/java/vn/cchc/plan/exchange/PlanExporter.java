package vn.cchc.plan.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.target.Target;
import vn.cchc.plan.target.TargetMeasure;
import vn.cchc.plan.target.TargetRepository;
import vn.cchc.plan.task.PartyRole;
import vn.cchc.plan.task.Task;
import vn.cchc.plan.task.TaskAssignment;
import vn.cchc.plan.task.TaskParty;
import vn.cchc.plan.task.TaskRepository;

/** Writes a stored plan as a {@link PlanDocument} (cchc-plan/1) that re-imports to an equal plan. */
@ApplicationScoped
public class PlanExporter {

    private static final TypeReference<List<TargetMeasure>> MEASURES = new TypeReference<>() {
    };

    private final TargetRepository targets;
    private final TaskRepository tasks;
    private final ObjectMapper json;

    public PlanExporter(TargetRepository targets, TaskRepository tasks, ObjectMapper json) {
        this.targets = targets;
        this.tasks = tasks;
        this.json = json;
    }

    /**
     * @param p a stored plan
     * @return the whole plan: header, groups, targets with their measures, tasks with assignments,
     *         outputs, status and progress (not the progress history)
     */
    public PlanDocument export(Plan p) {
        List<PlanDocument.GroupDoc> groups = p.groups.stream()
                .map(g -> new PlanDocument.GroupDoc(g.key, g.area, g.label)).toList();
        List<PlanDocument.TargetDoc> targetDocs = targets.ofPlan(p.id).stream().map(this::target).toList();
        List<PlanDocument.TaskDoc> taskDocs = tasks.ofPlan(p.id).stream().map(PlanExporter::task).toList();
        return new PlanDocument(PlanDocument.FORMAT, p.unit.code, p.year, p.title, p.documentNumber,
                p.documentDate, p.issuer, p.status,
                p.parent == null ? null : new PlanDocument.PlanRef(p.parent.unit.code, p.parent.year),
                p.source, groups, targetDocs, taskDocs);
    }

    private PlanDocument.TargetDoc target(Target t) {
        return new PlanDocument.TargetDoc(t.ref, t.group == null ? null : t.group.key, t.text, t.parent == null ? null : t.parent.ref,
                measures(t.measures));
    }

    /**
     * @param stored the JSON array stored with a target
     * @return the measures it holds
     */
    public List<TargetMeasure> measures(String stored) {
        try {
            return json.readValue(stored, MEASURES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored target measures are not readable", e);
        }
    }

    private static PlanDocument.TaskDoc task(Task t) {
        return new PlanDocument.TaskDoc(t.ref, t.group.key, t.number, t.title,
                t.outputs.stream().map(o -> new PlanDocument.OutputDoc(o.name, o.deadlineText)).toList(),
                t.leader,
                t.assignments.stream().map(PlanExporter::assignment).toList(),
                t.parent == null ? null : t.parent.ref, t.status, t.progress);
    }

    private static PlanDocument.AssignmentDoc assignment(TaskAssignment a) {
        return new PlanDocument.AssignmentDoc(names(a.parties, PartyRole.LEAD), names(a.parties, PartyRole.COORDINATOR),
                a.deadlineText);
    }

    private static List<String> names(List<TaskParty> parties, PartyRole role) {
        return parties.stream().filter(p -> p.role == role).map(p -> p.name).toList();
    }
}
