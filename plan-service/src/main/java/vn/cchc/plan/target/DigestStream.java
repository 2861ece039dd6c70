package vn.cchc.plan.target;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
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
    public Runnable turn(java.util.function.Consumer<Runnable> ended) {
        turns.take();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                turns.release();
            }
        };
        ended.accept(release);
        return release;
    }

    /**
     * @param parent    the parent asked for, null for everything the caller reads (written as given)
     * @param scopePath materialised path the plans' units must lie under, the caller's scope already applied
     * @param year      plan year
     * @return the body; it reads the targets on a connection of its own when written
     */
    public StreamingOutput of(String parent, String scopePath, int year) {
        return out -> {
            try (JsonGenerator g = json.getFactory().createGenerator(out); Connection c = dataSource.getConnection()) {
                g.writeStartObject();
                g.writeStringField("parent", parent);
                g.writeNumberField("year", year);
                g.writeArrayFieldStart("items");
                long n = TargetRepository.digest(c, scopePath, year, d -> {
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
            }
        };
    }
}
