package vn.cchc.report.unit;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * Where report-service learns a unit's place in the tree, for its authorization checks. Asks
 * plan-service's registry with the caller's token: an answer of 404 means "not visible to this
 * caller" and is returned as empty; plan-service being unreachable, slow or failing becomes a 503
 * problem ({@link ProblemType#UPSTREAM_UNAVAILABLE}), never a 500 and never a silent "not found".
 */
@ApplicationScoped
public class UnitAccess {

    private static final Logger LOG = Logger.getLogger(UnitAccess.class);

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
        try {
            UnitRef unit = directory.get(code);
            if (unit == null || unit.path() == null || unit.path().isEmpty()) {
                throw unavailable("plan-service returned unit " + code + " without its path");
            }
            return Optional.of(List.copyOf(unit.path()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            LOG.warnf("plan-service answered %d for unit %s", status, code);
            throw unavailable("plan-service answered " + status + " when asked for unit " + code);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("plan-service unreachable for unit %s: %s", code, e.toString());
            throw unavailable("plan-service, which keeps the unit registry, did not answer; try again later");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }
}
