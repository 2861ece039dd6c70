package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.unit.PlanServiceCalls;

/**
 * Reads a unit's targets for a year from plan-service, page by page, with the caller's token.
 * plan-service being unreachable, slow or answering an error becomes a 503 problem
 * ({@link PlanServiceCalls}), never a 500 and never a silent empty list (an empty list
 * would read as "no targets").
 */
@ApplicationScoped
public class TargetAccess {

    /** Page size (plan-service's maximum). */
    static final int PAGE_SIZE = 500;
    /** Upper bound on pages read for one unit (or subtree) and year (20,000 targets: far above any province's plans). */
    static final int MAX_PAGES = 40;

    private static final String KEEPS = "the plans and their targets";

    private final TargetDirectory directory;

    public TargetAccess(@RestClient TargetDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param unitCode unit code
     * @param year     plan year
     * @return the targets of the unit's plans for the year, in plan-service's order
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public List<TargetRef> targets(String unitCode, int year) {
        return read(unitCode, year, false);
    }

    /**
     * @param parentCode parent unit code
     * @param year       plan year
     * @return the targets of the plans of the parent and every unit below it for the year, as
     *         plan-service shows them to the caller, in one paged read
     * @throws ProblemException 422 when there are more than {@code PAGE_SIZE × MAX_PAGES} targets; 503 when plan-service cannot answer
     */
    @WithSpan
    public List<TargetRef> targetsUnder(String parentCode, int year) {
        return read(parentCode, year, true);
    }

    /**
     * @param parentCode parent unit code; null for everything the caller reads
     * @param year       plan year
     * @return the same targets as {@link #targetsUnder} in ONE request, without text or clauses
     *         ({@code GET /api/v1/targets/digest})
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public List<TargetRef> digest(String parentCode, int year) {
        String where = parentCode == null ? "your units" : parentCode;
        return PlanServiceCalls.guarded("the targets of " + where + " in " + year, KEEPS, () -> {
            TargetDigests p = directory.digest(parentCode, year);
            if (p == null || p.items() == null) {
                throw PlanServiceCalls.unavailable("plan-service returned no targets for " + where);
            }
            return p.items();
        });
    }

    private List<TargetRef> read(String unitCode, int year, boolean subtree) {
        String where = unitCode == null ? "your units" : unitCode;
        return PlanServiceCalls.guarded("the targets of " + where + " in " + year, KEEPS, () -> {
            List<TargetRef> all = new ArrayList<>();
            for (int page = 0; page < MAX_PAGES; page++) {
                TargetPage p = subtree ? directory.listSubtree(unitCode, year, page, PAGE_SIZE) : directory.list(unitCode, year, page, PAGE_SIZE);
                if (p == null || p.items() == null) {
                    throw PlanServiceCalls.unavailable("plan-service returned no page of targets for " + where);
                }
                all.addAll(p.items());
                if (p.items().isEmpty() || all.size() >= p.total()) {
                    return all;
                }
            }
            // a limit, not an outage: the full form of a large subtree would not fit one answer
            throw new ProblemException(ProblemType.VALIDATION, "more than " + PAGE_SIZE * MAX_PAGES + " targets " + (subtree ? "below " : "of ")
                    + where + " in " + year + ": the full form (detail=FULL) reads at most that many; ask for detail=COMPACT or COUNTS, "
                    + "or a smaller subtree (parent)");
        });
    }
}
