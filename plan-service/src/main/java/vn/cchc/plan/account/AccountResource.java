package vn.cchc.plan.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.cchc.common.api.Page;
import vn.cchc.common.api.PageRequest;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.security.Role;
import vn.cchc.plan.Examples;

/** REST resource of account provisioning (tài khoản). Thin: rules live in {@link AccountService} and {@link AccountPolicy}. */
@Path("/api/v1/accounts")
@Tag(name = "Accounts", description = "User accounts (tài khoản) of officers and leaders, provisioned by admins and supervisors in their subtree")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService service;
    private final CurrentCaller caller;

    public AccountResource(AccountService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List the accounts of a unit", description = "Accounts bound to one unit of your subtree (default: your own unit).")
    public Page<Account> list(
            @Parameter(description = "Org unit code (mã đơn vị)", example = "HN-BADINH") @QueryParam("unit") String unit,
            @BeanParam @Valid PageRequest paging) {
        return service.list(caller.get(), unit, paging.page(), Math.min(paging.size(), 100));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Account.class), examples = @ExampleObject(name = "Officer of Ba Đình", value = Examples.ACCOUNT)))
    @APIResponse(responseCode = "404", description = "No such account in your subtree")
    public Account get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Provision an account", description = "Creates a Keycloak user bound to a unit of your subtree with one role. "
            + "Supervisors grant officer or leader only; admins any role. The password is temporary unless temporaryPassword is false.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Officer of Ba Đình", value = Examples.NEW_ACCOUNT)))
    @APIResponse(responseCode = "201", description = "Created; Location names the account",
            headers = @Header(name = "Location", description = "URL of the new account", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Account.class)))
    @APIResponse(responseCode = "403", description = "You cannot grant that role")
    @APIResponse(responseCode = "409", description = "The username or e-mail is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields, unknown role, or a unit outside your subtree")
    public Response create(@Valid @NotNull NewAccount body) {
        Account a = service.create(caller.get(), body);
        return Response.created(URI.create("/api/v1/accounts/" + a.id())).entity(a).build();
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account", description = "The user can no longer log in; tokens already issued expire on their own.")
    public Account disable(@PathParam("id") String id) {
        return service.setEnabled(caller.get(), id, false);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable an account again")
    public Account enable(@PathParam("id") String id) {
        return service.setEnabled(caller.get(), id, true);
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset the password", description = "Temporary by default: the user must choose a new one at next login.")
    public Account resetPassword(@PathParam("id") String id, @Valid @NotNull PasswordReset body) {
        return service.resetPassword(caller.get(), id, body.password(), body.temporary() == null || body.temporary());
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the role", description = "Replaces the account's role (officer, leader; admins also supervisor, admin).")
    public Account assignRole(@PathParam("id") String id, @Valid @NotNull RoleAssignment body) {
        return service.assignRole(caller.get(), id, body.role());
    }

    /**
     * @param password  the new password, 10–128 characters
     * @param temporary whether the user must change it at next login (default true)
     */
    public record PasswordReset(@NotNull @Size(min = 10, max = 128) String password, Boolean temporary) {
    }

    /** @param role {@code officer}, {@code leader}, {@code supervisor} or {@code admin} */
    public record RoleAssignment(@NotNull String role) {
    }
}
