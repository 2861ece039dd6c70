package vn.cchc.kpi.evaluation;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * A read of plan-service (units, targets) as the evaluation needs it: an error status, an unreachable
 * service or a time-out becomes a 503 problem ({@link ProblemType#UPSTREAM_UNAVAILABLE}), never a 500
 * and never a silent empty list (an empty list would read as "no targets").
 */
final class PlanServiceCalls {

    private static final Logger LOG = Logger.getLogger(PlanServiceCalls.class);

    private PlanServiceCalls() {
    }

    /**
     * @param what  what is asked for, for the problem's detail, e.g. "the targets of HN"
     * @param keeps what plan-service keeps, for the detail when it does not answer, e.g. "the unit registry"
     * @param read  the read
     * @param <T>   its answer
     * @return the answer
     * @throws ProblemException 503 when plan-service answered an error or did not answer
     */
    static <T> T guarded(String what, String keeps, Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.warnf("plan-service answered %d for %s", status, what);
            throw unavailable("plan-service answered " + status + " when asked for " + what);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("plan-service unreachable for %s: %s", what, e.toString());
            throw unavailable("plan-service, which keeps " + keeps + ", did not answer; try again later");
        }
    }

    /**
     * @param detail what went wrong
     * @return a 503 problem
     */
    static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }
}
