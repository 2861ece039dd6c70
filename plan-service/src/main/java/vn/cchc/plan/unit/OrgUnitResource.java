package vn.cchc.plan.unit;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
import vn.cchc.plan.Examples;

/** REST resource of the org unit registry (danh mục đơn vị). Thin: rules live in {@link OrgUnitService}. */
@Path("/api/v1/units")
@Tag(name = "Org units", description = "Registry of org units (đơn vị): cities, departments, wards, communes, divisions")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    private final OrgUnitService service;
    private final CurrentCaller caller;

    public OrgUnitResource(OrgUnitService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List the units you can see", description = "Units of the caller's subtree in tree order, filtered and paginated. "
            + "With code=…, repeated, it reads several units in one request (other services check a batch's units this way); "
            + "a code you cannot see, or that does not exist, is simply not in the page.")
    public Page<OrgUnitView> list(
            @Parameter(description = "Only direct children of this unit code") @QueryParam("parent") String parent,
            @Parameter(description = "Only these unit codes (mã đơn vị), repeated: code=HN-BADINH&code=HN-HOANKIEM; at most "
                    + OrgUnitService.MAX_CODES) @QueryParam("code") List<String> codes,
            @Parameter(description = "Only this level (cấp)") @QueryParam("level") OrgUnitLevel level,
            @Parameter(description = "Part of the name or code, with or without diacritics", example = "ba dinh") @QueryParam("q") String q,
            @BeanParam @Valid PageRequest paging) {
        return service.list(caller.get(), new OrgUnitService.Filter(parent, codes, level, q), paging.page(), paging.size());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Read one unit")
    @APIResponse(responseCode = "200", description = "The unit; ETag carries its version",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the unit, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgUnitView.class),
                    examples = @ExampleObject(name = "Ba Đình", value = Examples.UNIT_BADINH)))
    @APIResponse(responseCode = "404", description = "No such unit in your subtree")
    public Response get(@PathParam("code") String code) {
        OrgUnitView u = service.get(caller.get(), code);
        return Response.ok(u).tag(ETags.of(u.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Add a unit", description = "Supervisors add units under their subtree; a province-level root needs admin.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new unit", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version (phiên bản) of the unit, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in errors")
    public Response create(@NotNull @Valid
                           @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                                   examples = @ExampleObject(name = "Ba Đình", value = Examples.NEW_UNIT_BADINH)))
                           NewOrgUnit body) {
        OrgUnitView u = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/units/" + u.code())).entity(u).tag(ETags.of(u.version())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Rename a unit or change its level", description = "Needs If-Match with the ETag last read; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "The unit as changed",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the unit, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "412", description = "Someone changed the unit since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code,
                           @Parameter(description = "ETag (version) last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid OrgUnitChange body) {
        OrgUnitView u = service.update(caller.get(), code, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(u).tag(ETags.of(u.version())).build();
    }
}
