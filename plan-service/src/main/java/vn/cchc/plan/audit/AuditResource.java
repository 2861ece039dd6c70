package vn.cchc.plan.audit;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.CurrentCaller;

/** The audit trail of one object, readable by whoever can read the object's unit. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who changed what, when (nhật ký thay đổi)")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;
    private final CurrentCaller caller;

    public AuditResource(AuditLog log, CurrentCaller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Audit trail of one object, newest first")
    public Page<AuditView> trail(
            @Parameter(description = "UNIT, PLAN, TARGET, TASK or ACCOUNT", example = "TASK", required = true)
            @QueryParam("objectType") @NotNull @Pattern(regexp = "UNIT|PLAN|TARGET|TASK|ACCOUNT") String objectType,
            @Parameter(description = "The object's id", required = true) @QueryParam("objectId") @NotNull Long objectId,
            @BeanParam @Valid PageRequest paging) {
        Caller c = caller.get();
        var q = log.find("objectType = ?1 and objectId = ?2", Sort.descending("at").and("id", Sort.Direction.Descending),
                objectType, objectId);
        AuditEntry first = q.firstResult();
        // an object's trail is as visible as the object's unit: outside the subtree it does not exist
        // an account's trail (names, e-mail, roles) is for those who provision that unit's accounts
        boolean visible = first != null && first.unit != null && ("ACCOUNT".equals(objectType)
                ? vn.cchc.plan.account.AccountPolicy.mayManageUnit(c, first.unit.pathCodes())
                : c.canRead(first.unit.pathCodes()));
        if (!visible) {
            throw ProblemException.notFound("No audit trail of " + objectType + " " + objectId + " is visible to you");
        }
        return new Page<>(q.page(paging.page(), paging.size()).list().stream().map(AuditView::of).toList(), paging.page(), paging.size(), q.count());
    }
}
