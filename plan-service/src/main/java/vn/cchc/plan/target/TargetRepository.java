package vn.cchc.plan.target;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import org.hibernate.Session;
import vn.cchc.common.api.Like;
import java.util.List;
import vn.cchc.plan.area.ReformArea;

/** Queries on targets. */
@ApplicationScoped
public class TargetRepository implements PanacheRepository<Target> {

    /** @return the plan's targets in document order */
    public List<Target> ofPlan(long planId) {
        return list("plan.id", Sort.by("position"), planId);
    }

    /**
     * @param scopePath unit path the plans' units must lie under
     * @param planId    only this plan, when not null
     * @param units     only plans of these unit codes, when not empty
     * @param year      only plans of this year, when not null
     * @param area      only this reform area, when not null
     * @param flagged   only flagged (true) or only structured (false) targets, when not null
     * @param folded    folded text the sentence must contain, when not null
     * @return targets ordered by unit path, plan, then document order
     */
    public PanacheQuery<Target> search(String scopePath, Long planId, List<String> units, Integer year,
                                       ReformArea area, Boolean flagged, String folded) {
        StringBuilder q = new StringBuilder("plan.unit.path like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (planId != null) {
            q.append(" and plan.id = :plan");
            p.and("plan", planId);
        }
        if (units != null && !units.isEmpty()) {
            q.append(" and plan.unit.code in :units");
            p.and("units", units);
        }
        if (year != null) {
            q.append(" and plan.year = :year");
            p.and("year", year);
        }
        if (area != null) {
            q.append(" and group.area = :area");
            p.and("area", area);
        }
        if (flagged != null) {
            q.append(" and flagged = :flagged");
            p.and("flagged", flagged);
        }
        if (folded != null) {
            q.append(" and textFolded like :text" + Like.ESCAPE);
            p.and("text", Like.contains(folded));
        }
        return find(q.toString(), Sort.by("plan.unit.path").and("plan.id").and("position"), p);
    }

    /**
     * The measures as stored for reading (V4: {@code measures_digest}, without clauses and nulls, kept by
     * PostgreSQL). The plans are sorted first (a few thousand rows), then each plan's targets come from
     * {@code target_digest_idx} (V5) in document order, so only each plan's rows are sorted (incremental
     * sort), never the whole country's wide rows.
     */
    private static final String DIGEST_SQL = """
            select t.id, p.id, p.code, p.year, g.key, g.area, t.ref, t.flagged, t.measures_digest::text
              from (select p.id, u.code, p.year, u.path
                      from plan p
                      join org_unit u on u.id = p.unit_id
                     where u.path like ? and p.year = ?
                     order by u.path, p.id
                    offset 0) p  -- offset 0: the plans stay a sorted subquery of their own
             cross join lateral (select t.id, t.group_id, t.ref, t.flagged, t.measures_digest, t.position
                                   from target t
                                  where t.plan_id = p.id
                                  order by t.position) t
              left join lateral (select g.key, g.area from plan_group g where g.id = t.group_id) g on true
             order by p.path, p.id, t.position
            """;

    /**
     * One query for the digest of every target of a subtree's plans for a year.
     *
     * @param scopePath materialised path the plans' units must lie under; "/" for everything
     * @param year      plan year
     * @param limit     most rows read; one more than the caller accepts, so that it can tell "too many"
     * @return the targets by unit path, plan, then document order
     */
    public List<TargetDigest> digest(String scopePath, int year, int limit) {
        // plain JDBC on the session's connection: a national digest is ~125,000 rows, and Hibernate's
        // per-row handling of a native query cost more than reading them
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(DIGEST_SQL + " limit ?")) {
                ps.setString(1, scopePath + "%");
                ps.setInt(2, year);
                ps.setInt(3, limit);
                List<TargetDigest> out = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new TargetDigest(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6),
                                r.getString(7), r.getBoolean(8), r.getString(9)));
                    }
                }
                return out;
            }
        });
    }
}
