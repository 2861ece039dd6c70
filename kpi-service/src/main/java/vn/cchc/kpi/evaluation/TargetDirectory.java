package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.cchc.common.json.UpstreamJson;

/**
 * The targets of the plans (chỉ tiêu kết quả cần đạt được), which plan-service owns (kpi-service keeps
 * no copy and shares no table). MicroProfile REST client, config key {@code plan-service} (the same URL
 * as {@link vn.cchc.common.unit.UnitDirectory}); the caller's {@code Authorization} header is propagated
 * ({@code org.eclipse.microprofile.rest.client.propagateHeaders}), so plan-service answers only the
 * targets of units in the caller's own read scope. Use it through {@link TargetAccess}, which pages and
 * turns transport faults into 503 problems.
 */
@RegisterRestClient(configKey = "plan-service")
@RegisterClientHeaders
@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
public interface TargetDirectory {

    /**
     * @param application the application's mapper
     * @return the mapper this client reads plan-service's answers with ({@link UpstreamJson}: unknown fields ignored)
     */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper application) {
        return UpstreamJson.reader(application);
    }

    /**
     * One page of the targets of a unit's plans for a year ({@code GET /api/v1/targets?unit=HN-BADINH&year=2026&page=0&size=500}).
     * Retried on transport faults and time-outs only: an HTTP answer is final.
     *
     * @param unit unit code
     * @param year plan year
     * @param page zero-based page index
     * @param size page size, at most 500 (plan-service's bound)
     * @return the page
     * @throws WebApplicationException                                             plan-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException                                   plan-service could not be reached
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException no answer in time
     */
    @GET
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    TargetPage list(@QueryParam("unit") String unit, @QueryParam("year") int year, @QueryParam("page") int page,
                    @QueryParam("size") int size);

    /**
     * One page of the targets of every plan of a unit and the units below it for a year
     * ({@code GET /api/v1/targets?parent=HN&year=2026&page=0&size=500}), in plan-service's order (unit
     * path, plan, document order). Retried on transport faults and time-outs only.
     *
     * @param parent parent unit code
     * @param year   plan year
     * @param page   zero-based page index
     * @param size   page size, at most 500
     * @return the page
     * @throws WebApplicationException           plan-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException plan-service could not be reached
     */
    @GET
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    TargetPage listSubtree(@QueryParam("parent") String parent, @QueryParam("year") int year, @QueryParam("page") int page,
                           @QueryParam("size") int size);

    /**
     * Every target of a subtree for a year in one answer, without text or clauses
     * ({@code GET /api/v1/targets/digest?parent=HN&year=2026}; no parent: all the caller reads). Retried on
     * transport faults and time-outs only.
     *
     * @param parent      parent unit code, or null
     * @param year        plan year
     * @param ifNoneMatch the entity tag of the digest the caller holds, or null
     * @return 200 with the digest (its items read as {@link TargetRef} with {@code text}, {@code year} and clauses
     *         empty) and its {@code ETag}; or 304 without a body when {@code ifNoneMatch} is still the current one
     * @throws WebApplicationException           plan-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException plan-service could not be reached
     */
    @GET
    @Path("digest")
    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    RestResponse<TargetDigests> digest(@QueryParam("parent") String parent, @QueryParam("year") int year,
                                       @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);
}
