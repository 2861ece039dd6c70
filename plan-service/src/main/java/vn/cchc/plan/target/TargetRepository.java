package vn.cchc.plan.target;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
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
     * One number for everything a digest of the subtree would answer: a 64-bit hash of each row's content
     * (plan, unit code and path, group key and area, ref, flagged, position, measures; seeded by the target
     * id), summed exactly. Any change to what the digest would say changes it; reading it costs the plans'
     * index and {@code target_digest_idx} only (about 0.15 s of one core for the whole country, against
     * about a second of CPU to write and read the 28 MB digest).
     */
    private static final String DIGEST_FINGERPRINT_SQL = """
            select count(*),
                   coalesce(sum(hashtextextended(concat_ws('|', p.id, u.code, u.path, coalesce(g.key, '-'), coalesce(g.area, '-'),
                                                           t.ref, t.flagged, t.position, t.measures_digest::text), t.id)), 0)
              from plan p
              join org_unit u on u.id = p.unit_id
              join target t on t.plan_id = p.id
              left join plan_group g on g.id = t.group_id
             where u.path like ? and p.year = ?
            """;

    /**
     * @param scopePath materialised path the plans' units must lie under; "/" for everything
     * @param year      plan year
     * @return the fingerprint of the digest {@link #digest} would read now, on the request's connection
     */
    public DigestFingerprint digestFingerprint(String scopePath, int year) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> digestFingerprint(c, scopePath, year));
    }

    /**
     * @param connection a connection; inside a repeatable-read transaction the fingerprint is that of the
     *                   digest {@link #digest} then reads in the same transaction
     * @param scopePath  materialised path the plans' units must lie under; "/" for everything
     * @param year       plan year
     * @return how many targets the digest holds and the hash of their content
     * @throws SQLException when the database fails
     */
    static DigestFingerprint digestFingerprint(Connection connection, String scopePath, int year) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(DIGEST_FINGERPRINT_SQL)) {
            ps.setString(1, scopePath + "%");
            ps.setInt(2, year);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return new DigestFingerprint(r.getLong(1), r.getBigDecimal(2));
            }
        }
    }

    /**
     * Reads the digest of every target of a subtree's plans for a year, row by row from a cursor (2,000
     * rows a fetch), handing each to {@code each} as it comes: a national digest (~125,000 targets) is
     * written out while it is read, never held. Plain JDBC on a connection of its own, so that it works where
     * the request's session is gone (a streamed answer).
     *
     * @param connection a connection of the datasource, not in use elsewhere, inside a transaction (the
     *                   driver keeps a cursor only there); the caller ends it
     * @param scopePath  materialised path the plans' units must lie under; "/" for everything
     * @param year       plan year
     * @param each       what to do with each target, by unit path, plan, then document order
     * @return how many targets were read
     * @throws SQLException when the database fails
     */
    static long digest(Connection connection, String scopePath, int year, Consumer<TargetDigest> each) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(DIGEST_SQL)) {
            ps.setFetchSize(2000);
            ps.setString(1, scopePath + "%");
            ps.setInt(2, year);
            long n = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    each.accept(new TargetDigest(r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getBoolean(8), r.getString(9)));
                    n++;
                }
            }
            return n;
        }
    }
}
