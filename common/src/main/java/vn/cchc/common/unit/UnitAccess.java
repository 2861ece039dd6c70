package vn.cchc.common.unit;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * Where a service other than plan-service learns a unit's place in the tree and its children, for
 * its authorization checks and roll-ups (kpi-service, report-service).
 * Asks plan-service's registry with the caller's token: an answer of 404 means "not visible to this
 * caller" and is returned as empty; plan-service being unreachable, slow or failing becomes a 503
 * problem ({@link ProblemType#UPSTREAM_UNAVAILABLE}), never a 500 and never a silent "not found".
 * Opt-in: a service enables it with {@code cchc.unit-directory.enabled=true} and configures the REST
 * client {@code quarkus.rest-client.plan-service.url}; plan-service and the gateway leave it off.
 */
@ApplicationScoped
@IfBuildProperty(name = UnitAccess.ENABLED, stringValue = "true")
public class UnitAccess {

    /** Build property that turns the unit directory (this bean and its health check) on. */
    public static final String ENABLED = "cchc.unit-directory.enabled";

    /** Page size used when paging through a unit's children (plan-service's maximum). */
    static final int CHILDREN_PAGE_SIZE = 500;
    /** Most codes asked in one request (plan-service's {@code OrgUnitService.MAX_CODES}). */
    static final int CODES_PER_REQUEST = 200;
    /** Upper bound on pages read for one parent (500 × 40 = 20,000 children: far above any real unit). */
    static final int MAX_CHILDREN_PAGES = 40;

    private static final String REGISTRY = "the unit registry";

    private final UnitDirectory directory;

    public UnitAccess(@RestClient UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param code unit code
     * @return codes from the root to the unit, e.g. {@code [HN, HN-BADINH]}; empty when plan-service
     *         does not show that unit to the caller (or it does not exist)
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public Optional<List<String>> visiblePath(String code) {
        return visible(code).map(unit -> List.copyOf(unit.path()));
    }

    /**
     * The paths of several units, asked in one request per {@value #CODES_PER_REQUEST} codes instead of one
     * per unit (a bulk write checks each distinct unit of its rows).
     *
     * @param codes unit codes (duplicates, blanks and codes that cannot exist — {@link UnitRef#possibleCode} — ignored)
     * @return code → path from the root, e.g. {@code HN-BADINH → [HN, HN-BADINH]}, for each code plan-service
     *         shows the caller; a code it does not show (or that does not exist) is absent
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public Map<String, List<String>> visiblePaths(Collection<String> codes) {
        // a code that cannot exist (shape, length) is not asked for: absent, as an unknown one. This also
        // bounds the request line: 200 codes of at most 64 unreserved characters fit plan-service's 16 KB
        List<String> wanted = codes.stream().filter(UnitRef::possibleCode).distinct().toList();
        Map<String, List<String>> paths = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CODES_PER_REQUEST) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CODES_PER_REQUEST));
            List<UnitRef> found = PlanServiceCalls.guarded(chunk.size() + " units", REGISTRY, () -> {
                UnitPage p = directory.byCodes(chunk, CODES_PER_REQUEST);
                if (p == null || p.items() == null) {
                    throw PlanServiceCalls.unavailable("plan-service returned no page for " + chunk.size() + " unit codes");
                }
                return p.items();
            });
            for (UnitRef unit : found) {
                if (unit.path() == null || unit.path().isEmpty()) {
                    throw PlanServiceCalls.unavailable("plan-service returned unit " + unit.code() + " without its path");
                }
                paths.put(unit.code(), List.copyOf(unit.path()));
            }
        }
        return paths;
    }

    /**
     * @param code unit code
     * @return the unit with its name and path; empty when plan-service does not show it to the caller
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public Optional<UnitRef> visible(String code) {
        return PlanServiceCalls.guarded("unit " + code, REGISTRY, Optional.empty(), () -> {
            UnitRef unit = directory.get(code);
            if (unit == null || unit.path() == null || unit.path().isEmpty()) {
                throw PlanServiceCalls.unavailable("plan-service returned unit " + code + " without its path");
            }
            return Optional.of(unit);
        });
    }

    /**
     * The direct children of a unit that the caller sees, read page by page
     * ({@code GET /api/v1/units?parent=CODE&size=500}) until all are in.
     *
     * @param code parent unit code
     * @return the children in plan-service's order; empty for a leaf (or a parent the caller cannot see)
     * @throws ProblemException 503 when plan-service cannot answer
     */
    @WithSpan
    public List<UnitRef> children(String code) {
        return PlanServiceCalls.guarded("the children of " + code, REGISTRY, List.of(), () -> {
            List<UnitRef> all = new ArrayList<>();
            for (int page = 0; page < MAX_CHILDREN_PAGES; page++) {
                UnitPage p = directory.list(code, page, CHILDREN_PAGE_SIZE);
                if (p == null || p.items() == null) {
                    throw PlanServiceCalls.unavailable("plan-service returned no page for the children of " + code);
                }
                all.addAll(p.items());
                if (p.items().isEmpty() || all.size() >= p.total()) {
                    return all;
                }
            }
            throw PlanServiceCalls.unavailable("unit " + code + " has more children than are read at once");
        });
    }
}
