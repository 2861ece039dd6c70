package vn.cchc.kpi.measurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitRef;

/**
 * A bulk write of the documented maximum (5000 rows) completes, and its SQL does not grow per row: the
 * queries are a fixed few (catalogue, current values) whatever the size, and the statements sent are
 * JDBC batches and sequence calls, far fewer than the rows (Hibernate statistics, on in the test
 * profile). Before the batch rewrite every row cost an indicator query, a current-value query and its
 * own flushed insert, and a 5000-row request ran past the 60 s transaction timeout. No timing is
 * asserted. Units {@code HN-BULK…} exist only in this test's registry (children of HN); the periods are
 * the months of 2000–2020, which no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MeasurementBulkSizeTest {

    private static final String HEADER = "unit,indicator,period,windowStart,windowEnd,value,numerator,denominator,note\n";
    private static final int MONTHS = 250;

    @InjectMock
    @RestClient
    UnitDirectory directory;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeasurementCopy copy;

    @Inject
    vn.cchc.kpi.indicator.IndicatorRepository indicators;

    @BeforeEach
    void registry() {
        UnitRegistryMock.install(directory);
        // the HN-BULK… units of these tests are HN's wards as well; a batch asks for its units in one request
        doAnswer(call -> {
            List<String> codes = call.getArgument(0);
            List<UnitRef> found = codes.stream().map(MeasurementBulkSizeTest::unit).filter(java.util.Objects::nonNull).toList();
            return new vn.cchc.common.unit.UnitPage(found, 0, call.getArgument(1), found.size());
        }).when(directory).byCodes(anyList(), anyInt());
        doAnswer(call -> {
            UnitRef unit = unit(call.getArgument(0));
            if (unit == null) {
                throw new jakarta.ws.rs.WebApplicationException(404);
            }
            return unit;
        }).when(directory).get(anyString());
    }

    private static UnitRef unit(String code) {
        List<String> path = code.startsWith("HN-BULK") ? List.of("HN", code) : UnitRegistryMock.UNITS.get(code);
        return path == null ? null : new UnitRef(code, "Đơn vị " + code, path.size() > 1 ? path.get(0) : null, path);
    }

    /** {@code rows} ratio rows of TTHC_ON_TIME: units {@code <prefix>00..}, each over {@link #MONTHS} months from 2000-01. */
    private static String csv(String prefix, int rows, int numerator) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            int month = i % MONTHS;
            b.append(prefix).append(String.format("%02d", i / MONTHS)).append(",TTHC_ON_TIME,")
                    .append(2000 + month / 12).append('-').append(String.format("%02d", 1 + month % 12))
                    .append(",,,,").append(numerator).append(",100,\n");
        }
        return b.toString();
    }

    private ValidatableResponse post(String csv, boolean supersede) {
        return given().contentType("text/csv; charset=UTF-8").queryParam("supersede", supersede).body(csv)
                .post("/api/v1/measurements/bulk").then();
    }

    /** Runs one request with fresh statistics and returns them. */
    private Statistics counted(Runnable request) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        request.run();
        return stats;
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theMaximumBatchIsWrittenWithAFixedNumberOfQueriesAndBatchedStatements() {
        Statistics small = counted(() -> post(csv("HN-BULKS", 2, 90), false).statusCode(201).body("written", equalTo(2)));
        long smallQueries = small.getQueryExecutionCount();

        int max = MeasurementBulk.MAX_ROWS;
        Statistics big = counted(() -> post(csv("HN-BULKA", max, 90), false).statusCode(201)
                .body("rows", equalTo(max)).body("created", equalTo(max)).body("written", equalTo(max))
                .body("items.size()", equalTo(0)));
        assertEquals(smallQueries, big.getQueryExecutionCount(), "queries must not grow with the rows");
        // one COPY, not an entity insert per row; besides it, one id block (a sequence call) per 1,000 rows
        assertEquals(0, big.getEntityInsertCount());
        long statements = big.getPrepareStatementCount();
        assertTrue(statements <= small.getPrepareStatementCount() + max / 1000,
                statements + " statements for " + max + " rows, " + small.getPrepareStatementCount() + " for 2");
        given().queryParam("unit", "HN-BULKA19").queryParam("indicator", "TTHC_ON_TIME").get("/api/v1/measurements")
                .then().statusCode(200).body("total", equalTo(MONTHS));

        // the same keys again, as corrections: set-based supersede, no superseded row loaded as an entity
        Statistics again = counted(() -> post(csv("HN-BULKA", max, 95), true).statusCode(201)
                .body("created", equalTo(0)).body("corrected", equalTo(max)).body("written", equalTo(max)));
        assertEquals(smallQueries, again.getQueryExecutionCount(), "queries must not grow with the rows");
        assertTrue(again.getEntityLoadCount() <= 1, "superseded rows must not be loaded one by one: " + again.getEntityLoadCount());
        assertTrue(again.getPrepareStatementCount() <= small.getPrepareStatementCount() + max / 1000 + 2,
                again.getPrepareStatementCount() + " statements for " + max + " corrections");
        int id = given().queryParam("unit", "HN-BULKA07").queryParam("indicator", "TTHC_ON_TIME").queryParam("period", "2003-05")
                .get("/api/v1/measurements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].revision", equalTo(2)).body("items[0].value", equalTo(95))
                .extract().path("items[0].id");
        given().get("/api/v1/measurements/" + id + "/history").then().statusCode(200)
                .body("items.revision", contains(2, 1))
                .body("items.current", contains(true, false))
                .body("items.value", contains(95, 90))
                .body("items[1].supersededById", equalTo(id))
                .body("items[0].supersedesId", equalTo(given().get("/api/v1/measurements/" + id + "/history").then()
                        .extract().path("items[1].id")));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void oneRowOverTheMaximumIsRefusedAndTheRowsAreEchoedOnlyWhenAsked() {
        post(csv("HN-BULKB", MeasurementBulk.MAX_ROWS + 1, 90), false).statusCode(422)
                .body("errors.field", contains("rows"));
        given().contentType("text/csv; charset=UTF-8").queryParam("echo", "all").body(csv("HN-BULKB", 1, 90))
                .post("/api/v1/measurements/bulk").then().statusCode(422).body("errors.field", contains("echo"));
        given().queryParam("unit", "HN-BULKB00").get("/api/v1/measurements").then().body("total", equalTo(0));
        given().contentType("text/csv; charset=UTF-8").queryParam("echo", "rows").body(csv("HN-BULKB", 3, 90))
                .post("/api/v1/measurements/bulk").then().statusCode(201)
                .body("written", equalTo(3))
                .body("items.period", contains("2000-01", "2000-02", "2000-03"))
                .body("items.createdBy", contains("hanoi.supervisor", "hanoi.supervisor", "hanoi.supervisor"))
                .body("items.source", contains("IMPORT", "IMPORT", "IMPORT"));
    }

    @Test
    void aRaceLostInsideACopyIsStillRecognisedAsTheUniqueCurrentValue() {
        // two current rows of one key in one COPY: it fails, and the service must still recognise
        // measurement_current_uk in it (it answers 409 for a race lost to another writer)
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(jakarta.persistence.PersistenceException.class, () ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                    var indicator = indicators.findByCode("TTHC_ON_TIME").orElseThrow();
                    List<Measurement> rows = new java.util.ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        Measurement m = new Measurement();
                        m.unitCode = "HN-BULKR00";
                        m.indicator = indicator;
                        m.period = i == 0 ? "2001-01" : "2000-01";
                        m.periodKind = PeriodKind.MONTH;
                        m.windowStart = java.time.LocalDate.of(2000, 1, 1);
                        m.windowEnd = java.time.LocalDate.of(2000, 1, 31);
                        m.value = java.math.BigDecimal.TEN;
                        m.numerator = java.math.BigDecimal.ONE;
                        m.denominator = java.math.BigDecimal.TEN;
                        m.source = MeasurementSource.IMPORT;
                        m.revision = i + 1;
                        m.current = true;
                        m.createdAt = java.time.Instant.now();
                        rows.add(m);
                    }
                    copy.insert(rows);
                }));
        assertTrue(vn.cchc.common.persistence.UniqueViolation.of(thrown, "measurement_current_uk"), thrown.toString());
    }
}
