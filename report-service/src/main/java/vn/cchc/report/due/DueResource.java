package vn.cchc.report.due;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** "What is due" per unit (báo cáo phải nộp). */
@Path("/api/v1/reports/due")
@Tag(name = "Reports")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DueResource {

    private final DueService service;
    private final CurrentCaller caller;

    public DueResource(DueService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Reports a unit owes, their deadlines and which are late (báo cáo phải nộp, hạn nộp, trễ hạn)",
            description = "Every period of every regime of the units above it that it owes (named in owedBy, or the issuer's direct "
                    + "children when none is named), with the unit's report status and timeliness as of asOf.")
    @APIResponse(responseCode = "200", description = "The reports owed, by due date")
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    public DueView due(@Parameter(description = "Unit code", example = "HN-BADINH", required = true) @QueryParam("unit") String unit,
                       @Parameter(description = "Judge as of this day (default today, Vietnam time)", example = "2026-03-20") @QueryParam("asOf") LocalDate asOf,
                       @Parameter(description = "The regimes' year (default asOf's)", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return service.due(caller.get(), unit, asOf, year);
    }
}
