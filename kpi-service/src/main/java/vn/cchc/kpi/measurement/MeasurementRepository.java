package vn.cchc.kpi.measurement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
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
     * The key of a value: one unit, one indicator, one period; at most one current revision each.
     *
     * @param unitCode    unit code
     * @param indicatorId indicator id
     * @param period      period label
     */
    public record Key(String unitCode, long indicatorId, String period) {
    }

    /**
     * The revision in force for a key, without loading the entity (a bulk write only needs its id to
     * link the correction and its number to count on).
     *
     * @param id       measurement id
     * @param revision its revision
     */
    public record CurrentRevision(long id, int revision) {
    }

    /**
     * The revisions in force for many keys, in one query: the batch's exact keys, as three aligned
     * arrays, each looked up in the partial unique index {@code measurement_current_uk} (one probe a key;
     * plain SQL, one statement text whatever the batch's size).
     *
     * @param keys the keys of a batch
     * @return key → its current revision, for the keys that have one
     */
    public Map<Key, CurrentRevision> currentOf(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Key, CurrentRevision> current = new HashMap<>();
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select m.id, m.revision, m.unit_code, m.indicator_id, m.period "
                    + "from unnest(?, ?, ?) as k (unit_code, indicator_id, period) "
                    + "join measurement m on m.unit_code = k.unit_code and m.indicator_id = k.indicator_id and m.period = k.period "
                    + "and m.current")) {
                Array units = c.createArrayOf("varchar", keys.stream().map(Key::unitCode).toArray());
                Array indicators = c.createArrayOf("bigint", keys.stream().map(Key::indicatorId).toArray());
                Array periods = c.createArrayOf("varchar", keys.stream().map(Key::period).toArray());
                ps.setArray(1, units);
                ps.setArray(2, indicators);
                ps.setArray(3, periods);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        current.put(new Key(r.getString(3), r.getLong(4), r.getString(5)), new CurrentRevision(r.getLong(1), r.getInt(2)));
                    }
                }
                units.free();
                indicators.free();
                periods.free();
            }
        });
        return current;
    }

    /**
     * Clears the current flag of revisions about to be superseded, in one statement. It must run before
     * their corrections are inserted: the unique index {@code measurement_current_uk} allows one current
     * row per key. Plain SQL on the transaction's connection; no entity of these rows may be loaded in
     * the session (see {@link #currentOf}, which loads none).
     *
     * @param ids ids of the current revisions
     */
    public void clearCurrent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("update measurement set current = false where id = any (?)")) {
                Array a = c.createArrayOf("bigint", ids.toArray());
                ps.setArray(1, a);
                ps.executeUpdate();
                a.free();
            }
        });
    }

    /**
     * Links superseded revisions to the revisions that corrected them, in one statement; the
     * corrections must have been written (the link is a foreign key).
     *
     * @param oldIds ids of the superseded revisions
     * @param newIds ids of their corrections, aligned with {@code oldIds}
     */
    public void linkSuperseded(List<Long> oldIds, List<Long> newIds) {
        if (oldIds.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("update measurement o set superseded_by_id = k.new_id "
                    + "from unnest(?, ?) as k (old_id, new_id) where o.id = k.old_id")) {
                Array olds = c.createArrayOf("bigint", oldIds.toArray());
                Array news = c.createArrayOf("bigint", newIds.toArray());
                ps.setArray(1, olds);
                ps.setArray(2, news);
                ps.executeUpdate();
                olds.free();
                news.free();
            }
        });
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
