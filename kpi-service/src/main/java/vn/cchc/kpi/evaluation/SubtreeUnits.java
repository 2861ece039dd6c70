package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitPage;
import vn.cchc.common.unit.UnitRef;

/**
 * The units of a subtree as plan-service shows them to the caller: one paged read of the caller's
 * visible units ({@code GET /api/v1/units?page=&size=500}, tree order, the caller's token), kept when
 * their path passes through the parent. Not one call per unit. plan-service down → 503 problem.
 */
@ApplicationScoped
public class SubtreeUnits {

    static final int PAGE_SIZE = 500;
    static final int MAX_PAGES = 40;

    private static final Logger LOG = Logger.getLogger(SubtreeUnits.class);

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
        List<UnitRef> out = new ArrayList<>();
        String where = parentCode == null ? "your units" : parentCode;
        try {
            long seen = 0;
            for (int page = 0; page < MAX_PAGES; page++) {
                UnitPage p = directory.list(null, page, PAGE_SIZE);
                if (p == null || p.items() == null) {
                    throw unavailable("plan-service returned no page of units");
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
            throw unavailable("more units than are read at once below " + where);
        } catch (WebApplicationException e) {
            LOG.warnf("plan-service answered %d for the units", e.getResponse().getStatus());
            throw unavailable("plan-service answered " + e.getResponse().getStatus() + " when asked for the units below " + where);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("plan-service unreachable for the units below %s: %s", where, e.toString());
            throw unavailable("plan-service, which keeps the unit registry, did not answer; try again later");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }
}
