package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.unit.PlanServiceCalls;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitPage;
import vn.cchc.common.unit.UnitRef;

/**
 * The units of a subtree as plan-service shows them to the caller: one paged read of the caller's
 * visible units ({@code GET /api/v1/units?page=&size=500}, tree order, the caller's token), kept when
 * their path passes through the parent. Not one call per unit. plan-service down → 503 problem
 * ({@link PlanServiceCalls}).
 */
@ApplicationScoped
public class SubtreeUnits {

    static final int PAGE_SIZE = 500;
    static final int MAX_PAGES = 40;

    private final UnitDirectory directory;

    public SubtreeUnits(@RestClient UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param parentCode the parent; null for every unit the caller sees
     * @return the parent and every unit below it that the caller sees, in tree order
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public List<UnitRef> of(String parentCode) {
        return of(parentCode, null, null);
    }

    /**
     * {@link #of(String)} from any thread: with the caller's header given, it need not run on the request's.
     *
     * @param parentCode    the parent; null for every unit the caller sees
     * @param authorization the caller's {@code Authorization} header; null to propagate the current request's
     * @param requestId     the request's {@code X-Request-Id}, passed on with the header; may be null
     * @return the parent and every unit below it that the caller sees, in tree order
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public List<UnitRef> of(String parentCode, String authorization, String requestId) {
        List<UnitRef> out = new ArrayList<>();
        String where = parentCode == null ? "your units" : parentCode;
        return PlanServiceCalls.guarded("the units below " + where, "the unit registry", () -> {
            long seen = 0;
            for (int page = 0; page < MAX_PAGES; page++) {
                UnitPage p = authorization == null ? directory.list(null, page, PAGE_SIZE)
                        : directory.listAs(authorization, requestId, null, page, PAGE_SIZE);
                if (p == null || p.items() == null) {
                    throw PlanServiceCalls.unavailable("plan-service returned no page of units");
                }
                for (UnitRef u : p.items()) {
                    if (parentCode == null || u.path() != null && u.path().contains(parentCode)) {
                        out.add(u);
                    }
                }
                seen += p.items().size();
                if (p.items().isEmpty() || seen >= p.total()) {
                    return out;
                }
            }
            throw PlanServiceCalls.unavailable("more units than are read at once below " + where);
        });
    }
}
