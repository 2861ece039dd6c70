package vn.cchc.plan.plan;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;

/** Plans (kế hoạch CCHC): list, read, change the header. Import and export: {@code /api/v1/plans/import}, {@code /{id}/export}. */
@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Yearly reform plans (kế hoạch cải cách hành chính)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService service;
    private final CurrentCaller caller;

    public PlanResource(PlanService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List plans of units in your subtree")
    public Page<PlanView> list(
            @Parameter(description = "Unit code (đơn vị)", example = "HN-BADINH") @QueryParam("unit") String unit,
            @Parameter(description = "Year (năm)", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Status (trạng thái)") @QueryParam("status") PlanStatus status,
            @BeanParam @Valid PageRequest paging) {
        return service.list(caller.get(), unit, year, status, paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a plan's header and groups")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its version",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the plan, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan in your subtree")
    public Response get(@PathParam("id") long id) {
        PlanView p = service.get(caller.get(), id);
        return Response.ok(p).tag(ETags.of(p.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Change a plan's header or status", description = "Needs If-Match. Each change is kept as a revision (điều chỉnh kế hoạch).")
    @APIResponse(responseCode = "200", description = "The plan as changed",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the plan, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the plan since you read it")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid PlanChange body) {
        PlanView p = service.update(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(p).tag(ETags.of(p.version())).build();
    }
}
