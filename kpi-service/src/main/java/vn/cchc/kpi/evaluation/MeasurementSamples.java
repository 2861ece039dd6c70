package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * The current measurements a batch evaluation needs, read in ONE query for every unit and indicator and
 * handed over unit by unit, as rows (plain JDBC with a server-side cursor: no entities, no persistence
 * context). A national evaluation touches several hundred thousand rows; held all at once, as entities
 * or even as rows, they did not fit a 256 MB heap, so the rows stream in unit order and only one unit's
 * measurements are held at a time.
 */
@ApplicationScoped
public class MeasurementSamples {

    /** Rows fetched per round trip of the cursor. */
    static final int FETCH_SIZE = 2000;

    private static final String TOUCHING = """
            select unit_code, indicator_id, id, window_start, window_end, value, numerator, denominator
              from measurement
             where current and unit_code = any(?) and indicator_id = any(?) and window_start <= ?
               and (window_end >= ? or (indicator_id = any(?) and window_end >= ?))
             order by unit_code
            """;

    private static final String NO_SORT = "set local enable_sort = off";
    /** Where PostgreSQL still sorts (no better plan), the sort stays in memory, off the disk. */
    private static final String SORT_MEMORY = "set local work_mem = '32MB'";

    private static final String MEASURED_INSIDE = """
            select distinct unit_code from measurement
             where current and unit_code = any(?) and indicator_id = ? and window_start >= ? and window_end <= ?
            """;

    private final DataSource dataSource;

    public MeasurementSamples(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param unitCodes    units to read
     * @param indicatorIds indicators to read
     * @param from         first day of interest: rows ending before it are not read
     * @param to           last day of interest: rows starting after it are not read
     * @param earlyIds     indicators read from {@code earlyFrom} on instead of {@code from} (those with a
     *                     baseline year to compare with); may be empty
     * @param earlyFrom    first day of interest for {@code earlyIds}, not after {@code from}
     * @param perUnit      called once per unit that has at least one such measurement, with its samples by
     *                     indicator id (without their period label), in unit code order; units without any are not called
     * @throws IllegalStateException when the database fails (a 500: nothing is written here)
     */
    @WithSpan
    public void forEachUnit(Collection<String> unitCodes, Collection<Long> indicatorIds, LocalDate from, LocalDate to,
                            Collection<Long> earlyIds, LocalDate earlyFrom,
                            BiConsumer<String, Map<Long, List<WindowAggregator.Sample>>> perUnit) {
        if (unitCodes.isEmpty() || indicatorIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            // the PostgreSQL driver uses a cursor (fetch size) only inside a transaction; this one only reads
            boolean auto = c.getAutoCommit();
            if (auto) {
                c.setAutoCommit(false);
            }
            try (Statement st = c.createStatement()) {
                // the rows come in unit order from measurement_current_uk (unit, indicator, period), streamed as
                // read; without this PostgreSQL prefers, for a national read, to scan the table and sort
                // ~400,000 rows before the first one comes out (about twice the CPU, and nothing to overlap with)
                st.execute(NO_SORT);
                st.execute(SORT_MEMORY);
            }
            try (PreparedStatement ps = c.prepareStatement(TOUCHING)) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setArray(1, c.createArrayOf("varchar", unitCodes.toArray()));
                ps.setArray(2, c.createArrayOf("bigint", indicatorIds.toArray()));
                ps.setObject(3, to);
                ps.setObject(4, from);
                ps.setArray(5, c.createArrayOf("bigint", earlyIds.toArray()));
                ps.setObject(6, earlyFrom);
                try (ResultSet rs = ps.executeQuery()) {
                    String unit = null;
                    Map<Long, List<WindowAggregator.Sample>> byIndicator = new HashMap<>();
                    while (rs.next()) {
                        String u = rs.getString(1);
                        if (unit != null && !unit.equals(u)) {
                            perUnit.accept(unit, byIndicator);
                            byIndicator = new HashMap<>();
                        }
                        unit = u;
                        // the period label is not read: judging goes by the dates (a national read decodes ~420,000 rows)
                        byIndicator.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new WindowAggregator.Sample(rs.getLong(3),
                                null, rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
                                rs.getBigDecimal(7), rs.getBigDecimal(8)));
                    }
                    if (unit != null) {
                        perUnit.accept(unit, byIndicator);
                    }
                }
            } finally {
                if (auto) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the measurements failed", e);
        }
    }

    /**
     * @param unitCodes   units
     * @param indicatorId an indicator
     * @param from        first day of the window
     * @param to          last day of the window
     * @return the units with at least one current measurement of the indicator lying fully inside
     *         [from, to] (the ones {@link WindowAggregator} gives a value for)
     * @throws IllegalStateException when the database fails
     */
    @WithSpan
    public Set<String> unitsMeasuredInside(Collection<String> unitCodes, long indicatorId, LocalDate from, LocalDate to) {
        Set<String> out = new HashSet<>();
        if (unitCodes.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(MEASURED_INSIDE)) {
            ps.setArray(1, c.createArrayOf("varchar", unitCodes.toArray()));
            ps.setLong(2, indicatorId);
            ps.setObject(3, from);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the measurements failed", e);
        }
        return out;
    }
}
