package vn.cchc.kpi.value;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.kpi.Examples;

/**
 * REST resource of computed values: an indicator over any date window, and a parent's value rolled up
 * from its children. Read-only; every authenticated caller reads the units it may see.
 */
@Path("/api/v1/values")
@Tag(name = "Values", description = "Indicator values over any date window (giá trị theo kỳ, khoảng thời gian) and roll-up to the parent unit (tổng hợp)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ValueResource {

    private final ValueService service;
    private final CurrentCaller caller;

    public ValueResource(ValueService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param unit      unit code
     * @param indicator indicator code
     * @param from      first day, inclusive
     * @param to        last day, inclusive
     * @return the value over the window
     */
    @GET
    @Operation(summary = "Value of an indicator over a date window",
            description = "Computed from the unit's current measurements whose window lies fully inside [from, to] (both inclusive), e.g. the "
                    + "reporting regime's 6-month cut-off window 2025-12-15..2026-06-14. RATIO: Σ numerators ÷ Σ denominators × 100; COUNT: sum; "
                    + "PERCENT, SCORE, INDEX: mean weighted by days; RANK: the latest. Measurements that only partly overlap are listed in partial "
                    + "and not counted; overlapping measurements inside (Q1 inside the 6 months) are never added twice: the non-overlapping set "
                    + "that covers the most days, then has the most (finest) measurements, is used, the rest listed in overlapping.")
    @APIResponse(responseCode = "200", description = "The value, the measurements used and the coverage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WindowValueView.class), examples = @ExampleObject(name = "6 months, Ba Đình", value = Examples.WINDOW_VALUE)))
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "422", description = "Missing unit, indicator, from or to; unknown indicator; to before from")
    public WindowValueView window(
            @Parameter(description = "Org unit code (mã đơn vị)", example = "HN-BADINH", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "First day of the window, inclusive", example = "2025-12-15", required = true) @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of the window, inclusive", example = "2026-06-14", required = true) @QueryParam("to") LocalDate to) {
        return service.window(caller.get(), unit, indicator, from, to);
    }

    /**
     * @param unit      parent unit code
     * @param indicator indicator code
     * @param from      first day, inclusive
     * @param to        last day, inclusive
     * @return the value computed from the children, each child's contribution and the parent's own value
     */
    @GET
    @Path("rollup")
    @Operation(summary = "A parent's value rolled up from its children",
            description = "The direct children are those plan-service shows you. Each child's value over the window is computed as in "
                    + "GET /api/v1/values, then combined by the indicator's aggregation: RATIO_OF_SUMS = Σ numerators ÷ Σ denominators × 100 "
                    + "(never the mean of the children's ratios), SUM, MEAN (children with data weigh the same), MIN, MAX. Children without "
                    + "data are listed with hasData = false and left out. The parent's own measured value is shown beside it (own).")
    @APIResponse(responseCode = "200", description = "The computed value, the contributions and the parent's own value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RollUpView.class), examples = @ExampleObject(name = "Hà Nội from its wards", value = Examples.ROLLUP)))
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "422", description = "Missing or bad parameters")
    @APIResponse(responseCode = "503", description = "plan-service, which knows the children, did not answer")
    public RollUpView rollUp(
            @Parameter(description = "Parent org unit code (đơn vị cấp trên)", example = "HN", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME", required = true) @QueryParam("indicator") String indicator,
            @Parameter(description = "First day of the window, inclusive", example = "2025-12-15", required = true) @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of the window, inclusive", example = "2026-03-14", required = true) @QueryParam("to") LocalDate to) {
        return service.rollUp(caller.get(), unit, indicator, from, to);
    }
}
