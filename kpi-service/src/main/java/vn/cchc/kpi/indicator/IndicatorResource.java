package vn.cchc.kpi.indicator;

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
import vn.cchc.kpi.Examples;

/**
 * REST resource of the indicator catalogue (danh mục chỉ tiêu, chỉ số). Thin: rules live in
 * {@link IndicatorService}. Any authenticated caller reads the catalogue; only admins write it (it is shared by every province; a supervisor of one city must not redefine another's indicators).
 */
@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Catalogue of indicators (danh mục chỉ tiêu, chỉ số) that plan targets are measured by")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;
    private final CurrentCaller caller;

    public IndicatorResource(IndicatorService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param kind only this kind, may be null
     * @param q    part of the code or a name, with or without diacritics, may be null
     * @param page zero-based page
     * @param size page size
     * @return a page of indicators sorted by code
     */
    @GET
    @Operation(summary = "List the indicator catalogue", description = "Indicators sorted by code, filtered and paginated. Open to every authenticated role: the catalogue is not unit data.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "TTHC", value = Examples.INDICATOR_PAGE)))
    public Page<IndicatorView> list(
            @Parameter(description = "Only this kind (loại chỉ tiêu)") @QueryParam("kind") IndicatorKind kind,
            @Parameter(description = "Part of the code or of the Vietnamese or English name, with or without diacritics", example = "dung han") @QueryParam("q") String q,
            @BeanParam @Valid PageRequest paging) {
        return service.list(kind, q, paging.page(), paging.size());
    }

    /**
     * @param code indicator code
     * @return the indicator, with its version as ETag
     */
    @GET
    @Path("{code}")
    @Operation(summary = "Read one indicator")
    @APIResponse(responseCode = "200", description = "The indicator; ETag carries its version",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the indicator, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "On-time TTHC dossiers", value = Examples.INDICATOR_TTHC_ON_TIME)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response get(@Parameter(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME") @PathParam("code") String code) {
        IndicatorView i = service.get(code);
        return Response.ok(i).tag(ETags.of(i.version())).build();
    }

    /**
     * @param body the new indicator
     * @return 201 with the stored indicator, its location and ETag
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Add an indicator", description = "Kind, unit, direction and aggregation must fit together: a RATIO rolls up as RATIO_OF_SUMS, only a COUNT sums, a RANK is LOWER_IS_BETTER.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new indicator", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version (phiên bản) of the indicator, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "403", description = "Only admins write the shared catalogue")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in errors")
    public Response create(@NotNull @Valid
                           @RequestBody(content = @Content(examples = @ExampleObject(name = "Inter-agency processing time", value = Examples.NEW_INDICATOR_LINKED_TIME_CUT)))
                           NewIndicator body) {
        IndicatorView i = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/indicators/" + i.code())).entity(i).tag(ETags.of(i.version())).build();
    }

    /**
     * @param code    indicator code
     * @param ifMatch the ETag last read
     * @param body    the new definition
     * @return the updated indicator with its new ETag
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change an indicator's definition", description = "Needs If-Match with the ETag last read; a stale one answers 412. The code never changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the indicator, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "412", description = "Someone changed the indicator since you read it")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in errors")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@Parameter(description = "Indicator code (mã chỉ tiêu)", example = "TTHC_ON_TIME") @PathParam("code") String code,
                           @Parameter(description = "ETag (version) last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid IndicatorChange body) {
        IndicatorView i = service.update(caller.get(), code, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(i).tag(ETags.of(i.version())).build();
    }
}
