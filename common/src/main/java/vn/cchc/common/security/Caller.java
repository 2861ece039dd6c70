package vn.cchc.common.security;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, taken from the verified access token: subject, user name, realm roles and the org
 * unit code from the token claim {@code unit}. Authorization decisions are made on this value by
 * {@link #canRead}, {@link #canWriteOwn} and {@link #canManage}; they are pure functions of the
 * caller and the target unit's path (root code first, the unit's own code last).
 *
 * @param subject  token {@code sub}
 * @param username token {@code preferred_username}
 * @param unitCode token claim {@code unit}, e.g. {@code HN-BADINH}; null for accounts bound to no unit
 * @param roles    realm roles, see {@link Role}
 */
public record Caller(String subject, String username, String unitCode, Set<String> roles) {

    /** @return true when the caller has the given realm role */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @return true for administrators, who pass every unit check */
    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /**
     * Read rule: every role reads its own unit's subtree; admin reads everything.
     *
     * @param unitPath codes from the root to the target unit, e.g. {@code [HN, HN-BADINH]}
     * @return whether the caller may read objects of that unit
     */
    public boolean canRead(List<String> unitPath) {
        return isAdmin() || (unitCode != null && unitPath.contains(unitCode));
    }

    /**
     * Own-unit write rule (tasks, progress, measurements, draft reports): officers and leaders write
     * their own unit only; supervisors write within their subtree; integration accounts never write.
     *
     * @param unitPath codes from the root to the target unit
     * @return whether the caller may write that unit's operational data
     */
    public boolean canWriteOwn(List<String> unitPath) {
        if (isAdmin()) {
            return true;
        }
        if (unitCode == null || unitPath.isEmpty()) {
            return false;
        }
        if (hasRole(Role.SUPERVISOR)) {
            return unitPath.contains(unitCode);
        }
        return (hasRole(Role.OFFICER) || hasRole(Role.LEADER))
                && unitCode.equals(unitPath.get(unitPath.size() - 1));
    }

    /**
     * Management rule (plans, targets, frameworks, regimes, the unit registry): supervisors within
     * their subtree, admin everywhere.
     *
     * @param unitPath codes from the root to the target unit
     * @return whether the caller may manage that unit's structure
     */
    public boolean canManage(List<String> unitPath) {
        return isAdmin() || (hasRole(Role.SUPERVISOR) && unitCode != null && unitPath.contains(unitCode));
    }
}
