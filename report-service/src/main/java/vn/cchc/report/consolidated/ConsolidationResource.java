package vn.cchc.report.consolidated;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.security.CurrentCaller;

/** The consolidated report of a parent unit (báo cáo tổng hợp), e.g. Hà Nội over its wards. */
@Path("/api/v1/reports/consolidated")
@Tag(name = "Reports")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConsolidationResource {

    private final ConsolidationService service;
    private final CurrentCaller caller;

    public ConsolidationResource(ConsolidationService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Consolidated report of a parent for a period (báo cáo tổng hợp): who reported on time, late, not yet; attainment; ranking",
            description = "Each unit owing the regime: report status, timeliness, task and target counts as of the cut-off, links to its "
                    + "report and latest version; ratio indicators aggregated as Σ numerators ÷ Σ denominators; ranking by share of evaluable "
                    + "target measures met. A bounded number of calls to plan-service and kpi-service whatever the number of units.")
    @APIResponse(responseCode = "200", description = "The consolidated report")
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    @APIResponse(responseCode = "422", description = "No such regime or period for the parent")
    @APIResponse(responseCode = "503", description = "plan-service or kpi-service did not answer (named in detail)")
    public ConsolidatedView consolidated(
            @Parameter(description = "Parent unit code (đơn vị tổng hợp)", example = "HN", required = true) @QueryParam("parent") String parent,
            @Parameter(description = "Period code (kỳ báo cáo)", example = "2026-Q1", required = true) @QueryParam("period") String period,
            @Parameter(description = "Regime id; default the parent's CCHC regime of the period's year") @QueryParam("regime") Long regime) {
        return service.consolidate(caller.get(), parent, regime, period);
    }
}
