package vn.cchc.plan.target;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.cchc.common.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.unit.OrgUnitRepository;

/** Targets (chỉ tiêu) of plans in the caller's subtree. */
@Path("/api/v1/targets")
@Tag(name = "Targets", description = "Targets of plans (chỉ tiêu kết quả cần đạt được)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetRepository targets;
    private final TargetService service;
    private final OrgUnitRepository units;
    private final CurrentCaller caller;
    private final DigestStream digests;
    private final CurrentVertxRequest request;

    public TargetResource(TargetRepository targets, TargetService service, OrgUnitRepository units, CurrentCaller caller, DigestStream digests,
                          CurrentVertxRequest request) {
        this.digests = digests;
        this.request = request;
        this.targets = targets;
        this.service = service;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search targets in your subtree",
            description = "`unit` may repeat to read many units' targets in one call (batch read for kpi and report); `parent` reads the "
                    + "targets of a whole subtree (the unit and every unit below it) in one call, e.g. for kpi-service's batch evaluation. "
                    + "A parent outside your subtree gives an empty page.")
    public Page<TargetView> search(
            @Parameter(description = "Plan id") @QueryParam("plan") Long plan,
            @Parameter(description = "Unit code(s); repeatable", example = "HN") @QueryParam("unit") @Size(max = 500) List<String> unitCodes,
            @Parameter(description = "Only plans of this unit and the units below it (đơn vị và các đơn vị trực thuộc)", example = "HN")
            @QueryParam("parent") @Size(max = 64) String parent,
            @Parameter(description = "Plan year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Reform area") @QueryParam("area") ReformArea area,
            @Parameter(description = "Only targets the parser could not structure (true) or could (false)") @QueryParam("flagged") Boolean flagged,
            @Parameter(description = "Text, with or without diacritics", example = "hai long") @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest paging) {
        String scope = scope(parent);
        if (scope == null) {
            return new Page<>(List.of(), paging.page(), paging.size(), 0);
        }
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        var query = targets.search(scope, plan, unitCodes, year, area, flagged, folded);
        return new Page<>(query.page(paging.page(), paging.size()).list().stream().map(service::view).toList(), paging.page(), paging.size(), query.count());
    }

    /** Most targets one digest answers (the whole country is about 125,000 today). */
    static final int DIGEST_MAX = 250_000;

    @GET
    @Path("digest")
    @Operation(summary = "Every target of a subtree for a year, reduced to what an evaluation needs, in one answer",
            description = "No paging and no sentence text: ids, unit, group, area, ref, flagged and the measures without their clause, by unit "
                    + "path, plan, then document order. Without `parent`: everything you can read (the whole country for an admin). kpi-service "
                    + "reads it for its batch evaluation (GET /api/v1/evaluations/units?detail=COMPACT). A parent above your unit gives your "
                    + "subtree; a parent outside it, or unknown, 404. More than " + DIGEST_MAX + " targets: 422, ask for a smaller subtree. "
                    + "A few digests are written at once (cchc.targets.digest.concurrent); beyond that a request waits, then 429. The ETag "
                    + "says what the digest holds for you: send it back in If-None-Match to get 304 Not Modified while nothing in it changed.")
    @APIResponse(responseCode = "200", description = "The targets",
            headers = @Header(name = "ETag", description = "Fingerprint of this digest's content for you, for If-None-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetDigest.Digests.class)))
    @APIResponse(responseCode = "304", description = "The digest you hold (If-None-Match) is still the current one")
    @APIResponse(responseCode = "404", description = "The parent is not visible to you")
    @APIResponse(responseCode = "422", description = "year missing, or more targets than one answer carries")
    @APIResponse(responseCode = "429", description = "Too many digests being written; retry after Retry-After seconds")
    public Response digest(
            @Parameter(description = "Only plans of this unit and the units below it (đơn vị và các đơn vị trực thuộc)", example = "HN")
            @QueryParam("parent") @Size(max = 64) String parent,
            @Parameter(description = "Plan year (năm kế hoạch)", example = "2026", required = true)
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "The ETag of the digest you hold: 304 without a body while it is still the current one")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String p = parent == null || parent.isBlank() ? null : parent.strip();
        String scope = scope(p);
        if (scope == null) {
            if (p != null && units.readScope(caller.get()).isPresent()) {
                // as GET /api/v1/evaluations/units: a parent outside the caller's subtree is not there for them
                throw ProblemException.notFound("No unit " + p + " is visible to you");
            }
            return Response.ok(new TargetDigest.Digests(p, year, 0, List.of())).build();
        }
        if (ifNoneMatch != null) {
            // a reader that keeps the last digest asks whether it changed: the fingerprint alone answers that
            DigestFingerprint now = targets.digestFingerprint(scope, year);
            requireDigestSize(now, p, year);
            EntityTag tag = now.tag(scope, p, year);
            if (ETags.noneMatch(ifNoneMatch, tag)) {
                return Response.notModified(tag).build();
            }
        }
        // a turn among the digests being written, given back with the read's connection when the answer has ended
        DigestStream.Snapshot digest = digests.open(p, scope, year, atEnd());
        try {
            requireDigestSize(digest.fingerprint(), p, year);
            return Response.ok(digest, MediaType.APPLICATION_JSON_TYPE).tag(digest.tag()).build();
        } catch (RuntimeException e) {
            digest.close();
            throw e;
        }
    }

    /**
     * Where a digest's turn and connection are handed to be released when the request ends. A client that
     * gave up while the request waited for its turn has already closed the connection, and Vert.x calls no
     * end handler added after that: the release then runs at once.
     */
    private Consumer<Runnable> atEnd() {
        RoutingContext ctx = request.getCurrent();
        return release -> {
            ctx.addEndHandler(v -> release.run());
            if (ctx.response().closed() || ctx.response().ended()) {
                release.run();
            }
        };
    }

    private static void requireDigestSize(DigestFingerprint f, String parent, int year) {
        if (f.count() > DIGEST_MAX) {
            throw new ProblemException(ProblemType.VALIDATION, "more than " + DIGEST_MAX + " targets below " + (parent == null ? "your unit" : parent)
                    + " in " + year + "; ask for one province (parent) at a time");
        }
    }

    /**
     * @param parent parent unit code, or null
     * @return the path the targets' units must lie under: the caller's read scope narrowed to the
     *         parent's subtree; null when the caller reads nothing there
     */
    private String scope(String parent) {
        String scope = units.readScope(caller.get()).orElse(null);
        if (scope == null || parent == null || parent.isBlank()) {
            return scope;
        }
        // the subtree of the parent, and only the part of it the caller may read
        String parentPath = units.findByCode(parent.strip()).map(u -> u.path).orElse(null);
        if (parentPath == null || !(parentPath.startsWith(scope) || scope.startsWith(parentPath))) {
            return null;
        }
        return parentPath.length() > scope.length() ? parentPath : scope;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a target")
    @APIResponse(responseCode = "200", description = "The target; ETag carries its version",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the target, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    public Response get(@PathParam("id") long id) {
        TargetView t = service.get(caller.get(), id);
        return Response.ok(t).tag(ETags.of(t.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
    @Operation(summary = "Set a target's structured form by hand", description = "Needs If-Match. Kept as a plan revision and audited.")
    @APIResponse(responseCode = "200", description = "The target as changed",
            headers = @Header(name = "ETag", description = "Version (phiên bản) of the target, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "412", description = "The target changed since you read it")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid TargetChange body) {
        TargetView t = service.update(caller.get(), id, ETags.versionFromIfMatch(ifMatch), body);
        return Response.ok(t).tag(ETags.of(t.version())).build();
    }
}
