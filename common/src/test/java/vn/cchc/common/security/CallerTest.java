package vn.cchc.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final List<String> BADINH = List.of("HN", "HN-BADINH");
    private static final List<String> HANOI = List.of("HN");
    private static final List<String> HAIDUONG = List.of("HP", "HP-HAIDUONG");

    private static Caller caller(String unit, String... roles) {
        return new Caller("sub", "user", unit, Set.of(roles));
    }

    @Test
    void officerReadsOwnSubtreeOnly() {
        Caller officer = caller("HN-BADINH", Role.OFFICER);
        assertTrue(officer.canRead(BADINH));
        assertFalse(officer.canRead(HANOI), "a ward officer must not read the city's own objects");
        assertFalse(officer.canRead(HAIDUONG));
    }

    @Test
    void officerWritesOwnUnitButManagesNothing() {
        Caller officer = caller("HN-BADINH", Role.OFFICER);
        assertTrue(officer.canWriteOwn(BADINH));
        assertFalse(officer.canWriteOwn(List.of("HN", "HN-BADINH", "HN-BADINH-VHXH")));
        assertFalse(officer.canManage(BADINH));
    }

    @Test
    void supervisorManagesSubtreeButNotOtherCities() {
        Caller supervisor = caller("HN", Role.SUPERVISOR);
        assertTrue(supervisor.canRead(BADINH));
        assertTrue(supervisor.canManage(BADINH));
        assertTrue(supervisor.canWriteOwn(BADINH));
        assertFalse(supervisor.canRead(HAIDUONG));
        assertFalse(supervisor.canManage(HAIDUONG));
    }

    @Test
    void integrationReadsButNeverWrites() {
        Caller portal = caller("HN", Role.INTEGRATION);
        assertTrue(portal.canRead(BADINH));
        assertFalse(portal.canWriteOwn(HANOI));
        assertFalse(portal.canManage(HANOI));
    }

    @Test
    void callerWithoutUnitSeesNothingUnlessAdmin() {
        assertFalse(caller(null, Role.SUPERVISOR).canRead(HANOI));
        assertTrue(caller(null, Role.ADMIN).canManage(HAIDUONG));
    }
}
