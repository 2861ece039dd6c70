package vn.cchc.report.regime;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries on reporting regimes. */
@ApplicationScoped
public class ReportingRegimeRepository implements PanacheRepository<ReportingRegime> {

    /** @return the unit's regime with that code for that year, if any */
    public Optional<ReportingRegime> findByUnitYearAndCode(String unitCode, int year, String code) {
        return find("unitCode = ?1 and year = ?2 and code = ?3", unitCode, year, code).firstResultOptional();
    }

    /**
     * @param unitCodes issuing units
     * @param years     years
     * @return their regimes, by year, unit and code
     */
    public java.util.List<ReportingRegime> ofUnits(java.util.Collection<String> unitCodes, java.util.Collection<Integer> years) {
        if (unitCodes.isEmpty()) {
            return java.util.List.of();
        }
        return list("unitCode in ?1 and year in ?2", Sort.by("year").and("unitCode").and("code"), unitCodes, years);
    }

    /**
     * Regimes matching the filters, newest year first, then by unit code.
     *
     * @param unitCodes only these issuing units, when not null
     * @param year      only this year, when not null
     * @return a query to page over
     */
    public PanacheQuery<ReportingRegime> search(java.util.List<String> unitCodes, Integer year) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (unitCodes != null) {
            q.append(" and unitCode in :units");
            p.and("units", unitCodes);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        return find(q.toString(), Sort.descending("year").and("unitCode").and("code"), p);
    }
}
