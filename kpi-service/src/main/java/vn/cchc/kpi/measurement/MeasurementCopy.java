package vn.cchc.kpi.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.postgresql.PGConnection;

/**
 * Inserts new measurement revisions with PostgreSQL's {@code COPY … FROM STDIN}, inside the caller's
 * transaction, for bulk writes (issue 7, scenario 4: ingestion within a few times of {@code COPY}).
 * A row costs the database what {@code COPY} costs, and the service no persistence-context entry, no
 * flush event and no bound statement: at 1,000 rows a request, Hibernate's per-entity insert had been
 * most of a bulk write's time.
 * <p>
 * The ids come from the entity's own generator (the {@code measurement_seq} pool of
 * {@link Measurement}), so rows written here and by {@code persist} never share an id. The rows are
 * formatted by Apache Commons CSV in {@link CSVFormat#POSTGRESQL_CSV} (unquoted empty = NULL, every
 * value quoted). Constraints and triggers apply as to any insert: a unique violation on
 * {@code measurement_current_uk} surfaces as a {@link org.hibernate.JDBCException} for
 * {@link MeasurementService#raced} to judge.
 */
@ApplicationScoped
class MeasurementCopy {

    /** The columns written, in the order {@link #row} gives their values. */
    private static final String COPY = "copy measurement (id, unit_code, indicator_id, period, period_kind, window_start, window_end, "
            + "value, numerator, denominator, source, note, revision, current, supersedes_id, superseded_by_id, created_at, created_by) "
            + "from stdin with (format csv)";

    private final EntityManager em;

    MeasurementCopy(EntityManager em) {
        this.em = em;
    }

    /**
     * Gives each revision its id and inserts them all with one {@code COPY}, in the current transaction.
     *
     * @param revisions new revisions without ids, their indicator set (an entity with its id)
     * @throws org.hibernate.JDBCException when the database refuses a row (a unique violation when a
     *                                     concurrent write took a key); nothing of the batch is then kept
     *                                     once the transaction rolls back
     */
    void insert(List<Measurement> revisions) {
        if (revisions.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        var generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(Measurement.class).getGenerator();
        StringWriter csv = new StringWriter(revisions.size() * 160);
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Measurement m : revisions) {
                m.id = (Long) generator.generate(session, m, null, EventType.INSERT);
                out.printRecord(row(m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        em.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY of " + revisions.size() + " measurements could not be sent", e);
            }
        });
    }

    /** The values of one revision in the order of {@link #COPY}; null is written as SQL NULL. */
    private static Object[] row(Measurement m) {
        return new Object[] {m.id, m.unitCode, m.indicator.id, m.period, m.periodKind.name(), m.windowStart, m.windowEnd,
                m.value.toPlainString(), plain(m.numerator), plain(m.denominator), m.source.name(), m.note, m.revision, m.current,
                m.supersedesId, m.supersededById, m.createdAt, m.createdBy};
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
