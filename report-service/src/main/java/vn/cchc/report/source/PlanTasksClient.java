package vn.cchc.report.source;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * plan-service's set-based task summary ({@code GET /api/v1/tasks/summary}), config key
 * {@code plan-service}; the caller's {@code Authorization} header is passed on, so plan-service applies
 * the caller's own subtree. Retried on transport faults and time-outs (an HTTP answer is final), behind a
 * circuit breaker so that a plan-service that is down is not hammered by every report. Use it through
 * {@link Sources}, which turns every failure into a 503 problem naming plan-service.
 */
@RegisterRestClient(configKey = "plan-service")
@RegisterClientHeaders
@Path("/api/v1/tasks/summary")
@Produces(MediaType.APPLICATION_JSON)
public interface PlanTasksClient {

    /**
     * @param parent parent unit code (its own plan included)
     * @param year   plan year
     * @param asOf   statuses as of the end of this day
     * @param tasks  also list each task
     * @return counts per unit and reform area
     * @throws WebApplicationException plan-service answered an error status
     */
    @GET
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = WebApplicationException.class)
    TaskSummary summary(@QueryParam("parent") String parent, @QueryParam("year") int year, @QueryParam("asOf") LocalDate asOf,
                        @QueryParam("tasks") boolean tasks);
}
