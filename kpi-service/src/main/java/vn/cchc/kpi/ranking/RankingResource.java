package vn.cchc.kpi.ranking;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.security.CurrentCaller;

/** REST resource of rankings of sibling units (xếp hạng). Read-only. */
@Path("/api/v1/rankings")
@Tag(name = "Rankings", description = "Rankings of sibling units (xếp hạng các đơn vị cùng cấp) by SIPAS, share of targets met, PAR INDEX")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    private final RankingService service;
    private final CurrentCaller caller;

    public RankingResource(RankingService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param parent parent unit code
     * @param year   year
     * @param by     criterion
     * @param asOf   evaluation day (TARGETS_MET)
     * @param from   first day of the window (TARGETS_MET)
     * @return the ranking
     */
    @GET
    @Operation(summary = "Rank the direct children of a unit for a year",
            description = "by=SIPAS: the published SIPAS of the year when stored, else computed from the survey responses of periods inside [from, asOf] (default the calendar year). by=TARGETS_MET: met ÷ "
                    + "(measures − not evaluable) × 100 as GET /api/v1/evaluations judges them as of asOf. by=PAR_INDEX: the published index of "
                    + "the index year when stored, else the computed one (all peer blocks together; /api/v1/par-index/rankings ranks one block). Equal values share a rank (1, 2, 2, 4); units without a value are listed last with rank null.")
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    @APIResponse(responseCode = "422", description = "Missing parent or year, unknown by")
    public RankingView rank(@Parameter(description = "Parent unit code", example = "HN", required = true) @QueryParam("parent") String parent,
                            @Parameter(example = "2026", required = true) @QueryParam("year") Integer year,
                            @Parameter(description = "SIPAS, TARGETS_MET or PAR_INDEX", example = "SIPAS", required = true) @QueryParam("by") String by,
                            @Parameter(description = "Evaluation day for TARGETS_MET (default today); last day of the survey window for SIPAS") @QueryParam("asOf") LocalDate asOf,
                            @Parameter(description = "First day of the window for TARGETS_MET and SIPAS") @QueryParam("from") LocalDate from) {
        return service.rank(caller.get(), parent, year, by, asOf, from);
    }
}
