package vn.cchc.plan.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.plan.exchange.DemoData;

/**
 * A digest's snapshot (turn, connection, repeatable-read transaction) comes back whichever way the request
 * ends: written, never written, or ended while the request still waited for its turn (the client gave up:
 * Vert.x then calls no end handler added later, and the release runs at once).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DigestSnapshotTest {

    private record Config(int concurrent, Duration queueTimeout) implements DigestConfig {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    DemoData demo;

    @Inject
    DigestStream appDigests;

    @TestHTTPResource("/")
    URI url;

    @BeforeEach
    void load() throws IOException {
        demo.load();
    }

    @Test
    void aRequestThatEndedWhileItWaitedGivesTurnAndConnectionBackAtOnce() throws Exception {
        DigestStream digests = new DigestStream(dataSource, json, new Config(1, Duration.ofMillis(100)));
        // the request had ended before its turn came: the release runs as soon as it is handed over
        DigestStream.Snapshot gone = digests.open(null, "/", 2026, Runnable::run);
        assertThrows(IOException.class, () -> gone.write(new ByteArrayOutputStream()), "closed: nothing is read any more");
        assertEquals(0, openTransactions(), "its connection went back to the pool, its transaction ended");

        // the one turn is free again: a digest written to its end gives it back too
        List<Runnable> atEnd = new ArrayList<>();
        DigestStream.Snapshot written = digests.open(null, "/", 2026, atEnd::add);
        assertTrue(written.fingerprint().count() > 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written.write(out);
        assertEquals(written.fingerprint().count(), json.readTree(out.toByteArray()).get("total").asLong(), "the rows of the tag's snapshot");
        assertEquals(0, openTransactions());
        atEnd.forEach(Runnable::run);

        // one never written (e.g. a 422 after it opened) is closed by the request's end
        atEnd.clear();
        digests.open(null, "/", 2026, atEnd::add);
        assertEquals(1, openTransactions(), "held while the answer may still be written");
        atEnd.forEach(Runnable::run);
        assertEquals(0, openTransactions());
        digests.open(null, "/", 2026, Runnable::run);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aClientThatGaveUpWhileQueuedLosesNoTurnAndNoConnection() throws Exception {
        // every turn taken, so the request below queues; its client gives up after half a second
        List<Runnable> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(appDigests.turn(r -> { }));
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/targets/digest?year=2026"))
                .timeout(Duration.ofMillis(500)).build();
        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.discarding()));
        Thread.sleep(300); // the server has seen the connection close
        held.forEach(Runnable::run); // the queued request now gets its turn, for a client that is gone
        Thread.sleep(1000);
        assertEquals(0, openTransactions(), "no snapshot left open for the client that left");
        for (int i = 0; i < 4; i++) {
            held.set(i, appDigests.turn(r -> { })); // all four turns are there: none waits 10 s into a 429
        }
        held.forEach(Runnable::run);
    }

    /** Connections of this database left inside a transaction (other than the one asking). */
    private long openTransactions() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select count(*) from pg_stat_activity where datname = current_database() "
                     + "and state like 'idle in transaction%' and pid <> pg_backend_pid()")) {
            r.next();
            return r.getLong(1);
        }
    }
}
