package vn.cchc.common.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.cchc.common.json.UpstreamJson;
import vn.cchc.common.observability.RequestIds;

/**
 * The org unit registry of plan-service, which owns it (no other service keeps a copy of the tree).
 * MicroProfile REST client, config key {@code plan-service}; the caller's {@code Authorization} header
 * is propagated ({@code org.eclipse.microprofile.rest.client.propagateHeaders}), so plan-service
 * applies the caller's own visibility and answers 404 for a unit the caller may not see.
 * Use it through {@link UnitAccess}, which turns transport faults into 503 problems.
 */
@RegisterRestClient(configKey = "plan-service")
@RegisterClientHeaders
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public interface UnitDirectory {

    /**
     * @param application the application's mapper
     * @return the mapper this client reads plan-service's answers with ({@link UpstreamJson}: unknown fields ignored)
     */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper application) {
        return UpstreamJson.reader(application);
    }

    /**
     * Reads one unit as the calling user sees it. Retried on transport faults and time-outs only: an
     * HTTP answer (404 included) is final.
     *
     * @param code unit code
     * @return the unit with its path
     * @throws WebApplicationException                                             plan-service answered an error status (404: not visible)
     * @throws jakarta.ws.rs.ProcessingException                                   plan-service could not be reached
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException no answer in time
     */
    @GET
    @Path("{code}")
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    UnitRef get(@PathParam("code") String code);

    /**
     * One page of the direct children of a unit, as the calling user sees them.
     *
     * @param parent parent unit code
     * @param page   zero-based page index
     * @param size   page size, at most 500 (plan-service's bound)
     * @return the page
     * @throws WebApplicationException                                             plan-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException                                   plan-service could not be reached
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException no answer in time
     */
    @GET
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    UnitPage list(@QueryParam("parent") String parent, @QueryParam("page") int page, @QueryParam("size") int size);

    /**
     * Several units by code in one request ({@code GET /api/v1/units?code=A&code=B…}), as the calling user
     * sees them: a code the caller may not see, or an unknown one, is missing from the page.
     *
     * @param codes unit codes, at most 200 (plan-service's bound)
     * @param size  page size, at least the number of codes
     * @return the page of the units found
     * @throws WebApplicationException                                             plan-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException                                   plan-service could not be reached
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException no answer in time
     */
    @GET
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    UnitPage byCodes(@QueryParam("code") java.util.List<String> codes, @QueryParam("size") int size);

    /**
     * {@link #list} with the caller's {@code Authorization} header given explicitly, for a call made on a
     * thread of the service's own (a batch evaluation reads the unit list while it reads the targets), where
     * there is no incoming request whose header could be propagated.
     *
     * @param authorization the caller's header as received, {@code Bearer <access token>}
     * @param requestId     the request's {@code X-Request-Id}, so that plan-service logs it; may be null
     * @param parent        parent unit code, or null for every unit the caller reads
     * @param page          zero-based page index
     * @param size          page size, at most 500
     * @return the page
     * @throws WebApplicationException                                             plan-service answered an error status
     * @throws jakarta.ws.rs.ProcessingException                                   plan-service could not be reached
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException no answer in time
     */
    @GET
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    UnitPage listAs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam(RequestIds.HEADER) String requestId,
                    @QueryParam("parent") String parent, @QueryParam("page") int page, @QueryParam("size") int size);
}
