package vn.cchc.plan.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.deadline.Deadline;
import vn.cchc.plan.deadline.DeadlineParser;
import vn.cchc.plan.task.PartyRole;
import vn.cchc.plan.task.Task;
import vn.cchc.plan.task.TaskAssignment;
import vn.cchc.plan.task.TaskOutput;
import vn.cchc.plan.task.TaskParty;
import vn.cchc.plan.unit.UnitResolver;

/**
 * Sets a task's outputs (sản phẩm) and assignments (chủ trì, phối hợp, thời gian hoàn thành) from
 * their document form, the one way both imports and hand edits do it: deadline cells are kept
 * verbatim and parsed ({@link DeadlineParser}), names are matched to registry units
 * ({@link UnitResolver}); what cannot be read or matched is collected for the caller's report.
 */
public final class TaskContent {

    private final UnitResolver.Scope names;
    private final ObjectMapper json;
    private final List<ImportReport.UnreadDeadline> unread = new ArrayList<>();
    private final Set<String> unresolved = new LinkedHashSet<>();

    /**
     * @param names resolver bound to the plan's unit
     * @param json  the mapper that stores parsed deadlines as JSON
     */
    public TaskContent(UnitResolver.Scope names, ObjectMapper json) {
        this.names = names;
        this.json = json;
    }

    /**
     * Replaces the task's outputs and assignments. Due dates are not set here: call
     * {@link vn.cchc.plan.task.DueDates#recompute} after.
     *
     * @param t           a task with its plan set
     * @param outputs     outputs as written, may be null
     * @param assignments assignments as written, at least one
     */
    public void fill(Task t, List<PlanDocument.OutputDoc> outputs, List<PlanDocument.AssignmentDoc> assignments) {
        t.outputs.clear();
        t.assignments.clear();
        int pos = 0;
        for (PlanDocument.OutputDoc o : outputs == null ? List.<PlanDocument.OutputDoc>of() : outputs) {
            TaskOutput e = new TaskOutput();
            e.task = t;
            e.position = pos++;
            e.name = VietnameseText.nfc(o.name());
            if (o.deadline() != null && !o.deadline().isBlank()) {
                e.deadlineText = o.deadline();
                e.deadline = parsed(t, o.deadline());
            }
            t.outputs.add(e);
        }
        pos = 0;
        for (PlanDocument.AssignmentDoc a : assignments) {
            TaskAssignment e = new TaskAssignment();
            e.task = t;
            e.position = pos++;
            if (a.deadline() != null && !a.deadline().isBlank()) {
                e.deadlineText = a.deadline();
                e.deadline = parsed(t, a.deadline());
            }
            parties(e, PartyRole.LEAD, a.lead());
            parties(e, PartyRole.COORDINATOR, a.coordinators() == null ? List.of() : a.coordinators());
            t.assignments.add(e);
        }
    }

    /** @return deadlines not understood so far, with their task */
    public List<ImportReport.UnreadDeadline> unread() {
        return List.copyOf(unread);
    }

    /** @return names that matched no single unit so far */
    public List<String> unresolved() {
        return List.copyOf(unresolved);
    }

    private String parsed(Task t, String text) {
        Deadline d = DeadlineParser.parse(text, t.plan.year);
        if (!d.understood()) {
            unread.add(new ImportReport.UnreadDeadline(t.ref, text));
        }
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void parties(TaskAssignment a, PartyRole role, List<String> partyNames) {
        int pos = 0;
        for (String name : partyNames) {
            TaskParty p = new TaskParty();
            p.assignment = a;
            p.role = role;
            p.position = pos++;
            p.name = VietnameseText.nfc(name);
            p.unit = names.resolve(p.name).orElse(null);
            if (p.unit == null) {
                unresolved.add(p.name);
            }
            a.parties.add(p);
        }
    }
}
