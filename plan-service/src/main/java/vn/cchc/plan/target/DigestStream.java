package vn.cchc.plan.target;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.Turns;

/**
 * The answer of {@code GET /api/v1/targets/digest} written while its rows are read: the shape of
 * {@link TargetDigest.Digests} ({@code parent}, {@code year}, {@code items}, then {@code total}, the
 * number of items written), each item serialised by the application's mapper exactly as the record would
 * be; a few at once ({@link #turn}). Holding the whole country's digest (~125,000 records, then its 28 MB of JSON) had grown
 * plan-service's heap to its maximum for every national evaluation, and kept its resident memory there
 * (issue 7, scenario 5).
 */
@ApplicationScoped
public class DigestStream {

    private final AgroalDataSource dataSource;
    private final ObjectWriter items;
    private final ObjectMapper json;
    private final Turns turns;

    public DigestStream(AgroalDataSource dataSource, ObjectMapper json, DigestConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.turns = new Turns(config.concurrent(), config.queueTimeout(), config.concurrent() + " target digests are being written");
        // one flush at the end, not one per item
        this.items = json.writerFor(TargetDigest.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /**
     * Waits for a turn to write a digest: at most {@link DigestConfig#concurrent()} at once, each holding a
     * database connection until its answer is read (see {@link DigestConfig}).
     *
     * @param ended where to hand the release, run once the answer has ended or its connection closed
     *              (e.g. the request's {@code RoutingContext::addEndHandler}); it may also be run earlier
     *              by the caller when the answer will not be written
     * @return the release, idempotent
     * @throws ProblemException 429 (with Retry-After) when no turn came within {@link DigestConfig#queueTimeout()}
     */
    public Runnable turn(Consumer<Runnable> ended) {
        return turns.take(ended);
    }

    /**
     * Takes a turn ({@link #turn}) and opens the digest's read: a connection of its own, in a read-only
     * repeatable-read transaction, in which the fingerprint is read now and the rows later, when the answer
     * is written, so that the entity tag sent is that of the bytes sent.
     *
     * @param parent    the parent asked for, null for everything the caller reads (written as given)
     * @param scopePath materialised path the plans' units must lie under, the caller's scope already applied
     * @param year      plan year
     * @param ended     as {@link #turn}: where to hand the release (turn and connection), run once the answer
     *                  has ended or its connection closed — at once when that happened while the request
     *                  waited for its turn
     * @return the digest to answer; {@link Snapshot#close()} it when it will not be written
     * @throws ProblemException 429 when no turn came in time
     * @throws IllegalStateException when the database fails
     */
    public Snapshot open(String parent, String scopePath, int year, Consumer<Runnable> ended) {
        AtomicReference<Snapshot> opened = new AtomicReference<>();
        AtomicBoolean gone = new AtomicBoolean();
        Runnable release = turn(r -> ended.accept(() -> {
            gone.set(true);
            Snapshot s = opened.get();
            if (s != null) {
                s.close(); // nothing while the answer is being written: the writing thread ends it
            }
            r.run();
        }));
        Snapshot s;
        try {
            s = new Snapshot(parent, scopePath, year, dataSource.getConnection());
        } catch (SQLException | RuntimeException e) {
            release.run();
            throw e instanceof SQLException ? new IllegalStateException("the digest could not be opened", e) : (RuntimeException) e;
        }
        opened.set(s);
        if (gone.get()) {
            // the request ended while the snapshot was being opened: no one else will close it
            s.close();
        }
        return s;
    }

    /**
     * One digest, read in one snapshot: its {@link #fingerprint()} now, its rows as it is written (the shape
     * of {@link TargetDigest.Digests}: {@code parent}, {@code year}, {@code items}, then {@code total}).
     * Closing it (idempotent) ends the transaction and gives the connection back.
     */
    public final class Snapshot implements StreamingOutput, AutoCloseable {

        private static final int OPEN = 0;
        private static final int WRITING = 1;
        private static final int CLOSED = 2;

        private final String parent;
        private final String scopePath;
        private final int year;
        private final Connection connection;
        private final int isolation;
        private final DigestFingerprint fingerprint;
        /** {@link #OPEN}, {@link #WRITING} or {@link #CLOSED}: a write in progress closes the snapshot itself. */
        private final AtomicInteger state = new AtomicInteger(OPEN);

        private Snapshot(String parent, String scopePath, int year, Connection connection) throws SQLException {
            this.parent = parent;
            this.scopePath = scopePath;
            this.year = year;
            this.connection = connection;
            this.isolation = connection.getTransactionIsolation();
            try {
                // the driver keeps a cursor (fetch size) only inside a transaction; repeatable read: one snapshot for both reads
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
                this.fingerprint = TargetRepository.digestFingerprint(connection, scopePath, year);
            } catch (SQLException | RuntimeException e) {
                close();
                throw e;
            }
        }

        /** @return what the digest holds, read in its snapshot */
        public DigestFingerprint fingerprint() {
            return fingerprint;
        }

        /** @return the entity tag of this digest ({@link DigestFingerprint#tag}) */
        public jakarta.ws.rs.core.EntityTag tag() {
            return fingerprint.tag(scopePath, parent, year);
        }

        @Override
        public void write(OutputStream out) throws IOException {
            if (!state.compareAndSet(OPEN, WRITING)) {
                throw new IOException("the digest's read was closed before it was written");
            }
            try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("parent", parent);
                g.writeNumberField("year", year);
                g.writeArrayFieldStart("items");
                long n = TargetRepository.digest(connection, scopePath, year, d -> {
                    try {
                        items.writeValue(g, d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                g.writeEndArray();
                g.writeNumberField("total", n);
                g.writeEndObject();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (SQLException e) {
                // the status is already sent: the client sees a cut answer, which no JSON reader takes for whole
                throw new IOException("the targets could not be read while the digest was written", e);
            } finally {
                state.set(CLOSED);
                end();
            }
        }

        /**
         * Ends the read-only transaction and returns the connection to the pool, unless the answer is being
         * written (then {@link #write} does it when it ends); idempotent.
         */
        @Override
        public void close() {
            if (state.compareAndSet(OPEN, CLOSED)) {
                end();
            }
        }

        private void end() {
            try (connection) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                Log.warnf(e, "closing a target digest's connection failed");
            }
        }
    }
}
