package vn.cchc.kpi.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.Caller;
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
    /** Digests kept for revalidation, weighed by their targets; null when none are kept. */
    private final Cache<DigestKey, SubtreeTargets> kept;

    public TargetAccess(@RestClient TargetDirectory directory, EvaluationConfig config) {
        this.directory = directory;
        this.kept = config.digestCacheTargets() == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(config.digestCacheTargets())
                .weigher((DigestKey k, SubtreeTargets v) -> v.count() + 1)
                .executor(Runnable::run)
                .build();
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
     * The same targets as {@link #targetsUnder} in ONE request, without text or clauses
     * ({@code GET /api/v1/targets/digest}). The last digest of each (parent, year, caller's unit and roles)
     * is kept, up to {@link EvaluationConfig#digestCacheTargets()} targets in all, and asked for again with
     * its entity tag: plan-service answers 304 while nothing in it changed, which spares it writing and this
     * service reading the country's 28 MB. plan-service still answers every time, with the caller's token:
     * a kept digest is never used when it cannot say that it is current for this caller (plan-service down
     * is a 503, as without it).
     *
     * @param caller     the caller, whose unit and roles key the kept digest
     * @param parentCode parent unit code; null for everything the caller reads
     * @param year       plan year
     * @return the targets by unit
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public SubtreeTargets digest(Caller caller, String parentCode, int year) {
        String where = parentCode == null ? "your units" : parentCode;
        DigestKey key = new DigestKey(parentCode, year, caller.unitCode(), caller.roles());
        SubtreeTargets held = kept == null ? null : kept.getIfPresent(key);
        return PlanServiceCalls.guarded("the targets of " + where + " in " + year, KEEPS, () -> {
            RestResponse<TargetDigests> r = directory.digest(parentCode, year, held == null ? null : held.etag());
            if (r.getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
                if (held == null) {
                    throw PlanServiceCalls.unavailable("plan-service answered 304 for a digest of " + where + " that was not asked for with a tag");
                }
                return held;
            }
            TargetDigests p = r.getEntity();
            if (p == null || p.items() == null) {
                throw PlanServiceCalls.unavailable("plan-service returned no targets for " + where);
            }
            SubtreeTargets fresh = SubtreeTargets.of(r.getHeaderString(HttpHeaders.ETAG), p.items());
            if (kept != null && fresh.etag() != null) {
                kept.put(key, fresh);
            }
            return fresh;
        });
    }

    /** Whose digest a kept one is: callers of the same unit and roles read the same subtree. */
    private record DigestKey(String parent, int year, String unitCode, Set<String> roles) {
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
