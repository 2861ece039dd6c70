package vn.cchc.plan.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A user account (tài khoản) as the API shows it: the Keycloak user with its org unit and its one cchc
 * realm role. Passwords are never shown.
 *
 * @param id        Keycloak's user id (UUID)
 * @param auditId   the local number of the account's audit trail ({@code GET /api/v1/audit?objectType=ACCOUNT&objectId=}),
 *                  null until the account is first provisioned or changed through this API
 * @param username  login name, lower case
 * @param firstName given name (tên)
 * @param lastName  family name (họ)
 * @param email     e-mail address, may be null
 * @param unit      org unit code (mã đơn vị) from the user attribute {@code unit}
 * @param role      the highest cchc realm role the account holds ({@code admin} … {@code officer}), null if none
 * @param enabled   whether the account can log in
 */
@Schema(name = "Account", description = "A user account (tài khoản) bound to an org unit and one role")
public record Account(String id, Long auditId, String username, String firstName, String lastName, String email,
                      String unit, String role, boolean enabled) {

    /** @return the same account with its local audit number */
    public Account withAuditId(Long auditId) {
        return new Account(id, auditId, username, firstName, lastName, email, unit, role, enabled);
    }
}
