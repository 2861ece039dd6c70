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

    /** @return the unit's regime for that year, if any */
    public Optional<ReportingRegime> findByUnitAndYear(String unitCode, int year) {
        return find("unitCode = ?1 and year = ?2", unitCode, year).firstResultOptional();
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
        return find(q.toString(), Sort.descending("year").and("unitCode"), p);
    }
}
