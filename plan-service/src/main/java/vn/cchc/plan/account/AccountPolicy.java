package vn.cchc.plan.account;

import java.util.List;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;

/**
 * Who may provision which accounts (DESIGN.md security model; issue "Accounts"): admins any account
 * and any role; supervisors only officer and leader accounts of units in their own subtree, never
 * granting supervisor or admin, and never touching an account that already holds one of those roles.
 * Everyone else: nothing. Plain rules, no framework.
 */
public final class AccountPolicy {

    /** The user roles an account can hold, highest first ({@code integration} belongs to service clients, not users). */
    public static final List<String> ROLES = List.of(Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.OFFICER);

    private static final List<String> SUPERVISOR_GRANTS = List.of(Role.LEADER, Role.OFFICER);

    private AccountPolicy() {
    }

    /** @return whether the caller may use the accounts API at all */
    public static boolean mayProvision(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Role.SUPERVISOR);
    }

    /**
     * @param caller   who asks
     * @param unitPath codes from the root to the account's unit
     * @return whether the caller may see and manage accounts of that unit
     */
    public static boolean mayManageUnit(Caller caller, List<String> unitPath) {
        return mayProvision(caller) && caller.canManage(unitPath);
    }

    /**
     * @param caller who asks
     * @param role   a role to grant, or the role an existing account holds (null: none)
     * @return whether the caller may grant that role, or change an account holding it
     */
    public static boolean mayHandleRole(Caller caller, String role) {
        if (caller.isAdmin()) {
            return role == null || ROLES.contains(role);
        }
        return caller.hasRole(Role.SUPERVISOR) && (role == null || SUPERVISOR_GRANTS.contains(role));
    }

    /**
     * @param roles realm roles of an account
     * @return its highest cchc role, or null
     */
    public static String highest(java.util.Collection<String> roles) {
        return PRECEDENCE.stream().filter(roles::contains).findFirst().orElse(null);
    }

    /**
     * Which role names an account, highest first: {@code integration} ranks above leader and officer, so
     * an account that holds it (a client's service account given a user role) is never a supervisor's to
     * change — {@link #mayHandleRole} refuses it.
     */
    private static final List<String> PRECEDENCE = List.of(Role.ADMIN, Role.SUPERVISOR, Role.INTEGRATION, Role.LEADER, Role.OFFICER);
}
