package vn.cchc.plan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries on plans. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    /** @return the plan of that unit and year, if any */
    public Optional<Plan> findByUnitAndYear(String unitCode, int year) {
        return find("unit.code = ?1 and year = ?2", unitCode, year).firstResultOptional();
    }

    /**
     * @param scopePath  materialised unit path the plans' units must lie under
     * @param unitCode   only this unit, when not null
     * @param year       only this year, when not null
     * @param status     only this status, when not null
     * @return plans ordered by year (newest first) then unit path
     */
    public PanacheQuery<Plan> search(String scopePath, String unitCode, Integer year, PlanStatus status) {
        StringBuilder q = new StringBuilder("unit.path like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (unitCode != null) {
            q.append(" and unit.code = :unit");
            p.and("unit", unitCode);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return find(q.toString(), Sort.descending("year").and("unit.path"), p);
    }
}
