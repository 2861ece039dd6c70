package vn.cchc.kpi.parindex;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.PeerBlock;

/** REST resource of PAR INDEX frameworks; rules in {@link FrameworkService}. */
@Path("/api/v1/par-index/frameworks")
@Tag(name = "PAR INDEX frameworks", description = "Bộ tiêu chí Chỉ số cải cách hành chính: areas → criteria → sub-criteria with points and scoring rules, per issuer, year and peer block")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    private final FrameworkService service;
    private final CurrentCaller caller;

    public FrameworkResource(FrameworkService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param issuer issuer filter
     * @param year   index year filter
     * @param block  block filter
     * @param paging page and size
     * @return a page of frameworks without documents
     */
    @GET
    @Operation(summary = "List frameworks (bộ tiêu chí)", description = "Every authenticated caller reads every framework (they are public rules, not unit data). "
            + "year selects the frameworks in force in that index year.")
    @APIResponse(responseCode = "200", description = "A page of frameworks, without their documents")
    public Page<FrameworkView> list(
            @Parameter(description = "Issuer (cơ quan ban hành): a unit code or BNV", example = "HN") @QueryParam("issuer") String issuer,
            @Parameter(description = "Index year the framework applies to", example = "2025") @QueryParam("year") Integer year,
            @Parameter(description = "Peer block (khối)", example = "WARD") @QueryParam("block") PeerBlock block,
            @BeanParam @Valid PageRequest paging) {
        return service.list(issuer, year, block, paging.page(), paging.size());
    }

    /**
     * @param id framework id
     * @return the framework with its document, ETag = version
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a framework with all its areas, criteria, rules and bands")
    @APIResponse(responseCode = "200", description = "The framework")
    @APIResponse(responseCode = "404", description = "No such framework")
    public Response get(@PathParam("id") long id) {
        FrameworkView f = service.get(id);
        return Response.ok(f).tag(ETags.of(f.version())).build();
    }

    /**
     * @param body the whole framework
     * @return 201 with the stored framework
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Create or import a framework as a whole",
            description = "Checked as a whole: children's maxima add up to their parent's and the areas' to maxPoints; codes unique; at most "
                    + "three levels; a rule on every leaf (YES_NO, RATIO, TIERS, DEDUCTION, MANUAL, SURVEY); bands with one starting at 0; "
                    + "indicators of rules in the catalogue. A second framework of the same issuer, year and block is its next edition. "
                    + "Supervisors issue frameworks for their own unit or subtree; BNV's only an administrator.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "403", description = "You do not manage the issuer")
    @APIResponse(responseCode = "422", description = "Invalid framework; every broken field listed with its JSON path")
    public Response create(@NotNull @RequestBody(content = @Content(examples = @ExampleObject(name = "A 20-point ward framework", value = ParExamples.FRAMEWORK)))
                           FrameworkDocument body) {
        FrameworkView f = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/par-index/frameworks/" + f.id())).entity(f).tag(ETags.of(f.version())).build();
    }

    /**
     * @param id      framework id
     * @param ifMatch version last read
     * @param body    the whole framework
     * @return the replaced framework
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "Replace a framework no assessment uses yet",
            description = "Same checks as create; issuer, year and block stay. A framework used by an assessment is never changed in place: 409, create a new edition.")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "409", description = "Used by an assessment")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull FrameworkDocument body) {
        FrameworkView f = service.replace(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(f).tag(ETags.of(f.version())).build();
    }
}
