package vn.cchc.report.report;

import java.util.Optional;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;

/**
 * The report life cycle (plain Java; {@code ReportLifecycleTest}):
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──send──▶ SENT
 *   ▲                  │
 *   └── RETURNED ◀──return (reason)
 *          └──submit──▶ SUBMITTED (a new version)
 * </pre>
 * Who may move (the unit is the report's own; someone from another unit cannot move it at all):
 * submit and send — an officer or leader of the unit; approve and return — a leader of the unit
 * (Chủ tịch/Phó Chủ tịch UBND). Supervisors of the units above read but never move a unit's report;
 * integration accounts only read. An administrator may move any report. Editing (re-assembly,
 * narrative) is allowed in DRAFT and RETURNED only.
 */
public final class ReportLifecycle {

    private ReportLifecycle() {
    }

    /**
     * @param from   the current status
     * @param action the move
     * @return the status after the move, empty when the move is not allowed from {@code from}
     */
    public static Optional<ReportStatus> next(ReportStatus from, ReportAction action) {
        return Optional.ofNullable(switch (action) {
            case SUBMIT -> from == ReportStatus.DRAFT || from == ReportStatus.RETURNED ? ReportStatus.SUBMITTED : null;
            case APPROVE -> from == ReportStatus.SUBMITTED ? ReportStatus.APPROVED : null;
            case RETURN -> from == ReportStatus.SUBMITTED ? ReportStatus.RETURNED : null;
            case SEND -> from == ReportStatus.APPROVED ? ReportStatus.SENT : null;
        });
    }

    /**
     * @param status a status
     * @return whether the draft's numbers and narrative may change
     */
    public static boolean editable(ReportStatus status) {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    /**
     * @param caller   the caller
     * @param unitCode the report's unit
     * @param action   the move, or null for editing the draft (create, re-assemble, narrative)
     * @return whether the caller's role and unit allow it
     */
    public static boolean mayAct(Caller caller, String unitCode, ReportAction action) {
        if (caller.isAdmin()) {
            return true;
        }
        if (caller.unitCode() == null || !caller.unitCode().equals(unitCode)) {
            return false;
        }
        boolean leader = caller.hasRole(Role.LEADER);
        boolean officer = caller.hasRole(Role.OFFICER);
        if (action == ReportAction.APPROVE || action == ReportAction.RETURN) {
            return leader;
        }
        return leader || officer;
    }
}
