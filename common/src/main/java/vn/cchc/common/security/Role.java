package vn.cchc.common.security;

/**
 * Realm roles of the Keycloak realm {@code cchc} (see DESIGN.md, security model). The string
 * constants are for {@code @RolesAllowed}.
 */
public final class Role {
    /** Everything, including account provisioning (quản trị hệ thống). */
    public static final String ADMIN = "admin";
    /** Reads its unit's subtree, manages plans, targets, frameworks, regimes (e.g. Sở Nội vụ). */
    public static final String SUPERVISOR = "supervisor";
    /** As officer, and approves or returns its unit's reports (lãnh đạo đơn vị). */
    public static final String LEADER = "leader";
    /** Reads its unit's subtree, writes its own unit's tasks, progress, measurements (công chức). */
    public static final String OFFICER = "officer";
    /** Service accounts of city systems and portals: read-only on its unit's subtree. */
    public static final String INTEGRATION = "integration";

    private Role() {
    }
}
