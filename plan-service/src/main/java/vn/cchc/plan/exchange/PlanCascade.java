package vn.cchc.plan.exchange;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.plan.PlanAccess;
import vn.cchc.plan.plan.PlanStatus;
import vn.cchc.plan.unit.OrgUnitLevel;

/**
 * Creates a unit's plan from the plan of a unit above it in one call (a ward plan from the city plan):
 * every target and task is copied with a link to its origin, as a draft to adapt. With
 * {@code obligationsOnly}, only the tasks whose lead or coordinating units name the child's class of
 * units ("UBND các xã, phường" for a ward or commune, "Sở, Ban, Ngành" for a department) are copied:
 * those are the city's obligations on every such unit.
 */
@ApplicationScoped
public class PlanCascade {

    private final PlanAccess access;
    private final PlanExporter exporter;
    private final PlanImporter importer;

    public PlanCascade(PlanAccess access, PlanExporter exporter, PlanImporter importer) {
        this.access = access;
        this.exporter = exporter;
        this.importer = importer;
    }

    /**
     * @param caller          a supervisor over the child unit
     * @param parentPlanId    the plan to concretise
     * @param unitCode        the child unit (a descendant of the parent plan's unit)
     * @param title           the new plan's title, or null for "<parent title> — <unit>"
     * @param obligationsOnly copy only the tasks that fall on the child's class of units
     * @param dryRun          report only
     * @return the import report of the new draft plan
     * @throws vn.cchc.common.problem.ProblemException 404 parent not visible; 403, 409, 422 as for an import
     */
    @WithSpan
    @Transactional
    public ImportReport cascade(Caller caller, long parentPlanId, String unitCode, String title,
                                boolean obligationsOnly, boolean dryRun) {
        Plan parent = access.readable(caller, parentPlanId);
        PlanDocument src = exporter.export(parent);
        OrgUnitLevel level = importer.levelOf(unitCode);
        List<PlanDocument.TargetDoc> targets = src.targets().stream()
                .map(t -> new PlanDocument.TargetDoc(t.ref(), t.group(), t.text(), t.ref(), t.measures()))
                .toList();
        List<PlanDocument.TaskDoc> tasks = src.tasks().stream()
                .filter(t -> !obligationsOnly || fallsOn(t, level))
                .map(t -> new PlanDocument.TaskDoc(t.ref(), t.group(), t.number(), t.title(), t.outputs(), t.leader(),
                        t.assignments(), t.ref(), null, null))
                .toList();
        String newTitle = title == null || title.isBlank() ? parent.title + " — " + unitCode : title;
        PlanDocument doc = new PlanDocument(PlanDocument.FORMAT, unitCode, parent.year, newTitle, null, null, null,
                PlanStatus.DRAFT, new PlanDocument.PlanRef(parent.unit.code, parent.year),
                "cascade from plan " + parent.id, src.groups(), targets, tasks);
        return importer.importPlan(caller, doc, dryRun);
    }

    private static boolean fallsOn(PlanDocument.TaskDoc t, OrgUnitLevel level) {
        String cls = switch (level == null ? OrgUnitLevel.OTHER : level) {
            case WARD, COMMUNE, SPECIAL_ZONE -> "xa, phuong";
            case DEPARTMENT -> "so, ban, nganh";
            default -> null;
        };
        if (cls == null) {
            return true;
        }
        return t.assignments().stream()
                .flatMap(a -> java.util.stream.Stream.concat(a.lead().stream(),
                        a.coordinators() == null ? java.util.stream.Stream.<String>empty() : a.coordinators().stream()))
                .map(n -> VietnameseText.fold(n).toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.contains(cls));
    }
}
