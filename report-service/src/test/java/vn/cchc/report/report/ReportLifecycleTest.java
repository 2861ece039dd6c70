package vn.cchc.report.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;

class ReportLifecycleTest {

    private static Caller caller(String unit, String... roles) {
        return new Caller("s", "u", unit, Set.of(roles));
    }

    @Test
    void theWholePathAndNothingElse() {
        assertEquals(Optional.of(ReportStatus.SUBMITTED), ReportLifecycle.next(ReportStatus.DRAFT, ReportAction.SUBMIT));
        assertEquals(Optional.of(ReportStatus.RETURNED), ReportLifecycle.next(ReportStatus.SUBMITTED, ReportAction.RETURN));
        assertEquals(Optional.of(ReportStatus.SUBMITTED), ReportLifecycle.next(ReportStatus.RETURNED, ReportAction.SUBMIT));
        assertEquals(Optional.of(ReportStatus.APPROVED), ReportLifecycle.next(ReportStatus.SUBMITTED, ReportAction.APPROVE));
        assertEquals(Optional.of(ReportStatus.SENT), ReportLifecycle.next(ReportStatus.APPROVED, ReportAction.SEND));
        int allowed = 0;
        for (ReportStatus s : ReportStatus.values()) {
            for (ReportAction a : ReportAction.values()) {
                if (ReportLifecycle.next(s, a).isPresent()) {
                    allowed++;
                }
            }
        }
        assertEquals(5, allowed, "exactly the five moves above");
        assertTrue(ReportLifecycle.next(ReportStatus.DRAFT, ReportAction.APPROVE).isEmpty(), "a draft is submitted before approval");
        assertTrue(ReportLifecycle.next(ReportStatus.SENT, ReportAction.SUBMIT).isEmpty());
        assertTrue(ReportLifecycle.next(ReportStatus.APPROVED, ReportAction.RETURN).isEmpty());
        assertTrue(ReportLifecycle.editable(ReportStatus.DRAFT) && ReportLifecycle.editable(ReportStatus.RETURNED));
        assertFalse(ReportLifecycle.editable(ReportStatus.SUBMITTED) || ReportLifecycle.editable(ReportStatus.APPROVED)
                || ReportLifecycle.editable(ReportStatus.SENT));
    }

    @Test
    void onlyTheUnitsOwnPeopleMoveItsReportAndOnlyItsLeaderDecides() {
        Caller officer = caller("HN-BADINH", Role.OFFICER);
        Caller leader = caller("HN-BADINH", Role.LEADER);
        assertTrue(ReportLifecycle.mayAct(officer, "HN-BADINH", ReportAction.SUBMIT));
        assertTrue(ReportLifecycle.mayAct(officer, "HN-BADINH", ReportAction.SEND));
        assertTrue(ReportLifecycle.mayAct(officer, "HN-BADINH", null));
        assertFalse(ReportLifecycle.mayAct(officer, "HN-BADINH", ReportAction.APPROVE));
        assertFalse(ReportLifecycle.mayAct(officer, "HN-BADINH", ReportAction.RETURN));
        for (ReportAction a : ReportAction.values()) {
            assertTrue(ReportLifecycle.mayAct(leader, "HN-BADINH", a), a.name());
            assertFalse(ReportLifecycle.mayAct(caller("HN-DANHOA", Role.LEADER), "HN-BADINH", a), "another ward's leader: " + a);
            assertFalse(ReportLifecycle.mayAct(caller("HN", Role.SUPERVISOR), "HN-BADINH", a), "the city reads, never moves: " + a);
            assertFalse(ReportLifecycle.mayAct(caller("HN-BADINH", Role.INTEGRATION), "HN-BADINH", a), "integration reads only: " + a);
            assertTrue(ReportLifecycle.mayAct(new Caller("a", "admin", null, Set.of(Role.ADMIN)), "HN-BADINH", a));
        }
    }
}
