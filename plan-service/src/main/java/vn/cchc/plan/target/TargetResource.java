package vn.cchc.plan.target;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.exchange.PlanExporter;
import vn.cchc.plan.unit.OrgUnitRepository;

/** Targets (chỉ tiêu) of plans in the caller's subtree. */
@Path("/api/v1/targets")
@Tag(name = "Targets", description = "Targets of plans (chỉ tiêu kết quả cần đạt được)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetRepository targets;
    private final OrgUnitRepository units;
    private final PlanExporter measures;
    private final CurrentCaller caller;

    public TargetResource(TargetRepository targets, OrgUnitRepository units, PlanExporter measures, CurrentCaller caller) {
        this.targets = targets;
        this.units = units;
        this.measures = measures;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search targets in your subtree",
            description = "`unit` may repeat to read many units' targets in one call (batch read for kpi and report).")
    public Page<TargetView> search(
            @Parameter(description = "Plan id") @QueryParam("plan") Long plan,
            @Parameter(description = "Unit code(s); repeatable", example = "HN") @QueryParam("unit") @Size(max = 500) List<String> unitCodes,
            @Parameter(description = "Plan year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Reform area") @QueryParam("area") ReformArea area,
            @Parameter(description = "Only targets the parser could not structure (true) or could (false)") @QueryParam("flagged") Boolean flagged,
            @Parameter(description = "Text, with or without diacritics", example = "hai long") @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Caller c = caller.get();
        String scope = c.isAdmin() ? "/"
                : c.unitCode() == null ? null
                : units.findByCode(c.unitCode()).map(u -> u.path).orElse(null);
        if (scope == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        String folded = q == null || q.isBlank() ? null : VietnameseText.fold(q);
        var query = targets.search(scope, plan, unitCodes, year, area, flagged, folded);
        return new Page<>(query.page(page, size).list().stream().map(this::view).toList(), page, size, query.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a target")
    public Response get(@PathParam("id") long id) {
        Target t = targets.findById(id);
        if (t == null || !caller.get().canRead(t.plan.unit.pathCodes())) {
            throw ProblemException.notFound("No target " + id + " is visible to you");
        }
        return Response.ok(view(t)).tag(ETags.of(t.version)).build();
    }

    private TargetView view(Target t) {
        return TargetView.of(t, measures.measures(t.measures));
    }
}
