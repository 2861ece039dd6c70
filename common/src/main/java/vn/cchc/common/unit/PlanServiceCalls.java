package vn.cchc.common.unit;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * A read of plan-service (units, targets) by another service with the caller's token: an error status,
 * an unreachable service or a time-out becomes a 503 problem ({@link ProblemType#UPSTREAM_UNAVAILABLE}),
 * never a 500 and never a silent empty answer (an empty list would read as "no units", "no targets"); a
 * 401 (the caller's token refused) stays a 401 and a 422 (a limit) a 422, since retrying cannot help.
 * Used by {@link UnitAccess} and by kpi-service's readers of units and targets.
 */
public final class PlanServiceCalls {

    private static final Logger LOG = Logger.getLogger(PlanServiceCalls.class);

    private PlanServiceCalls() {
    }

    /**
     * @param what  what is asked for, for the problem's detail, e.g. "the targets of HN"
     * @param keeps what plan-service keeps, for the detail when it does not answer, e.g. "the unit registry"
     * @param read  the read
     * @param <T>   its answer
     * @return the answer
     * @throws ProblemException 401 or 422 when plan-service answered that; 503 when it answered another error or did not answer
     */
    public static <T> T guarded(String what, String keeps, Supplier<T> read) {
        return guarded(what, keeps, null, read);
    }

    /**
     * As {@link #guarded(String, String, Supplier)}, with a 404 answer meaning "not there for this caller".
     *
     * @param what       what is asked for, for the problem's detail, e.g. "unit HN-BADINH"
     * @param keeps      what plan-service keeps, e.g. "the unit registry"
     * @param ifNotFound the answer when plan-service answers 404; null to treat 404 as any error
     * @param read       the read
     * @param <T>        its answer
     * @return the answer, or {@code ifNotFound}
     * @throws ProblemException 401 or 422 when plan-service answered that; 503 when it answered another error or did not answer
     */
    public static <T> T guarded(String what, String keeps, T ifNotFound, Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 && ifNotFound != null) {
                return ifNotFound;
            }
            if (status == 401) {
                // the caller's token, passed on, expired or was refused between this service's check and the read
                throw new ProblemException(ProblemType.UNAUTHORIZED, "plan-service did not accept your token when asked for " + what
                        + "; it may have expired: get a new one and retry");
            }
            if (status == 422) {
                // a limit of plan-service (e.g. more targets than one digest answers): retrying will not help
                throw new ProblemException(ProblemType.VALIDATION, "plan-service refused to answer " + what
                        + " (422: too much at once or a parameter it does not take); ask for a smaller subtree (parent)");
            }
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
    public static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }
}
