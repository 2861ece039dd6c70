package vn.cchc.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;

/**
 * Object-level checks for a plan and everything in it (targets, tasks): read needs the plan's unit in
 * the caller's subtree (else 404, so existence does not leak); management needs supervisor rights
 * over that unit (else 403).
 */
@ApplicationScoped
public class PlanAccess {

    private final PlanRepository plans;

    public PlanAccess(PlanRepository plans) {
        this.plans = plans;
    }

    /**
     * @param caller the caller
     * @param id     plan id
     * @return the plan
     * @throws ProblemException 404 when missing or outside the caller's subtree
     */
    public Plan readable(Caller caller, long id) {
        Plan p = plans.findById(id);
        if (p == null || !caller.canRead(p.unit.pathCodes())) {
            throw ProblemException.notFound("No plan " + id + " is visible to you");
        }
        return p;
    }

    /**
     * @param caller the caller
     * @param plan   a plan the caller can read
     * @throws ProblemException 403 when the caller may not manage it, 409 when it is closed
     */
    public void requireManage(Caller caller, Plan plan) {
        if (!caller.canManage(plan.unit.pathCodes())) {
            throw ProblemException.forbidden("Only a supervisor over " + plan.unit.code + " can change its plan");
        }
    }

    /** @throws ProblemException 409 when the plan is closed (read-only) */
    public void requireOpen(Plan plan) {
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("The plan of " + plan.unit.code + " " + plan.year + " is closed");
        }
    }
}
