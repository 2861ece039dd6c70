package vn.cchc.report.source;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.cchc.common.observability.RequestIds;
import vn.cchc.common.observability.RequestWork;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.CurrentCaller;

/**
 * The two sources of a report's numbers, asked with the caller's token: plan-service (tasks) and
 * kpi-service (targets). Every failure — unreachable, timed out, circuit open, an error answer —
 * becomes a 503 problem ({@link ProblemType#UPSTREAM_UNAVAILABLE}) whose detail names the source, so
 * the caller knows which one to wait for, and nothing half-assembled is ever stored (callers assemble
 * everything before they write). The only tolerated absence is kpi-service's batch endpoint on an
 * older kpi-service ({@link #childEvaluations} answers empty on 404).
 */
@ApplicationScoped
public class Sources {

    /** Name of the task source in problems. */
    public static final String PLAN = "plan-service";
    /** Name of the target source in problems. */
    public static final String KPI = "kpi-service";

    private static final Logger LOG = Logger.getLogger(Sources.class);

    private final PlanTasksClient plan;
    private final KpiEvaluationsClient kpi;
    private final CurrentCaller caller;
    /** Where a consolidation's evaluations are read while its units and tasks are (a few at once: each waits on kpi-service). */
    private final ExecutorService pool;

    public Sources(@RestClient PlanTasksClient plan, @RestClient KpiEvaluationsClient kpi, CurrentCaller caller) {
        this.plan = plan;
        this.kpi = kpi;
        this.caller = caller;
        this.pool = RequestWork.pool("report-sources", 4);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * @param parent parent unit (its own plan counted too)
     * @param year   plan year
     * @param asOf   statuses as of the end of this day
     * @param tasks  list each task too
     * @return the summary
     * @throws ProblemException 503 naming plan-service when it cannot answer
     */
    @WithSpan
    public TaskSummary taskSummary(String parent, int year, LocalDate asOf, boolean tasks) {
        return call(PLAN, "the tasks of " + parent, () -> plan.summary(parent, year, asOf, tasks));
    }

    /**
     * @param unit unit code
     * @param year plan year
     * @param from first day of the year-to-date window
     * @param asOf last day of it
     * @return the unit's targets judged
     * @throws ProblemException 503 naming kpi-service when it cannot answer
     */
    @WithSpan
    public Evaluation evaluation(String unit, int year, LocalDate from, LocalDate asOf) {
        return call(KPI, "the targets of " + unit, () -> kpi.evaluation(unit, year, from, asOf));
    }

    /**
     * @param parent parent unit code
     * @param year   plan year
     * @param from   first day of the year-to-date window
     * @param asOf   last day of it
     * @return every child's evaluation; empty when kpi-service has no batch endpoint (404)
     * @throws ProblemException 503 naming kpi-service when it cannot answer
     */
    @WithSpan
    public Optional<UnitEvaluations> childEvaluations(String parent, int year, LocalDate from, LocalDate asOf) {
        return evaluationsUnder(parent, () -> kpi.units(parent, year, from, asOf));
    }

    private Optional<UnitEvaluations> evaluationsUnder(String parent, Supplier<UnitEvaluations> request) {
        try {
            return Optional.of(call(KPI, "the targets of the units under " + parent, request));
        } catch (NotFound e) {
            LOG.warnf("kpi-service answered 404 for the evaluations under %s; attainment left out", parent);
            return Optional.empty();
        }
    }

    /**
     * Starts {@link #childEvaluations} on a thread of report-service's own, with the caller's token passed
     * explicitly, so that the caller can read its units and tasks meanwhile. With no raw token to pass (a
     * test identity) it reads at once on this thread, through the propagated header.
     *
     * @param parent parent unit code
     * @param year   plan year
     * @param from   first day of the year-to-date window
     * @param asOf   last day of it
     * @return the answer of {@link #childEvaluations}, to {@link RequestWork#join}, which throws its 503 as thrown
     */
    @WithSpan
    public CompletableFuture<Optional<UnitEvaluations>> startChildEvaluations(String parent, int year, LocalDate from, LocalDate asOf) {
        String bearer = caller.bearer();
        if (bearer == null) {
            try {
                return CompletableFuture.completedFuture(childEvaluations(parent, year, from, asOf));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        Object rid = MDC.get(RequestIds.MDC_KEY);
        String requestId = rid == null ? null : rid.toString();
        return RequestWork.start(() -> evaluationsUnder(parent, () -> kpi.unitsAs(bearer, requestId, parent, year, from, asOf)), pool);
    }

    /** A 404 from a source, kept apart so that the one caller that tolerates it can. */
    private static final class NotFound extends ProblemException {
        NotFound(String detail) {
            super(ProblemType.UPSTREAM_UNAVAILABLE, detail);
        }
    }

    private static <T> T call(String source, String what, Supplier<T> request) {
        try {
            T answer = request.get();
            if (answer == null) {
                throw unavailable(source + " returned nothing for " + what);
            }
            return answer;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.warnf("%s answered %d for %s", source, status, what);
            String detail = source + " answered " + status + " when asked for " + what + "; the report was not assembled";
            throw status == 404 ? new NotFound(detail) : unavailable(detail);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("%s unreachable for %s: %s", source, what, e.toString());
            throw unavailable(source + " did not answer when asked for " + what + "; the report was not assembled, try again later");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }
}
