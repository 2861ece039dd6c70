package vn.cchc.kpi.measurement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.kpi.indicator.Indicator;

/** Queries on measurements. */
@ApplicationScoped
public class MeasurementRepository implements PanacheRepository<Measurement> {

    /**
     * @param unitCode  unit code
     * @param indicator indicator
     * @param period    period label
     * @return the revision in force for that key, if any
     */
    public Optional<Measurement> current(String unitCode, Indicator indicator, String period) {
        return find("unitCode = ?1 and indicator = ?2 and period = ?3 and current = true", unitCode, indicator, period)
                .firstResultOptional();
    }

    /**
     * Measurements of one unit, newest window first.
     *
     * @param unitCode  unit code
     * @param indicator only this indicator, when not null
     * @param period    only this period label, when not null
     * @param from      only windows ending on or after this day, when not null
     * @param to        only windows starting on or before this day, when not null
     * @param history   true for every revision, false for the current ones only
     * @return a query to page over, sorted by indicator code, window start (newest first), period and
     *         revision (newest first)
     */
    public PanacheQuery<Measurement> search(String unitCode, Indicator indicator, String period, LocalDate from,
                                            LocalDate to, boolean history) {
        StringBuilder q = new StringBuilder("unitCode = :unit");
        Parameters p = Parameters.with("unit", unitCode);
        if (indicator != null) {
            q.append(" and indicator = :indicator");
            p.and("indicator", indicator);
        }
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", period);
        }
        if (from != null) {
            q.append(" and windowEnd >= :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and windowStart <= :to");
            p.and("to", to);
        }
        if (!history) {
            q.append(" and current = true");
        }
        return find(q.toString(), Sort.by("indicator.code").and("windowStart", Sort.Direction.Descending)
                .and("period").and("revision", Sort.Direction.Descending), p);
    }

    /**
     * The current measurements of several units for one indicator that touch a window: one query for
     * a whole set of units (the roll-up over a parent's children).
     *
     * @param unitCodes units
     * @param indicator indicator
     * @param from      first day of the window
     * @param to        last day of the window
     * @return the current measurements whose window overlaps [from, to]
     */
    public List<Measurement> currentTouching(Collection<String> unitCodes, Indicator indicator, LocalDate from, LocalDate to) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return list("unitCode in ?1 and indicator = ?2 and current = true and windowEnd >= ?3 and windowStart <= ?4",
                unitCodes, indicator, from, to);
    }

    /**
     * Current measurements of one unit for several indicators whose window touches [from, to], in one query
     * (target evaluation reads every indicator of a unit's targets at once).
     *
     * @param unitCode   unit code
     * @param indicators indicators
     * @param from       first day, inclusive
     * @param to         last day, inclusive
     * @return the measurements in force
     */
    public List<Measurement> currentTouching(String unitCode, Collection<Indicator> indicators, LocalDate from, LocalDate to) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        return list("unitCode = ?1 and indicator in ?2 and current = true and windowEnd >= ?3 and windowStart <= ?4",
                unitCode, indicators, from, to);
    }
}
