package vn.cchc.plan.target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import vn.cchc.common.api.Versions;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.plan.audit.AuditLog;
import vn.cchc.plan.exchange.PlanExporter;
import vn.cchc.plan.exchange.PlanRevisions;
import vn.cchc.plan.plan.PlanAccess;

/** Reading targets and setting their structured form by hand (supervisors), audited and revisioned. */
@ApplicationScoped
public class TargetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetRepository targets;
    private final PlanAccess access;
    private final PlanExporter exporter;
    private final PlanRevisions revisions;
    private final AuditLog audit;
    private final ObjectMapper json;

    public TargetService(TargetRepository targets, PlanAccess access, PlanExporter exporter, PlanRevisions revisions,
                         AuditLog audit, ObjectMapper json) {
        this.targets = targets;
        this.access = access;
        this.exporter = exporter;
        this.revisions = revisions;
        this.audit = audit;
        this.json = json;
    }

    /**
     * @param caller the caller
     * @param id     target id
     * @return the target
     * @throws ProblemException 404 when missing or not visible
     */
    @WithSpan
    public TargetView get(Caller caller, long id) {
        return view(readable(caller, id));
    }

    /**
     * @param t a target
     * @return its view with the stored measures
     */
    public TargetView view(Target t) {
        return TargetView.of(t, exporter.measures(t.measures));
    }

    /**
     * Replaces a target's measures, refusing a stale write.
     *
     * @param caller          a supervisor over the plan's unit
     * @param id              target id
     * @param expectedVersion version from If-Match
     * @param in              the new measures
     * @return the target after the change
     * @throws ProblemException 404, 403, 409 (closed plan), 412 (stale), 422 (a percent above 100, a
     *                          negative value, a malformed indicator code)
     */
    @WithSpan
    @Transactional
    public TargetView update(Caller caller, long id, long expectedVersion, TargetChange in) {
        Target t = readable(caller, id);
        access.requireManage(caller, t.plan);
        access.requireOpen(t.plan);
        Versions.requireCurrent("Target " + id, t.version, expectedVersion);
        check(in.measures());
        TargetView before = view(t);
        try {
            t.measures = json.writeValueAsString(in.measures());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        t.flagged = in.measures().isEmpty();
        t.stampUpdated(caller.username());
        targets.flush();
        TargetView after = view(t);
        audit.record(caller, "UPDATE", "TARGET", t.id, t.plan.unit, before, after);
        revisions.record(caller, t.plan, in.reason());
        return after;
    }

    private static void check(List<TargetMeasure> measures) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < measures.size(); i++) {
            TargetMeasure m = measures.get(i);
            String p = "measures[" + i + "]";
            if (m.value() != null && m.value().signum() < 0) {
                errors.add(p + ".value", "must not be negative");
            }
            if (m.value() != null && m.unit() == MeasureUnit.PERCENT && m.value().compareTo(HUNDRED) > 0) {
                errors.add(p + ".value", "a percentage cannot exceed 100");
            }
            if (m.indicatorCode() != null && !m.indicatorCode().matches("^[A-Z0-9]+(_[A-Z0-9]+)*$")) {
                errors.add(p + ".indicatorCode", "must be an indicator code such as TTHC_ON_TIME");
            }
        }
        errors.throwIfAny();
    }

    private Target readable(Caller caller, long id) {
        Target t = targets.findById(id);
        if (t == null || !caller.canRead(t.plan.unit.pathCodes())) {
            throw ProblemException.notFound("No target " + id + " is visible to you");
        }
        return t;
    }
}
