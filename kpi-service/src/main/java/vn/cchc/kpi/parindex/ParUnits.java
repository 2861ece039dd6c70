package vn.cchc.kpi.parindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * Units with their level, asked of plan-service with the caller's token: 404 means "not visible to
 * this caller" and is returned as empty; plan-service unreachable or failing is a 503 problem.
 */
@ApplicationScoped
public class ParUnits {

    private static final Logger LOG = Logger.getLogger(ParUnits.class);

    private final UnitLevelDirectory directory;

    public ParUnits(@RestClient UnitLevelDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param code unit code
     * @return the unit, empty when the caller may not see it (or it does not exist)
     * @throws ProblemException 503 when plan-service cannot answer
     */
    public Optional<UnitLevelDirectory.Unit> visible(String code) {
        try {
            UnitLevelDirectory.Unit u = directory.get(code);
            if (u == null || u.path() == null || u.path().isEmpty()) {
                throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "plan-service returned unit " + code + " without its path");
            }
            return Optional.of(u);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            LOG.warnf("plan-service answered %d for unit %s", e.getResponse().getStatus(), code);
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE,
                    "plan-service answered " + e.getResponse().getStatus() + " when asked for unit " + code);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("plan-service unreachable for unit %s: %s", code, e.toString());
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE,
                    "plan-service, which keeps the unit registry, did not answer; try again later");
        }
    }
}
