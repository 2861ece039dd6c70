package vn.cchc.kpi.parindex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * plan-service's unit registry read with the unit's level, which the PAR INDEX needs to put a unit in
 * its peer block (common's {@link vn.cchc.common.unit.UnitRef} carries no level). Same REST client
 * configuration ({@code plan-service}) and token propagation as {@link vn.cchc.common.unit.UnitDirectory};
 * used through {@link ParUnits}.
 */
@RegisterRestClient(configKey = "plan-service")
@RegisterClientHeaders
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public interface UnitLevelDirectory {

    /**
     * A unit as plan-service returns it, reduced to what the PAR INDEX needs.
     *
     * @param code       unit code
     * @param name       Vietnamese name
     * @param level      PROVINCE, DEPARTMENT, WARD, COMMUNE, SPECIAL_ZONE, DIVISION, CENTRE or OTHER
     * @param parentCode parent code, null for a root
     * @param path       codes from the root to the unit
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String code, String name, String level, String parentCode, List<String> path) {
    }

    /**
     * @param code unit code
     * @return the unit as the calling user sees it
     * @throws WebApplicationException 404 when the caller may not see it
     */
    @GET
    @Path("{code}")
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    Unit get(@PathParam("code") String code);
}
