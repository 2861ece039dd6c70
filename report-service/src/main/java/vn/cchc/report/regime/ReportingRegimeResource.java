package vn.cchc.report.regime;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.report.Examples;

/**
 * REST resource of reporting regimes (chế độ báo cáo). Thin: rules live in
 * {@link ReportingRegimeService}. Reading needs read rights on the issuing unit, writing needs
 * management rights (supervisor of the unit's subtree, or admin); the unit tree is plan-service's.
 */
@Path("/api/v1/reporting-regimes")
@Tag(name = "Reporting regimes", description = "Reporting regimes (chế độ báo cáo): periods, data cut-off windows (thời gian chốt số liệu) and due dates")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportingRegimeResource {

    private final ReportingRegimeService service;
    private final CurrentCaller caller;

    public ReportingRegimeResource(ReportingRegimeService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param unit only this issuing unit, may be null
     * @param year only this year, may be null
     * @param page zero-based page
     * @param size page size
     * @return a page of regimes, newest year first
     */
    @GET
    @Operation(summary = "List reporting regimes (chế độ báo cáo) by unit, or the ones you report under",
            description = "With unit: that unit's regimes, if you can read the unit. Without: every regime for an admin, "
                    + "otherwise the regimes of your own unit and of the units above it.")
    @APIResponse(responseCode = "200", description = "A page of regimes")
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "503", description = "plan-service, which keeps the unit registry, did not answer")
    public Page<ReportingRegimeView> list(
            @Parameter(description = "Issuing unit code (đơn vị ban hành)", example = "HN") @QueryParam("unit") String unit,
            @Parameter(description = "Year (năm)", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @BeanParam @Valid PageRequest paging) {
        return service.list(caller.get(), unit, year, paging.page(), paging.size());
    }

    /**
     * @param id regime id
     * @return the regime, with its version as ETag
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read one reporting regime")
    @APIResponse(responseCode = "200", description = "The regime; ETag carries its version",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the regime, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingRegimeView.class),
                    examples = @ExampleObject(name = "Hà Nội 2026", value = Examples.REGIME_HN_2026)))
    @APIResponse(responseCode = "404", description = "No such regime, or its unit is not visible to you")
    @APIResponse(responseCode = "503", description = "plan-service, which keeps the unit registry, did not answer")
    public Response get(@Parameter(description = "Regime id", example = "1") @PathParam("id") long id) {
        ReportingRegimeView r = service.get(caller.get(), id);
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    /**
     * @param body the new regime
     * @return 201 with the stored regime, its location and ETag
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Issue a reporting regime for a unit and year",
            description = "Supervisors issue regimes for units of their subtree. Each window must not end before it starts, "
                    + "each due date must not come before its window ends, period codes are unique and of the regime's year. "
                    + "Several regimes per unit and year, told apart by code (default CCHC); "
                    + "windows are optional (both ends or neither); owedBy names the units owing it (default: the unit's direct children).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new regime", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version (phiên bản) of the regime, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingRegimeView.class)))
    @APIResponse(responseCode = "403", description = "You do not manage that unit")
    @APIResponse(responseCode = "404", description = "The unit is not visible to you")
    @APIResponse(responseCode = "409", description = "The unit already has a regime with that code for that year")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in errors (e.g. periods[0].windowEnd)")
    @APIResponse(responseCode = "503", description = "plan-service, which keeps the unit registry, did not answer")
    public Response create(@NotNull @Valid
                           @RequestBody(content = @Content(examples = @ExampleObject(name = "Hà Nội 2026", value = Examples.NEW_REGIME_HN_2026)))
                           NewReportingRegime body) {
        ReportingRegimeView r = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/reporting-regimes/" + r.id())).entity(r).tag(ETags.of(r.version())).build();
    }

    /**
     * @param id      regime id
     * @param ifMatch the ETag last read
     * @param body    the new name, basis and periods
     * @return the updated regime with its new ETag
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Change a reporting regime",
            description = "Replaces name, basis and the list of periods (matched by code). Needs If-Match with the ETag last read; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the regime, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingRegimeView.class)))
    @APIResponse(responseCode = "403", description = "You do not manage the regime's unit")
    @APIResponse(responseCode = "404", description = "No such regime, or its unit is not visible to you")
    @APIResponse(responseCode = "412", description = "Someone changed the regime since you read it")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "503", description = "plan-service, which keeps the unit registry, did not answer")
    public Response update(@Parameter(description = "Regime id", example = "1") @PathParam("id") long id,
                           @Parameter(description = "ETag (version) last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ReportingRegimeChange body) {
        ReportingRegimeView r = service.update(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }
}
