package vn.cchc.plan.plan;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.audit.AuditLog;
import vn.cchc.plan.exchange.PlanRevisions;
import vn.cchc.plan.task.DueDates;
import vn.cchc.plan.task.TaskRepository;
import vn.cchc.plan.unit.OrgUnitRepository;

/** Plans: listing within the caller's subtree, reading, and header changes kept as revisions. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final OrgUnitRepository units;
    private final PlanAccess access;
    private final AuditLog audit;
    private final PlanRevisions revisions;
    private final TaskRepository tasks;

    public PlanService(PlanRepository plans, OrgUnitRepository units, PlanAccess access, AuditLog audit,
                       PlanRevisions revisions, TaskRepository tasks) {
        this.tasks = tasks;
        this.plans = plans;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.revisions = revisions;
    }

    /**
     * @param caller   the caller
     * @param unitCode only this unit's plans, when not null
     * @param year     only this year, when not null
     * @param status   only this status, when not null
     * @param page     zero-based page
     * @param size     page size
     * @return plans of units in the caller's subtree
     */
    @WithSpan
    public Page<PlanView> list(Caller caller, String unitCode, Integer year, PlanStatus status, int page, int size) {
        String scope = units.readScope(caller).orElse(null);
        if (scope == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        var q = plans.search(scope, unitCode, year, status);
        return new Page<>(q.page(page, size).list().stream().map(PlanView::of).toList(), page, size, q.count());
    }

    /**
     * @param caller the caller
     * @param id     plan id
     * @return the plan
     * @throws ProblemException 404 when not visible
     */
    @WithSpan
    public PlanView get(Caller caller, long id) {
        return PlanView.of(access.readable(caller, id));
    }

    /**
     * Changes a plan's header (title, number, date, status), refusing a stale write; the new state is
     * kept as a revision and audited.
     *
     * @param caller          the caller (supervisor over the plan's unit)
     * @param id              plan id
     * @param expectedVersion version from If-Match
     * @param in              new header
     * @return the plan after the change
     * @throws ProblemException 404, 403, 412, 409 (closed plan or a status move the life cycle forbids),
     *                          422 (issuing without number and date)
     */
    @WithSpan
    @Transactional
    public PlanView update(Caller caller, long id, long expectedVersion, PlanChange in) {
        Plan p = access.readable(caller, id);
        access.requireManage(caller, p);
        access.requireOpen(p);
        Versions.requireCurrent("Plan " + id, p.version, expectedVersion);
        if (!p.status.canMoveTo(in.status())) {
            throw ProblemException.conflict("A plan cannot move from " + p.status + " to " + in.status());
        }
        if (in.status() != PlanStatus.DRAFT && (blank(in.documentNumber()) || in.documentDate() == null)) {
            throw ProblemException.invalid("documentNumber", "an issued plan needs its document number and date");
        }
        if (in.documentDate() != null && in.documentDate().isAfter(vn.cchc.common.time.VietnamTime.today())) {
            throw ProblemException.invalid("documentDate", "cannot be in the future");
        }
        PlanView before = PlanView.of(p);
        p.title = VietnameseText.nfc(in.title());
        p.documentNumber = blank(in.documentNumber()) ? null : VietnameseText.nfc(in.documentNumber());
        p.documentDate = in.documentDate();
        p.status = in.status();
        p.stampUpdated(caller.username());
        if (p.status == PlanStatus.ISSUED && before.status() != PlanStatus.ISSUED) {
            // "Chậm nhất 20 ngày kể từ ngày Quyết định này được … ký ban hành" gets its date now
            tasks.ofPlan(p.id).forEach(t -> DueDates.recompute(t, p.documentDate));
        }
        plans.flush();
        PlanView after = PlanView.of(p);
        audit.record(caller, "UPDATE", "PLAN", p.id, p.unit, before, after);
        revisions.record(caller, p, in.reason());
        return after;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
