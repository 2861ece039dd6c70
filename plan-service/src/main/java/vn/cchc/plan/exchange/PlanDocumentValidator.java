package vn.cchc.plan.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.task.TaskProgress;

/**
 * Checks a {@link PlanDocument} as a whole before anything is written: an import is all-or-nothing,
 * so every problem is reported at once with its JSON path (e.g. {@code tasks[12].assignments[0].lead}).
 * Plain Java; the service adds the checks that need the database (units, parent plan).
 */
public final class PlanDocumentValidator {

    /** Longest accepted title or sentence; a 10 MB "title" is refused, not stored. */
    static final int MAX_TEXT = 10_000;
    static final int MAX_NAME = 500;

    private final FieldErrors errors = new FieldErrors();

    private PlanDocumentValidator() {
    }

    /**
     * @param doc the document, possibly null
     * @return every problem found, empty when the document is acceptable
     */
    public static FieldErrors validate(PlanDocument doc) {
        PlanDocumentValidator v = new PlanDocumentValidator();
        v.check(doc);
        return v.errors;
    }

    private void check(PlanDocument d) {
        if (d == null) {
            error("", "a plan document is required");
            return;
        }
        if (!PlanDocument.FORMAT.equals(d.format())) {
            error("format", "must be " + PlanDocument.FORMAT);
        }
        required("unitCode", d.unitCode(), 64);
        if (d.year() == null || d.year() < 2000 || d.year() > 2100) {
            error("year", "must be a year between 2000 and 2100");
        }
        required("title", d.title(), 1000);
        optional("documentNumber", d.documentNumber(), 100);
        optional("issuer", d.issuer(), 255);
        if (d.status() == vn.cchc.plan.plan.PlanStatus.ISSUED
                && (VietnameseText.isBlank(d.documentNumber()) || d.documentDate() == null)) {
            error("documentNumber", "an issued plan needs its document number and date");
        }
        if (d.parent() != null && (d.parent().unitCode() == null || d.parent().year() == null)) {
            error("parent", "needs unitCode and year");
        }
        Set<String> groupKeys = new HashSet<>();
        List<PlanDocument.GroupDoc> groups = d.groups() == null ? List.of() : d.groups();
        if (groups.isEmpty()) {
            error("groups", "at least one group is required");
        }
        for (int i = 0; i < groups.size(); i++) {
            PlanDocument.GroupDoc g = groups.get(i);
            String p = "groups[" + i + "]";
            if (g == null) {
                error(p, "must not be null");
                continue;
            }
            if (required(p + ".key", g.key(), 16) && !groupKeys.add(g.key())) {
                error(p + ".key", "duplicate group key " + g.key());
            }
            required(p + ".label", g.label(), 1000);
        }
        checkTargets(d.targets() == null ? List.of() : d.targets(), groupKeys);
        checkTasks(d.tasks() == null ? List.of() : d.tasks(), groupKeys);
    }

    private void checkTargets(List<PlanDocument.TargetDoc> targets, Set<String> groupKeys) {
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            PlanDocument.TargetDoc t = targets.get(i);
            String p = "targets[" + i + "]";
            if (t == null) {
                error(p, "must not be null");
                continue;
            }
            if (required(p + ".ref", t.ref(), 32) && !refs.add(t.ref())) {
                error(p + ".ref", "duplicate target ref " + t.ref());
            }
            // a target no group lists is plan-wide (Hải Dương's "Một số chỉ tiêu chủ yếu")
            if (t.group() != null) {
                groupRef(p + ".group", t.group(), groupKeys);
            }
            required(p + ".text", t.text(), MAX_TEXT);
        }
    }

    private void checkTasks(List<PlanDocument.TaskDoc> tasks, Set<String> groupKeys) {
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            PlanDocument.TaskDoc t = tasks.get(i);
            String p = "tasks[" + i + "]";
            if (t == null) {
                error(p, "must not be null");
                continue;
            }
            if (required(p + ".ref", t.ref(), 32) && !refs.add(t.ref())) {
                error(p + ".ref", "duplicate task ref " + t.ref());
            }
            groupRef(p + ".group", t.group(), groupKeys);
            optional(p + ".number", t.number(), 16);
            required(p + ".title", t.title(), MAX_TEXT);
            optional(p + ".leader", t.leader(), MAX_NAME);
            if (t.progress() != null && (t.progress() < 0 || t.progress() > 100)) {
                error(p + ".progress", "must be between 0 and 100");
            } else if (!TaskProgress.consistent(t.status(), t.progress() == null ? 0 : t.progress())) {
                error(p + ".status", TaskProgress.rule());
            }
            List<PlanDocument.OutputDoc> outputs = t.outputs() == null ? List.of() : t.outputs();
            for (int j = 0; j < outputs.size(); j++) {
                String op = p + ".outputs[" + j + "]";
                if (outputs.get(j) == null) {
                    error(op, "must not be null");
                    continue;
                }
                required(op + ".name", outputs.get(j).name(), MAX_TEXT);
                optional(op + ".deadline", outputs.get(j).deadline(), 2000);
            }
            checkAssignments(p, t.assignments() == null ? List.of() : t.assignments());
        }
    }

    private void checkAssignments(String p, List<PlanDocument.AssignmentDoc> assignments) {
        if (assignments.isEmpty()) {
            error(p + ".assignments", "at least one assignment (lead unit and deadline) is required");
        }
        for (int j = 0; j < assignments.size(); j++) {
            PlanDocument.AssignmentDoc a = assignments.get(j);
            String ap = p + ".assignments[" + j + "]";
            if (a == null) {
                error(ap, "must not be null");
                continue;
            }
            if (a.lead() == null || a.lead().isEmpty()) {
                error(ap + ".lead", "at least one lead unit (cơ quan chủ trì) is required");
            } else {
                names(ap + ".lead", a.lead());
            }
            names(ap + ".coordinators", a.coordinators() == null ? List.of() : a.coordinators());
            optional(ap + ".deadline", a.deadline(), 2000);
        }
    }

    private void names(String p, List<String> names) {
        for (int k = 0; k < names.size(); k++) {
            required(p + "[" + k + "]", names.get(k), MAX_NAME);
        }
    }

    private void groupRef(String path, String key, Set<String> groupKeys) {
        if (required(path, key, 16) && !groupKeys.contains(key)) {
            error(path, "no group with key " + key);
        }
    }

    private boolean required(String path, String value, int max) {
        if (VietnameseText.isBlank(value)) {
            error(path, "is required");
            return false;
        }
        return optional(path, value, max);
    }

    private boolean optional(String path, String value, int max) {
        if (value != null && value.length() > max) {
            error(path, "is longer than " + max + " characters");
            return false;
        }
        return true;
    }

    private void error(String path, String message) {
        errors.add(path, message);
    }
}
