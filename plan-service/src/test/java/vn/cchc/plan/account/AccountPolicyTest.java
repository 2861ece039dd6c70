package vn.cchc.plan.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;

class AccountPolicyTest {

    private static final Caller SUPERVISOR_HN = new Caller("s", "hanoi.supervisor", "HN", Set.of(Role.SUPERVISOR));
    private static final Caller LEADER_BADINH = new Caller("l", "badinh.leader", "HN-BADINH", Set.of(Role.LEADER));
    private static final Caller ADMIN = new Caller("a", "admin", null, Set.of(Role.ADMIN));

    @Test
    void supervisorsManageOnlyOfficersAndLeadersOfTheirSubtree() {
        assertTrue(AccountPolicy.mayManageUnit(SUPERVISOR_HN, List.of("HN", "HN-BADINH")));
        assertFalse(AccountPolicy.mayManageUnit(SUPERVISOR_HN, List.of("HP", "HP-HAIDUONG")));
        assertTrue(AccountPolicy.mayHandleRole(SUPERVISOR_HN, Role.OFFICER));
        assertTrue(AccountPolicy.mayHandleRole(SUPERVISOR_HN, Role.LEADER));
        assertFalse(AccountPolicy.mayHandleRole(SUPERVISOR_HN, Role.SUPERVISOR));
        assertFalse(AccountPolicy.mayHandleRole(SUPERVISOR_HN, Role.ADMIN));
        assertFalse(AccountPolicy.mayHandleRole(SUPERVISOR_HN, Role.INTEGRATION));
    }

    @Test
    void leadersAndOfficersProvisionNothing() {
        assertFalse(AccountPolicy.mayProvision(LEADER_BADINH));
        assertFalse(AccountPolicy.mayManageUnit(LEADER_BADINH, List.of("HN", "HN-BADINH")));
    }

    @Test
    void adminsGrantEveryUserRoleButNotIntegration() {
        assertTrue(AccountPolicy.mayManageUnit(ADMIN, List.of("HP")));
        assertTrue(AccountPolicy.mayHandleRole(ADMIN, Role.ADMIN));
        assertFalse(AccountPolicy.mayHandleRole(ADMIN, Role.INTEGRATION));
    }

    @Test
    void theHighestRoleNamesTheAccount() {
        assertEquals(Role.LEADER, AccountPolicy.highest(List.of("offline_access", Role.OFFICER, Role.LEADER)));
        assertNull(AccountPolicy.highest(List.of("default-roles-cchc")));
        // a service account given a user role still counts as integration, which no supervisor handles
        assertEquals(Role.INTEGRATION, AccountPolicy.highest(List.of(Role.LEADER, Role.INTEGRATION)));
        assertFalse(AccountPolicy.mayHandleRole(SUPERVISOR_HN, AccountPolicy.highest(List.of(Role.LEADER, Role.INTEGRATION))));
    }
}
