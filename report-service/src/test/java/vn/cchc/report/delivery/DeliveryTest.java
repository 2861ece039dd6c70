package vn.cchc.report.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.report.event.DeliveryOutcome;
import vn.cchc.report.event.ReportSent;

/**
 * The delivery guarantees, proven against the portal stand-in ({@link PortalStandIn}) with a real
 * (embedded) PostgreSQL: the outbox row is written in the sender's transaction; a portal failing
 * twice, or down for a while, still gets exactly one filing per version; a rejection is final with
 * the portal's reason; a worker dying between sending and recording does not file twice; two workers
 * at once never send the same row. The scheduler is off in tests: the worker is called with a clock
 * the test moves (backoff 1 s doubling, capped at 8 s, lease 30 s; see application.properties).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(PortalStandInResource.class)
class DeliveryTest {

    private static final AtomicLong REPORT_IDS = new AtomicLong(5000);
    private static final String BADINH_PATH = "/VN/HN/HN-BADINH/";
    private static final String PAYLOAD = """
            {"reportId": %d, "version": %d, "unitCode": "HN-BADINH", "period": "2026-Q1",
             "title": "Báo cáo kết quả thực hiện công tác cải cách hành chính Quý I năm 2026"}""";

    @Inject
    Event<ReportSent> sent;
    @Inject
    DeliveryWorker worker;
    @Inject
    DeliveryStore store;
    @Inject
    DeliveryOutbox outbox;
    @Inject
    OutcomeRecorder outcomes;
    @Inject
    EntityManager em;

    private final PortalStandIn portal = PortalStandInResource.portal;

    @AfterEach
    void portalBack() throws Exception {
        portal.restart();
        portal.failNext(0, 503);
        portal.rejectNext(0, "");
        // nothing a test leaves pending (e.g. after a failed assertion) is counted by the next one
        worker.deliverDue(Instant.now().plus(Duration.ofDays(1)));
    }

    /** Sends a report version the way the life cycle does: the event inside the transaction that marks it sent. */
    private long send(long reportId, int version) {
        QuarkusTransaction.requiringNew().run(() -> sent.fire(new ReportSent(reportId, version, "HN-BADINH", BADINH_PATH,
                "hanoi-cchc", PAYLOAD.formatted(reportId, version))));
        return reportId;
    }

    private Delivery row(long reportId, int version) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "from Delivery where reportId = :r and reportVersion = :v", Delivery.class)
                .setParameter("r", reportId).setParameter("v", version).getSingleResult());
    }

    @Test
    void portalFailingTwiceThenSucceedingFilesEachVersionExactlyOnce() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        portal.failNext(2, 503);
        Instant t0 = Instant.now();
        assertEquals(1, worker.deliverDue(t0));
        Delivery d = row(report, 1);
        assertEquals(DeliveryStatus.PENDING, d.status);
        assertEquals(1, d.attempts);
        assertTrue(d.nextAttemptAt.isAfter(t0), "backs off after a failure");
        assertEquals(0, worker.deliverDue(t0), "nothing is due during the backoff");
        assertEquals(1, worker.deliverDue(t0.plusSeconds(2)));
        assertEquals(1, worker.deliverDue(t0.plusSeconds(10)));
        assertEquals(DeliveryStatus.DELIVERED, row(report, 1).status);
        assertEquals(1, portal.filed(report + ":1").size());
        assertEquals(List.of(new DeliveryOutcome(report, 1, DeliveryOutcome.Status.DELIVERED, null)), outcomes.of(report, 1));
        // the same version sent again (e.g. a retried request of the life cycle) adds no second delivery
        send(report, 1);
        assertEquals(0, worker.deliverDue(t0.plusSeconds(20)));
        // the next version is a delivery of its own, with its own key
        send(report, 2);
        assertEquals(1, worker.deliverDue(t0.plusSeconds(20)));
        assertEquals(1, portal.filed(report + ":2").size());
        assertEquals(1, portal.filed(report + ":1").size());
        String body = portal.filed(report + ":2").get(0).body();
        assertEquals(PAYLOAD.formatted(report, 2), body, "the portal receives the snapshot exactly, diacritics intact");
        assertEquals(1, outcomes.of(report, 1).size(), "the outcome is fired once");
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void deliveryLogShowsEveryAttemptToTheOfficer() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        portal.failNext(2, 503);
        Instant t0 = Instant.now();
        worker.deliverDue(t0);
        worker.deliverDue(t0.plusSeconds(2));
        given().queryParam("report", report).get("/api/v1/deliveries").then().statusCode(200)
                .body("reportId", equalTo((int) report))
                .body("deliveries[0].status", equalTo("PENDING"))
                .body("deliveries[0].nextAttemptAt", not(nullValue()))
                .body("deliveries[0].reason", equalTo("Stand-in told to fail (0 more)"));
        worker.deliverDue(t0.plusSeconds(10));
        given().queryParam("report", report).get("/api/v1/deliveries").then().statusCode(200)
                .body("deliveries[0].version", equalTo(1))
                .body("deliveries[0].portal", equalTo("hanoi-cchc"))
                .body("deliveries[0].idempotencyKey", equalTo(report + ":1"))
                .body("deliveries[0].status", equalTo("DELIVERED"))
                .body("deliveries[0].attempts", equalTo(3))
                .body("deliveries[0].nextAttemptAt", nullValue())
                .body("deliveries[0].finishedAt", not(nullValue()))
                .body("deliveries[0].log.attempt", contains(1, 2, 3))
                .body("deliveries[0].log.outcome", contains("RETRY", "RETRY", "DELIVERED"))
                .body("deliveries[0].log.httpStatus", contains(503, 503, 201))
                .body("deliveries[0].log[2].reason", nullValue());
    }

    @Test
    void portalDownForAWhileGetsTheReportWhenBack() throws Exception {
        portal.stop();
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        Instant t = Instant.now();
        // an hour of the portal refusing connections, the worker running on every due time
        Instant end = t.plus(Duration.ofHours(1));
        int rounds = 0;
        while (t.isBefore(end)) {
            worker.deliverDue(t);
            Delivery d = row(report, 1);
            assertEquals(DeliveryStatus.PENDING, d.status, "transient failures never give up");
            assertFalse(Duration.between(t, d.nextAttemptAt).compareTo(Duration.ofSeconds(9)) > 0, "backoff capped at 8 s");
            t = d.nextAttemptAt;
            rounds++;
        }
        assertTrue(rounds > 400, "kept trying all hour: " + rounds);
        assertTrue(row(report, 1).lastError.startsWith("connection refused by 127.0.0.1:"), row(report, 1).lastError);
        assertEquals(0, portal.filed(report + ":1").size());
        portal.restart();
        assertEquals(1, worker.deliverDue(t));
        assertEquals(DeliveryStatus.DELIVERED, row(report, 1).status);
        assertEquals(1, portal.filed(report + ":1").size());
        assertEquals(rounds + 1, row(report, 1).attempts);
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void permanentRejectionIsFinalWithThePortalsReason() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        portal.rejectNext(1, "Thiếu biểu tổng hợp chỉ tiêu 3.2");
        Instant t0 = Instant.now();
        assertEquals(1, worker.deliverDue(t0));
        Delivery d = row(report, 1);
        assertEquals(DeliveryStatus.REJECTED, d.status);
        assertEquals("Thiếu biểu tổng hợp chỉ tiêu 3.2", d.lastError);
        assertEquals(List.of(new DeliveryOutcome(report, 1, DeliveryOutcome.Status.REJECTED, "Thiếu biểu tổng hợp chỉ tiêu 3.2")),
                outcomes.of(report, 1));
        assertEquals(0, worker.deliverDue(t0.plus(Duration.ofDays(1))), "a rejection is never retried");
        given().queryParam("report", report).get("/api/v1/deliveries").then().statusCode(200)
                .body("deliveries[0].status", equalTo("REJECTED"))
                .body("deliveries[0].reason", equalTo("Thiếu biểu tổng hợp chỉ tiêu 3.2"))
                .body("deliveries[0].log[0].httpStatus", equalTo(422));
    }

    @Test
    void workerDyingBetweenSendAndRecordDoesNotFileTwice() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        Instant t0 = Instant.now();
        List<DeliveryStore.Claim> claims = store.claimDue(t0, 50);
        DeliveryStore.Claim mine = claims.stream().filter(c -> c.idempotencyKey().equals(report + ":1")).findFirst().orElseThrow();
        PortalAnswer answer = worker.send(mine);
        assertEquals(AttemptOutcome.DELIVERED, answer.outcome());
        // ... and the worker dies here, before recording: the row stays claimed until its lease ends
        assertEquals(DeliveryStatus.PENDING, row(report, 1).status);
        assertEquals(0, worker.deliverDue(t0.plusSeconds(10)), "nobody takes a row whose lease runs");
        assertEquals(1, worker.deliverDue(t0.plusSeconds(31)), "after the lease, another round sends it again");
        assertEquals(DeliveryStatus.DELIVERED, row(report, 1).status);
        assertEquals(1, portal.filed(report + ":1").size(), "the portal filed it once");
        assertEquals(List.of("ACCEPTED", "DUPLICATE"), portal.log().stream()
                .filter(r -> (report + ":1").equals(r.idempotencyKey())).map(PortalStandIn.Received::outcome).toList());
        // the dead worker's late record, had it come back, changes nothing
        assertEquals(DeliveryStatus.DELIVERED, store.record(mine, answer, t0, Duration.ZERO, t0));
        assertEquals(1, outcomes.of(report, 1).size());
    }

    @Test
    void twoWorkersAtOnceNeverSendTheSameRow() {
        long first = REPORT_IDS.get() + 1;
        for (int i = 0; i < 30; i++) {
            send(REPORT_IDS.incrementAndGet(), 1);
        }
        Instant t0 = Instant.now();
        var a = CompletableFuture.supplyAsync(() -> worker.deliverDue(t0));
        var b = CompletableFuture.supplyAsync(() -> worker.deliverDue(t0));
        assertEquals(30, a.join() + b.join());
        for (long r = first; r < first + 30; r++) {
            String key = r + ":1";
            assertEquals(1, portal.log().stream().filter(x -> key.equals(x.idempotencyKey())).count(), "sent once: " + key);
            assertEquals(DeliveryStatus.DELIVERED, row(r, 1).status);
        }
    }

    @Test
    void theOutboxRowNeedsTheSendersTransactionAndAConfiguredPortal() {
        long report = REPORT_IDS.incrementAndGet();
        ReportSent event = new ReportSent(report, 1, "HN-BADINH", BADINH_PATH, "hanoi-cchc", "{}");
        assertThrows(jakarta.transaction.TransactionalException.class, () -> sent.fire(event), "no transaction, no row");
        ProblemException unknown = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                sent.fire(new ReportSent(report, 1, "HN-BADINH", BADINH_PATH, "bo-noi-vu", "{}"))));
        assertEquals(409, unknown.type().status());
        // the sender's rollback takes the row with it
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            sent.fire(event);
            throw new IllegalStateException("the life cycle fails after firing");
        }));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(d) from Delivery d where reportId = :r", Long.class).setParameter("r", report).getSingleResult()));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(event)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(event)), "one row per version");
        worker.deliverDue(Instant.now());
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void supervisorOfTheCityReadsAWardsLog() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        worker.deliverDue(Instant.now());
        given().queryParam("report", report).get("/api/v1/deliveries").then().statusCode(200)
                .body("deliveries.status", contains("DELIVERED"));
    }

    @Test
    @TestSecurity(user = "danhoa.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-DANHOA"))
    void officerOfASiblingWardGets404() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        given().queryParam("report", report).get("/api/v1/deliveries").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No delivery of report " + report + " is visible to you"));
        given().queryParam("report", 987654321).get("/api/v1/deliveries").then().statusCode(404)
                .body("detail", equalTo("No delivery of report 987654321 is visible to you"));
        given().get("/api/v1/deliveries").then().statusCode(422).body("errors[0].field", equalTo("report"));
        worker.deliverDue(Instant.now());
    }

    @Test
    @TestSecurity(user = "haiduong.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HP-HAIDUONG"))
    void officerOfAnotherCityGets404() {
        long report = send(REPORT_IDS.incrementAndGet(), 1);
        worker.deliverDue(Instant.now());
        given().queryParam("report", report).get("/api/v1/deliveries").then().statusCode(404);
    }

    @Test
    void openApiDocumentsTheLogWithAValidExample() throws Exception {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/deliveries'.get.summary", equalTo("The delivery log of a report (nhật ký gửi báo cáo)"))
                .body("components.schemas.Delivery.properties.status.description", org.hamcrest.Matchers.startsWith("PENDING"));
        var example = new com.fasterxml.jackson.databind.ObjectMapper().readTree(vn.cchc.report.Examples.DELIVERY_LOG);
        assertEquals("DELIVERED", example.at("/deliveries/0/status").asText());
    }

    @Test
    void anonymousGets401() {
        given().queryParam("report", 1).get("/api/v1/deliveries").then().statusCode(401);
    }

    @Test
    void eachPortalIsAWellnessCheckNeverAReadinessOne() {
        given().get("/q/health/well").then()
                .body("checks.name", hasItem("portal-hanoi-cchc"))
                .body("checks.find { it.name == 'portal-hanoi-cchc' }.status", equalTo("UP"));
        portal.stop();
        given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'portal-hanoi-cchc' }.status", equalTo("DOWN"));
        given().get("/q/health/ready").then().body("checks.name", not(hasItem("portal-hanoi-cchc")));
    }
}
