package vn.cchc.report.source;

import io.quarkus.rest.client.reactive.ClientQueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.cchc.common.observability.RequestIds;

/**
 * kpi-service's target evaluations, config key {@code kpi-service}, the caller's token passed on; same
 * time-out, retry and circuit-breaker policy as {@link PlanTasksClient}. Use it through {@link Sources}.
 */
@RegisterRestClient(configKey = "kpi-service")
@RegisterClientHeaders
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public interface KpiEvaluationsClient {

    /**
     * {@code GET /api/v1/evaluations?unit&year&from&asOf}: one unit's targets judged year-to-date.
     *
     * @param unit unit code
     * @param year plan year
     * @param from first day of the year-to-date window (1/1, or the regime's 15/12 of the year before)
     * @param asOf last day of the window, not after today
     * @return the evaluation
     * @throws WebApplicationException kpi-service answered an error status
     */
    @GET
    @Timeout(8000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = WebApplicationException.class)
    Evaluation evaluation(@QueryParam("unit") String unit, @QueryParam("year") int year, @QueryParam("from") LocalDate from,
                          @QueryParam("asOf") LocalDate asOf);

    /**
     * {@code GET /api/v1/evaluations/units?parent&year&from&asOf&detail=COMPACT}: every unit below a parent
     * judged in one call, verdicts only (the batch read a consolidated report needs).
     *
     * @param parent parent unit code
     * @param year   plan year
     * @param from   first day of the year-to-date window
     * @param asOf   last day of the window
     * @return per child: counts per status and its target evaluations
     * @throws WebApplicationException kpi-service answered an error status (404: endpoint or parent unknown)
     */
    @GET
    @Path("units")
    @Timeout(15000)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = WebApplicationException.class)
    @ClientQueryParam(name = "detail", value = "COMPACT")
    UnitEvaluations units(@QueryParam("parent") String parent, @QueryParam("year") int year, @QueryParam("from") LocalDate from,
                          @QueryParam("asOf") LocalDate asOf);

    /**
     * {@link #units} with the caller's {@code Authorization} header given explicitly, for a call made on a
     * thread of report-service's own (a consolidation reads the evaluations while it reads the units and
     * tasks), where there is no incoming request whose header could be propagated.
     *
     * @param authorization the caller's header as received, {@code Bearer <access token>}
     * @param requestId     the request's {@code X-Request-Id}, so that kpi-service logs it; may be null
     * @param parent        parent unit code
     * @param year          plan year
     * @param from          first day of the year-to-date window
     * @param asOf          last day of it
     * @return every child's evaluation, COMPACT
     * @throws WebApplicationException                                             kpi-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException                                   kpi-service could not be reached
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException no answer in time
     */
    @GET
    @Path("units")
    @Timeout(15000)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = WebApplicationException.class)
    @ClientQueryParam(name = "detail", value = "COMPACT")
    UnitEvaluations unitsAs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(RequestIds.HEADER) String requestId,
                            @QueryParam("parent") String parent, @QueryParam("year") int year, @QueryParam("from") LocalDate from,
                            @QueryParam("asOf") LocalDate asOf);
}
