package vn.cchc.report.report;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries on reports, their versions and history. */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    /** @return the report of a unit for a regime's period, if any */
    public Optional<Report> find(String unitCode, long regimeId, String periodCode) {
        return find("unitCode = ?1 and regime.id = ?2 and periodCode = ?3", unitCode, regimeId, periodCode).firstResultOptional();
    }

    /** @return the reports of these units for a regime's period */
    public List<Report> ofUnits(Collection<String> unitCodes, long regimeId, String periodCode) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return list("unitCode in ?1 and regime.id = ?2 and periodCode = ?3", unitCodes, regimeId, periodCode);
    }

    /** @return every report of one unit under these regimes */
    public List<Report> ofUnit(String unitCode, Collection<Long> regimeIds) {
        if (regimeIds.isEmpty()) {
            return List.of();
        }
        return list("unitCode = ?1 and regime.id in ?2", unitCode, regimeIds);
    }

    /**
     * @param scopePath  materialised path the units must lie under ("/" for all)
     * @param unitCode   one unit, may be null
     * @param regimeId   one regime, may be null
     * @param periodCode one period, may be null
     * @param status     one status, may be null
     * @return matching reports, by unit path then period
     */
    public PanacheQuery<Report> search(String scopePath, String unitCode, Long regimeId, String periodCode, ReportStatus status) {
        StringBuilder q = new StringBuilder("unitPath like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (unitCode != null) {
            q.append(" and unitCode = :unit");
            p.and("unit", unitCode);
        }
        if (regimeId != null) {
            q.append(" and regime.id = :regime");
            p.and("regime", regimeId);
        }
        if (periodCode != null) {
            q.append(" and periodCode = :period");
            p.and("period", periodCode);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return find(q.toString(), Sort.by("unitPath").and("periodCode").and("id"), p);
    }

    /** Versions of reports. */
    @ApplicationScoped
    public static class Versions implements PanacheRepository<ReportVersion> {

        /** @return the report's versions, oldest first */
        public List<ReportVersion> of(long reportId) {
            return list("report.id", Sort.by("number"), reportId);
        }

        /** @return one version */
        public Optional<ReportVersion> of(long reportId, int number) {
            return find("report.id = ?1 and number = ?2", reportId, number).firstResultOptional();
        }

        /**
         * Approved or sent versions of reports of units under a path (what integrations see).
         *
         * @param scopePath    materialised path the units must lie under
         * @param regimeId     one regime, may be null
         * @param periodCode   one period, may be null
         * @param updatedSince only versions changed strictly after, may be null
         * @return versions, by unit path then period
         */
        public List<ReportVersion> released(String scopePath, Long regimeId, String periodCode, Instant updatedSince) {
            StringBuilder q = new StringBuilder("state in (vn.cchc.report.report.ReportVersion.State.APPROVED, "
                    + "vn.cchc.report.report.ReportVersion.State.SENT) and report.unitPath like :scope");
            Parameters p = Parameters.with("scope", scopePath + "%");
            if (regimeId != null) {
                q.append(" and report.regime.id = :regime");
                p.and("regime", regimeId);
            }
            if (periodCode != null) {
                q.append(" and report.periodCode = :period");
                p.and("period", periodCode);
            }
            if (updatedSince != null) {
                q.append(" and updatedAt > :since");
                p.and("since", updatedSince);
            }
            return find(q.toString(), Sort.by("report.unitPath").and("report.periodCode").and("number"), p).list();
        }
    }

    /** History of reports. */
    @ApplicationScoped
    public static class Events implements PanacheRepository<ReportEvent> {

        /** @return the report's history, oldest first */
        public List<ReportEvent> of(long reportId) {
            return list("reportId", Sort.by("at").and("id"), reportId);
        }
    }
}
