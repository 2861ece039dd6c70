package vn.cchc.report.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;
import vn.cchc.common.unit.UnitAccess;

/**
 * Object-level checks on reports, shared by every report endpoint. The unit tree is plan-service's,
 * asked with the caller's token ({@link UnitAccess}); a report whose unit the caller cannot read is
 * "not found" (404), so its existence does not leak. Integration accounts never see working drafts:
 * they read approved and sent versions only.
 */
@ApplicationScoped
public class ReportAccess {

    private final UnitAccess units;
    private final ReportRepository reports;

    public ReportAccess(UnitAccess units, ReportRepository reports) {
        this.units = units;
        this.reports = reports;
    }

    /**
     * @param caller the caller
     * @param code   a unit code
     * @return the unit's path, when the caller may read it
     * @throws ProblemException 404 when not visible, 503 when plan-service cannot answer
     */
    public List<String> readableUnit(Caller caller, String code) {
        return units.visiblePath(code).filter(caller::canRead)
                .orElseThrow(() -> ProblemException.notFound("No unit " + code + " is visible to you"));
    }

    /**
     * @param caller the caller
     * @param id     report id
     * @return the report, when the caller may read its working state
     * @throws ProblemException 404 when missing, not visible, or the caller is an integration account
     */
    public Report readable(Caller caller, long id) {
        Report r = reports.findByIdOptional(id).orElseThrow(() -> notVisible(id));
        if (integrationOnly(caller) || units.visiblePath(r.unitCode).filter(caller::canRead).isEmpty()) {
            throw notVisible(id);
        }
        return r;
    }

    /**
     * @param caller the caller
     * @param id     report id
     * @return the report, when the caller may read at least its released versions
     * @throws ProblemException 404 when missing or not visible
     */
    public Report readableVersions(Caller caller, long id) {
        Report r = reports.findByIdOptional(id).orElseThrow(() -> notVisible(id));
        if (units.visiblePath(r.unitCode).filter(caller::canRead).isEmpty()) {
            throw notVisible(id);
        }
        return r;
    }

    /**
     * @param caller the caller
     * @return whether the caller reads as a city system: only approved and sent versions
     */
    public static boolean integrationOnly(Caller caller) {
        return caller.hasRole(Role.INTEGRATION) && !caller.isAdmin() && !caller.hasRole(Role.SUPERVISOR)
                && !caller.hasRole(Role.OFFICER) && !caller.hasRole(Role.LEADER);
    }

    /**
     * @param unitPath codes from the root to a unit
     * @return its materialised path, e.g. {@code /HN/HN-BADINH/}
     */
    public static String materialised(List<String> unitPath) {
        return "/" + String.join("/", unitPath) + "/";
    }

    static ProblemException notVisible(long id) {
        return ProblemException.notFound("No report " + id + " is visible to you");
    }
}
