package vn.cchc.report.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.report.FakeSources;
import vn.cchc.report.SentEvents;
import vn.cchc.report.content.ContentHash;
import vn.cchc.report.event.DeliveryOutcome;
import vn.cchc.report.event.ReportSent;
import vn.cchc.report.unit.LocalTokens;

/**
 * A report's whole life against real (embedded) PostgreSQL, stand-ins for plan-service and kpi-service
 * ({@link FakeSources}) reached by the real REST clients, and real signed tokens ({@link LocalTokens}):
 * assembly from both sources with the caller's token, 503 naming the failed source with nothing
 * stored, the life cycle and who may move it, frozen hashed versions, ReportSent and DeliveryOutcome,
 * what is due, the consolidated report and the pull API with ETag/304. Tests run in order and build on
 * each other's report.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = FakeSources.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = LocalTokens.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportFlowTest {

    private static Long regime;
    private static Long ministryRegime;
    private static Long report;
    private static String firstHash;

    @Inject
    SentEvents sent;
    @Inject
    Event<DeliveryOutcome> outcomes;
    @Inject
    jakarta.persistence.EntityManager em;

    private static RequestSpecification as(String user, String unit, String... roles) {
        return given().auth().oauth2(LocalTokens.token(user, unit, roles));
    }

    private static RequestSpecification officer() {
        return as("badinh.officer", "HN-BADINH", "officer");
    }

    private static RequestSpecification leader() {
        return as("badinh.leader", "HN-BADINH", "leader");
    }

    private static RequestSpecification supervisor() {
        return as("hanoi.supervisor", "HN", "supervisor");
    }

    @AfterEach
    void sourcesBackUp() {
        FakeSources.plan = FakeSources.Mode.UP;
        FakeSources.kpi = FakeSources.Mode.UP;
    }

    @Test
    @Order(1)
    void theCityIssuesItsRegimesWithPortalSeveralAtOnceAndWindowsOptional() {
        regime = supervisor().contentType(ContentType.JSON).body(vn.cchc.report.Examples.NEW_REGIME_HN_2026
                        .replace("\"year\": 2026,", "\"year\": 2026, \"portal\": \"hanoi-cchc\","))
                .post("/api/v1/reporting-regimes").then().statusCode(201)
                .body("code", equalTo("CCHC")).body("portal", equalTo("hanoi-cchc")).body("owedBy", nullValue())
                .extract().jsonPath().getLong("id");
        // the departments' thematic reports to the Ministry by the 15th: a second regime of HN for 2026, no windows published
        ministryRegime = supervisor().contentType(ContentType.JSON).body("""
                        {"unitCode": "HN", "year": 2026, "code": "CCHC-BNV", "name": "Báo cáo CCHC chuyên đề gửi Bộ Nội vụ",
                         "portal": "bnv-baocao", "owedBy": ["HN-DANHOA"],
                         "periods": [{"code": "2026-Q1", "name": "Báo cáo chuyên đề Quý 1", "dueDate": "2026-03-15"}]}""")
                .post("/api/v1/reporting-regimes").then().statusCode(201)
                .body("periods[0].windowStart", nullValue()).body("owedBy", equalTo(List.of("HN-DANHOA")))
                .extract().jsonPath().getLong("id");
        supervisor().contentType(ContentType.JSON).body("""
                        {"unitCode": "HN", "year": 2026, "code": "CCHC-X", "name": "X", "owedBy": ["HP-HAIDUONG", "HN"],
                         "periods": [{"code": "2026-Q1", "name": "Q1", "windowStart": "2025-12-15", "dueDate": "2026-03-15"}]}""")
                .post("/api/v1/reporting-regimes").then().statusCode(422)
                .body("errors.field", equalTo(List.of("owedBy[0]", "owedBy[1]", "periods[0].windowEnd")));
    }

    @Test
    @Order(2)
    void whatIsDueListsEveryRegimeTheUnitOwesWithItsDeadline() {
        as("danhoa.officer", "HN-DANHOA", "officer").queryParam("unit", "HN-DANHOA").queryParam("asOf", "2026-03-16")
                .get("/api/v1/reports/due").then().statusCode(200)
                .body("items.regimeCode", equalTo(List.of("CCHC-BNV", "CCHC", "CCHC", "CCHC", "CCHC")))
                .body("items[0].dueDate", equalTo("2026-03-15"))
                .body("items[0].timeliness", equalTo("OVERDUE")).body("items[0].late", equalTo(true))
                .body("items[1].periodCode", equalTo("2026-Q1")).body("items[1].daysLeft", equalTo(2))
                .body("items[1].timeliness", equalTo("PENDING")).body("items[1].status", equalTo("NOT_STARTED"))
                .body("late", equalTo(1));
        // Ba Đình is not named by the Ministry regime: only the city's four periods
        officer().queryParam("unit", "HN-BADINH").queryParam("asOf", "2026-03-16").get("/api/v1/reports/due").then().statusCode(200)
                .body("items.regimeCode", equalTo(List.of("CCHC", "CCHC", "CCHC", "CCHC")));
        officer().queryParam("unit", "HN-DANHOA").get("/api/v1/reports/due").then().statusCode(404);
    }

    @Test
    @Order(3)
    void theOfficerStartsQ1AndItAssemblesFromBothSourcesWithHerToken() {
        FakeSources.REQUESTS.clear();
        String token = LocalTokens.token("badinh.officer", "HN-BADINH", "officer");
        JsonPath r = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HN-BADINH\",\"regimeId\":" + regime + ",\"periodCode\":\"2026-Q1\"}")
                .post("/api/v1/reports").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("currentVersion", equalTo(0))
                .body("dueDate", equalTo("2026-03-18"))
                .body("content.format", equalTo("cchc-report/1"))
                .body("content.header.cutOff", equalTo("2026-03-14"))
                .body("content.header.yearFrom", equalTo("2025-12-15"))
                .body("content.header.unitName", equalTo("Phường Ba Đình"))
                .body("content.direction.tasks.counts.done", equalTo(1))
                .body("content.areas[1].tasks.counts.overdue", equalTo(1))
                .body("content.targets.rows", hasSize(3))
                .body("content.targets.rows[0].statusText", equalTo("Có nguy cơ không đạt"))
                .body("content.indexes[0].indicatorCode", equalTo("SIPAS"))
                .extract().jsonPath();
        report = r.getLong("id");
        assertEquals(List.of("GET /api/v1/tasks/summary?parent=HN-BADINH&year=2026&asOf=2026-03-14&tasks=true Bearer " + token),
                FakeSources.requests("/api/v1/tasks"));
        assertEquals(List.of("GET /api/v1/evaluations?unit=HN-BADINH&year=2026&from=2025-12-15&asOf=2026-03-14 Bearer " + token),
                FakeSources.requests("/api/v1/evaluations"));
        officer().contentType(ContentType.JSON).body("{\"unitCode\":\"HN-BADINH\",\"regimeId\":" + regime + ",\"periodCode\":\"2026-Q1\"}")
                .post("/api/v1/reports").then().statusCode(409);
        officer().contentType(ContentType.JSON).body("{\"unitCode\":\"HN-BADINH\",\"regimeId\":" + ministryRegime + ",\"periodCode\":\"2026-Q1\"}")
                .post("/api/v1/reports").then().statusCode(422).body("errors.field", equalTo(List.of("regimeId")));
        // the city reads the ward's report but does not write it; another ward does not even see the unit
        supervisor().contentType(ContentType.JSON).body("{\"unitCode\":\"HN-BADINH\",\"regimeId\":" + regime + ",\"periodCode\":\"2026-H1\"}")
                .post("/api/v1/reports").then().statusCode(403);
        as("danhoa.officer", "HN-DANHOA", "officer").get("/api/v1/reports/" + report).then().statusCode(404);
    }

    @Test
    @Order(4)
    void aSourceThatIsDownGives503NamingItAndNothingIsStored() {
        FakeSources.kpi = FakeSources.Mode.DOWN;
        as("danhoa.officer", "HN-DANHOA", "officer").contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HN-DANHOA\",\"regimeId\":" + regime + ",\"periodCode\":\"2026-Q1\"}")
                .post("/api/v1/reports").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("urn:cchc:problem:upstream-unavailable"))
                .body("detail", startsWith("kpi-service did not answer"));
        FakeSources.kpi = FakeSources.Mode.UP;
        FakeSources.plan = FakeSources.Mode.ERROR;
        as("danhoa.officer", "HN-DANHOA", "officer").contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HN-DANHOA\",\"regimeId\":" + regime + ",\"periodCode\":\"2026-Q1\"}")
                .post("/api/v1/reports").then().statusCode(503)
                .body("detail", startsWith("plan-service answered 500"));
        FakeSources.plan = FakeSources.Mode.UP;
        supervisor().queryParam("unit", "HN-DANHOA").get("/api/v1/reports").then().statusCode(200).body("total", equalTo(0));
        // re-assembling with kpi-service down leaves the draft exactly as it was
        String before = officer().get("/api/v1/reports/" + report).then().extract().jsonPath().getString("assembledAt");
        FakeSources.kpi = FakeSources.Mode.DOWN;
        officer().post("/api/v1/reports/" + report + "/assemble").then().statusCode(503).body("detail", containsString("kpi-service"));
        FakeSources.kpi = FakeSources.Mode.UP;
        officer().get("/api/v1/reports/" + report).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("assembledAt", equalTo(before));
    }

    @Test
    @Order(5)
    void draftSubmittedReturnedResubmittedApprovedSentWithTheRightPeopleOnly() {
        String url = "/api/v1/reports/" + report;
        officer().contentType(ContentType.JSON).body("{\"direction\":\"Đã ban hành Kế hoạch CCHC năm 2026.\"}")
                .put(url + "/narrative").then().statusCode(428);
        officer().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"direction\":\"Đã ban hành Kế hoạch CCHC năm 2026.\",\"areas\":{\"PROCEDURES\":\"Rà soát TTHC.\"},"
                        + "\"strengths\":\"Ưu điểm\"}")
                .put(url + "/narrative").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("content.direction.narrative", equalTo("Đã ban hành Kế hoạch CCHC năm 2026."))
                .body("content.areas[1].narrative", equalTo("Rà soát TTHC."));
        officer().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"areas\":{\"DIRECTION\":\"x\"}}")
                .put(url + "/narrative").then().statusCode(422).body("errors.field", equalTo(List.of("areas.DIRECTION")));
        // numbers cannot be typed: an unknown field is refused
        officer().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"targets\":{\"rows\":[]}}")
                .put(url + "/narrative").then().statusCode(400);

        officer().post(url + "/approve").then().statusCode(403).contentType("application/problem+json");
        leader().post(url + "/approve").then().statusCode(409).body("detail", equalTo("Report " + report + " is DRAFT; it cannot be approved now"));
        officer().header("If-Match", "\"0\"").post(url + "/submit").then().statusCode(412);
        JsonPath v1 = officer().header("If-Match", "\"1\"").post(url + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(1))
                .body("timeliness", equalTo(expectedTimeliness(LocalDate.of(2026, 3, 18))))
                .extract().jsonPath();
        officer().post(url + "/submit").then().statusCode(409);
        officer().contentType(ContentType.JSON).header("If-Match", "\"" + v1.getLong("version") + "\"").body("{}")
                .put(url + "/narrative").then().statusCode(409);
        officer().post(url + "/approve").then().statusCode(403).body("detail", containsString("leader"));
        supervisor().post(url + "/approve").then().statusCode(403);
        as("danhoa.leader", "HN-DANHOA", "leader").post(url + "/approve").then().statusCode(404);
        as("city-portal", "HN", "integration").post(url + "/approve").then().statusCode(404);
        leader().contentType(ContentType.JSON).body("{\"reason\":\" \"}").post(url + "/return").then().statusCode(422);
        leader().contentType(ContentType.JSON).body("{\"reason\":\"Bổ sung kết quả tuyên truyền CCHC quý I\"}").post(url + "/return").then()
                .statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Bổ sung kết quả tuyên truyền CCHC quý I"));
        firstHash = officer().get(url + "/versions/1").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("returnReason", equalTo("Bổ sung kết quả tuyên truyền CCHC quý I"))
                .extract().jsonPath().getString("contentHash");

        // the data changes; re-assembly refreshes the numbers and keeps the narrative
        FakeSources.badinhCaughtUp = true;
        long etag = officer().post(url + "/assemble").then().statusCode(200)
                .body("content.areas[1].tasks.counts.overdue", equalTo(0))
                .body("content.direction.narrative", equalTo("Đã ban hành Kế hoạch CCHC năm 2026."))
                .extract().jsonPath().getLong("version");
        leader().header("If-Match", "\"" + etag + "\"").post(url + "/submit").then().statusCode(200)
                .body("currentVersion", equalTo(2)).body("returnReason", nullValue());
        // version 1 is exactly what was submitted then: same hash, the overdue task still overdue
        String v1Content = officer().get(url + "/versions/1").then().statusCode(200)
                .header("ETag", equalTo("\"" + firstHash + "\""))
                .body("content.areas[1].tasks.counts.overdue", equalTo(1))
                .extract().body().asString();
        // and the content served hashes to the stored hash
        assertEquals(firstHash, ContentHash.sha256(ContentHash.read(contentOf(v1Content))));
        leader().post(url + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        sent.seen().clear();
        officer().post(url + "/send").then().statusCode(200).body("status", equalTo("SENT"))
                .body("delivery.status", equalTo("PENDING"));
        assertEquals(1, sent.seen().size());
        ReportSent e = sent.seen().get(0);
        String v2Hash = officer().get(url + "/versions/2").then().extract().jsonPath().getString("contentHash");
        assertEquals(List.of(report, 2, "HN-BADINH", "/HN/HN-BADINH/", "hanoi-cchc"),
                List.of(e.reportId(), e.version(), e.unitCode(), e.unitPath(), e.portal()));
        assertEquals(v2Hash, ContentHash.sha256(ContentHash.read(e.payloadJson())));
        assertEquals(ContentHash.canonicalJson(ContentHash.read(e.payloadJson())), e.payloadJson());
        officer().post(url + "/send").then().statusCode(409);

        QuarkusTransaction.requiringNew().run(() -> outcomes.fire(new DeliveryOutcome(report, 2, DeliveryOutcome.Status.REJECTED,
                "Kỳ báo cáo đã khóa")));
        officer().get(url).then().statusCode(200).body("delivery.status", equalTo("REJECTED"))
                .body("delivery.reason", equalTo("Kỳ báo cáo đã khóa")).body("delivery.version", equalTo(2));
        officer().get(url + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "NARRATIVE", "SUBMIT", "RETURN", "ASSEMBLE", "SUBMIT", "APPROVE", "SEND", "REJECTED")));
        officer().get(url + "/versions").then().statusCode(200).body("number", equalTo(List.of(1, 2)))
                .body("state", equalTo(List.of("RETURNED", "SENT")));
        // the database itself refuses to change a frozen version
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update report_version set content = '{}'::jsonb where report_id = " + report).executeUpdate()));
        assertTrue(String.valueOf(rootMessage(refused)).contains("is frozen"), String.valueOf(rootMessage(refused)));
        officer().get(url + "/versions/1").then().body("contentHash", equalTo(firstHash));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage();
    }

    @Test
    @Order(6)
    void theCitySeesItsWardsTimelinessAttainmentAndRankingInThreeCalls() {
        FakeSources.REQUESTS.clear();
        supervisor().queryParam("parent", "HN").queryParam("period", "2026-Q1").get("/api/v1/reports/consolidated").then().statusCode(200)
                .body("regimeId", equalTo(regime.intValue())).body("cutOff", equalTo("2026-03-14"))
                .body("units.unit", equalTo(List.of("HN-BADINH", "HN-DANHOA")))
                .body("units[0].status", equalTo("SENT"))
                .body("units[0].timeliness", equalTo(expectedTimeliness(LocalDate.of(2026, 3, 18))))
                .body("units[0].links.snapshot", equalTo("/api/v1/reports/" + report + "/versions/2"))
                .body("units[1].status", equalTo("NOT_STARTED")).body("units[1].timeliness", equalTo("OVERDUE"))
                .body("units[1].tasks.total", equalTo(10))
                .body("counts.sent", equalTo(1)).body("counts.notStarted", equalTo(1))
                .body("targets[0].indicatorCode", equalTo("TTHC_ON_TIME"))
                .body("targets[0].numerator", equalTo(2400)).body("targets[0].denominator", equalTo(2420))
                .body("ranking.unit", equalTo(List.of("HN-DANHOA", "HN-BADINH")))
                .body("notes", hasSize(0));
        assertEquals(1, FakeSources.requests("/api/v1/tasks/summary").size());
        assertEquals(1, FakeSources.requests("/api/v1/evaluations/units").size());
        assertEquals(0, FakeSources.requests("/api/v1/evaluations?").size(), "no call per ward");
        officer().queryParam("parent", "HN").queryParam("period", "2026-Q1").get("/api/v1/reports/consolidated").then().statusCode(404);
        FakeSources.kpi = FakeSources.Mode.ERROR;
        supervisor().queryParam("parent", "HN").queryParam("period", "2026-Q1").get("/api/v1/reports/consolidated").then().statusCode(503)
                .body("detail", startsWith("kpi-service answered 500"));
    }

    @Test
    @Order(7)
    void theCityPortalPullsReleasedVersionsOnlyWithEtagsAndBulkExports() {
        RequestSpecification portal = as("service-account-city-portal", "HN", "integration");
        var first = portal.queryParam("parent", "HN").queryParam("period", "2026-Q1").get("/api/v1/reports/released").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].state", equalTo("SENT")).body("items[0].version", equalTo(2))
                .body("items[0].href", equalTo("/api/v1/reports/" + report + "/versions/2"))
                .body("latest", notNullValue())
                .extract();
        String etag = first.header("ETag");
        as("service-account-city-portal", "HN", "integration").header("If-None-Match", etag)
                .queryParam("parent", "HN").queryParam("period", "2026-Q1").get("/api/v1/reports/released").then().statusCode(304);
        String latest = first.jsonPath().getString("latest");
        as("service-account-city-portal", "HN", "integration").queryParam("parent", "HN").queryParam("updatedSince", latest)
                .get("/api/v1/reports/released").then().statusCode(200).body("items", hasSize(0));
        // drafts and returned versions stay hidden from integrations
        as("service-account-city-portal", "HN", "integration").get("/api/v1/reports/" + report).then().statusCode(404);
        as("service-account-city-portal", "HN", "integration").get("/api/v1/reports/" + report + "/versions/1").then().statusCode(404);
        as("service-account-city-portal", "HN", "integration").get("/api/v1/reports/" + report + "/versions/2").then().statusCode(200)
                .body("content.header.periodCode", equalTo("2026-Q1"));
        String jsonl = as("service-account-city-portal", "HN", "integration").queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .get("/api/v1/reports/released/export").then().statusCode(200).contentType(startsWith("application/jsonl"))
                .extract().asString();
        assertEquals(1, jsonl.strip().split("\n").length);
        assertTrue(jsonl.contains("\"contentHash\""), jsonl);
        String csv = as("service-account-city-portal", "HN", "integration").queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .queryParam("format", "csv").get("/api/v1/reports/released/export").then().statusCode(200).extract().asString();
        String[] lines = csv.strip().split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("\uFEFFunitCode,unitName,regimeCode,periodCode,version,state"), lines[0]);
        assertTrue(lines[1].startsWith("HN-BADINH,Phường Ba Đình,CCHC,2026-Q1,2,SENT"), lines[1]);
        as("service-account-city-portal", "HN", "integration").queryParam("parent", "HP").get("/api/v1/reports/released").then().statusCode(404);
    }

    private static String contentOf(String versionJson) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(versionJson).get("content").toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expectedTimeliness(LocalDate due) {
        return VietnamTime.today().isAfter(due) ? "LATE" : "ON_TIME";
    }
}
