package vn.cchc.report.regime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.report.Examples;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitRef;

/**
 * Reporting regimes against a real (embedded) PostgreSQL, with token doubles for the caller and a
 * mock of plan-service's unit registry. The mock returns every unit to everyone (as a faulty or
 * over-generous registry would), so these tests prove report-service's own unit checks; plan-service
 * hiding a unit is simulated by a code the mock does not know.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReportingRegimeResourceTest {

    /** The registry as plan-service would hold it: unit code → path from the root. */
    private static final Map<String, List<String>> UNITS = Map.of(
            "HN", List.of("HN"),
            "HN-BADINH", List.of("HN", "HN-BADINH"),
            "HN-DANHOA", List.of("HN", "HN-DANHOA"),
            "HP", List.of("HP"),
            "HP-HAIDUONG", List.of("HP", "HP-HAIDUONG"));

    private static Long hanoi2026;
    private static Long badinh2026;
    private static Long haiduong2026;
    private static Long hanoi2027;

    @InjectMock
    @RestClient
    UnitDirectory directory;

    @Inject
    ReportingRegimeService service;

    @BeforeEach
    void registryAndSeed() {
        when(directory.get(anyString())).thenAnswer(call -> {
            String code = call.getArgument(0);
            List<String> path = UNITS.get(code);
            if (path == null) {
                throw new WebApplicationException(404);
            }
            return new UnitRef(code, code, path.size() > 1 ? path.get(path.size() - 2) : null, path);
        });
        if (hanoi2026 != null) {
            return;
        }
        Caller admin = new Caller("admin", "admin", null, Set.of(Role.ADMIN));
        hanoi2026 = service.create(admin, regime("HN", 2026)).id();
        badinh2026 = service.create(admin, regime("HN-BADINH", 2026)).id();
        // Hải Dương's plan: "báo cáo Quý, báo cáo 6 tháng gửi trước ngày 09 tháng cuối của quý"
        haiduong2026 = service.create(admin, new NewReportingRegime("HP-HAIDUONG", 2026, "Chế độ báo cáo CCHC năm 2026", null, null, null, null,
                List.of(new RegimePeriod("2026-Q1", "Báo cáo Quý I", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 8),
                        LocalDate.of(2026, 3, 9))))).id();
        hanoi2027 = service.create(admin, regime("HN", 2027)).id();
    }

    /** Hà Nội's regime shape (cut-off 15th → 14th, due on the 18th), for any unit and year. */
    private static NewReportingRegime regime(String unit, int year) {
        int y = year;
        return new NewReportingRegime(unit, year, "Chế độ báo cáo CCHC định kỳ năm " + year, null, "hanoi-cchc", null,
                "Kế hoạch CCHC nhà nước năm " + year, List.of(
                // deliberately not in due-date order: the API returns them sorted
                new RegimePeriod(y + "", "Báo cáo CCHC năm", LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 12, 14), LocalDate.of(y, 12, 18)),
                new RegimePeriod(y + "-Q1", "Báo cáo Quý 1", LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 3, 14), LocalDate.of(y, 3, 18)),
                new RegimePeriod(y + "-H1", "Báo cáo CCHC 6 tháng đầu năm", LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 6, 14), LocalDate.of(y, 6, 18)),
                new RegimePeriod(y + "-Q3", "Báo cáo Quý 3", LocalDate.of(y, 6, 15), LocalDate.of(y, 9, 14), LocalDate.of(y, 9, 18))));
    }

    @Test
    void openApiDocumentsTheEndpointsWithValidExamples() throws Exception {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/reporting-regimes/{id}'.put.summary", equalTo("Change a reporting regime"))
                .body("components.schemas.ReportingPeriod.properties.windowStart.description",
                        startsWith("First day of the data cut-off window, inclusive (thời gian chốt số liệu"));
        ObjectMapper json = new ObjectMapper();
        json.readTree(Examples.REGIME_HN_2026);
        json.readTree(Examples.NEW_REGIME_HN_2026);
        // the report examples must read as their request bodies, strictly
        json.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        json.readValue(Examples.NEW_REPORT_BADINH_Q1, vn.cchc.report.report.NewReport.class);
        json.readValue(Examples.NARRATIVE_BADINH_Q1, vn.cchc.report.content.Narrative.class);
        json.readValue(Examples.RETURN_REASON, vn.cchc.report.report.ReturnReason.class);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/reports/{id}/narrative'.put.summary", startsWith("Write the officer's parts"))
                .body("paths.'/api/v1/reports/consolidated'.get.summary", startsWith("Consolidated report"))
                .body("components.schemas.ReportContent.description", startsWith("A periodic CCHC report"));
    }

    @Test
    void anonymousGets401ProblemJson() {
        given().get("/api/v1/reporting-regimes").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:unauthorized"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void officerReadsOwnAndTheCitysRegimeButNotAnotherCitys() {
        given().get("/api/v1/reporting-regimes/" + badinh2026).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("unitCode", equalTo("HN-BADINH"))
                .body("periods.code", contains("2026-Q1", "2026-H1", "2026-Q3", "2026"))
                .body("periods[0].name", equalTo("Báo cáo Quý 1"))
                .body("periods[0].windowStart", equalTo("2025-12-15"))
                .body("periods[0].windowEnd", equalTo("2026-03-14"))
                .body("periods[0].dueDate", equalTo("2026-03-18"));
        given().get("/api/v1/reporting-regimes/" + haiduong2026).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No reporting regime " + haiduong2026 + " is visible to you"));
        // the ward reports under the city's regime: it reads it, but cannot change it
        given().get("/api/v1/reporting-regimes/" + hanoi2026).then().statusCode(200).body("unitCode", equalTo("HN"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .put("/api/v1/reporting-regimes/" + hanoi2026).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(403), org.hamcrest.Matchers.is(422)));
        given().get("/api/v1/reporting-regimes/987654321").then().statusCode(404)
                .body("detail", equalTo("No reporting regime 987654321 is visible to you"));
        // without a unit filter: the regimes of the caller's own unit and of the units above it
        given().get("/api/v1/reporting-regimes").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(
                        badinh2026.intValue(), hanoi2026.intValue(), hanoi2027.intValue()));
        given().queryParam("unit", "HP-HAIDUONG").get("/api/v1/reporting-regimes").then().statusCode(404)
                .body("detail", equalTo("No unit HP-HAIDUONG is visible to you"));
        verify(directory, atLeastOnce()).get("HN-BADINH");
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aUnitPlanServiceDoesNotShowIsNotFound() {
        given().queryParam("unit", "HN-NOWHERE").get("/api/v1/reporting-regimes").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No unit HN-NOWHERE is visible to you"));
        given().contentType(ContentType.JSON).body(Examples.NEW_REGIME_HN_2026.replace("\"HN\"", "\"HN-NOWHERE\""))
                .post("/api/v1/reporting-regimes").then().statusCode(404)
                .body("detail", equalTo("No unit HN-NOWHERE is visible to you"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void supervisorCreatesForItsSubtreeOnly() {
        String location = given().contentType(ContentType.JSON)
                .body(Examples.NEW_REGIME_HN_2026.replace("\"HN\"", "\"HN-DANHOA\""))
                .post("/api/v1/reporting-regimes").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/reporting-regimes/"))
                .body("unitCode", equalTo("HN-DANHOA"))
                .body("name", equalTo("Chế độ báo cáo CCHC định kỳ năm 2026"))
                .body("periods.code", contains("2026-Q1", "2026-H1", "2026-Q3", "2026"))
                .extract().header("Location");
        given().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("periods[3].dueDate", equalTo("2026-12-18"));
        given().queryParam("unit", "HN-DANHOA").queryParam("year", 2026).get("/api/v1/reporting-regimes").then()
                .statusCode(200).body("total", equalTo(1));
        // the supervisor of Hà Nội reads its subtree, Ba Đình included
        given().get("/api/v1/reporting-regimes/" + badinh2026).then().statusCode(200);
        // Hải Phòng is outside the subtree: not found, whatever plan-service says
        given().contentType(ContentType.JSON).body(Examples.NEW_REGIME_HN_2026.replace("\"HN\"", "\"HP-HAIDUONG\"").replace("2026,", "2028,")
                        .replace("\"2026", "\"2028"))
                .post("/api/v1/reporting-regimes").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void officerCannotCreateOrChange() {
        given().contentType(ContentType.JSON).body(Examples.NEW_REGIME_HN_2026.replace("\"HN\"", "\"HN-BADINH\"").replace("2026", "2030"))
                .post("/api/v1/reporting-regimes").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"X\",\"periods\":[{\"code\":\"2026\",\"name\":\"Năm\",\"windowStart\":\"2025-12-15\","
                        + "\"windowEnd\":\"2026-12-14\",\"dueDate\":\"2026-12-18\"}]}")
                .put("/api/v1/reporting-regimes/" + badinh2026).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void invalidWindowsAndDatesAre422PerField() {
        String body = """
                {"unitCode": "HN-DANHOA", "year": 2031, "name": "Chế độ báo cáo 2031", "periods": [
                  {"code": "2031-Q1", "name": "Báo cáo Quý 1", "windowStart": "2031-03-14", "windowEnd": "2030-12-15", "dueDate": "2031-03-18"},
                  {"code": "2031-H1", "name": "Báo cáo 6 tháng", "windowStart": "2030-12-15", "windowEnd": "2031-06-14", "dueDate": "2031-06-13"},
                  {"code": "2031-Q1", "name": "Báo cáo Quý 1 (lặp)", "windowStart": "2030-12-15", "windowEnd": "2031-03-14", "dueDate": "2031-03-18"},
                  {"code": "2030-Q4", "name": "Báo cáo năm trước", "windowStart": "2030-09-15", "windowEnd": "2030-12-14", "dueDate": "2030-12-18"}]}""";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/reporting-regimes").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:validation"))
                .body("errors.field", contains("periods[0].windowEnd", "periods[1].dueDate", "periods[2].code", "periods[3].code"));
        // format errors are caught before any rule: year out of range, malformed period code, missing dates
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HN-DANHOA\",\"year\":1999,\"name\":\"X\",\"periods\":[{\"code\":\"2026-Q5\",\"name\":\"Q5\"}]}")
                .post("/api/v1/reporting-regimes").then().statusCode(422)
                .body("errors.field", contains("periods[0].code", "periods[0].dueDate", "year"));
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"HN-DANHOA\",\"year\":2031,\"name\":\"X\",\"periods\":[]}")
                .post("/api/v1/reporting-regimes").then().statusCode(422).body("errors.field", contains("periods"));
        given().contentType(ContentType.JSON).body(body.replace("\"2031-03-14\", \"windowEnd\"", "\"31/3/2031\", \"windowEnd\""))
                .post("/api/v1/reporting-regimes").then().statusCode(400).body("errors.field", contains("periods[0].windowStart"));
        given().queryParam("unit", "HN-DANHOA").queryParam("year", 2031).get("/api/v1/reporting-regimes").then()
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void secondRegimeForTheSameUnitAndYearConflicts() {
        given().contentType(ContentType.JSON).body(Examples.NEW_REGIME_HN_2026)
                .post("/api/v1/reporting-regimes").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:conflict"))
                .body("detail", equalTo("Unit HN already has reporting regime CCHC for 2026 (id " + hanoi2026 + "); change that one instead"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void updateNeedsACurrentIfMatchAndReplacesPeriodsByCode() {
        String change = """
                {"name": "Chế độ báo cáo CCHC định kỳ năm 2027 (sửa đổi)", "periods": [
                  {"code": "2027-Q1", "name": "Báo cáo Quý 1", "windowStart": "2026-12-15", "windowEnd": "2027-03-14", "dueDate": "2027-03-20"},
                  {"code": "2027-Q2", "name": "Báo cáo Quý 2", "windowStart": "2027-03-15", "windowEnd": "2027-06-14", "dueDate": "2027-06-18"},
                  {"code": "2027", "name": "Báo cáo CCHC năm", "windowStart": "2026-12-15", "windowEnd": "2027-12-14", "dueDate": "2027-12-18"}]}""";
        String url = "/api/v1/reporting-regimes/" + hanoi2027;
        given().contentType(ContentType.JSON).body(change).put(url).then().statusCode(428)
                .contentType("application/problem+json");
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change).put(url).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("periods.code", contains("2027-Q1", "2027-Q2", "2027"))
                .body("periods[0].dueDate", equalTo("2027-03-20"));
        // the same, now stale, ETag must not overwrite the change just made
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change.replace("(sửa đổi)", "(lần 2)"))
                .put(url).then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", startsWith("Reporting regime " + hanoi2027 + " is at version 1"));
        given().get(url).then().body("name", equalTo("Chế độ báo cáo CCHC định kỳ năm 2027 (sửa đổi)"))
                .body("periods.code", contains("2027-Q1", "2027-Q2", "2027"));
        // an update is checked by the same rules as a create
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change.replace("\"2027-03-20\"", "\"2027-03-01\""))
                .put(url).then().statusCode(422).body("errors.field", contains("periods[0].dueDate"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void planServiceDownIs503NeverA500() {
        doThrow(new ProcessingException("Connection refused")).when(directory).get(anyString());
        given().get("/api/v1/reporting-regimes/" + badinh2026).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:upstream-unavailable"))
                .body("status", equalTo(503));
        given().contentType(ContentType.JSON).body(Examples.NEW_REGIME_HN_2026.replace("2026", "2032"))
                .post("/api/v1/reporting-regimes").then().statusCode(503)
                .contentType("application/problem+json");
        doThrow(new TimeoutException("no answer in 2000 ms")).when(directory).get(anyString());
        given().queryParam("unit", "HN").get("/api/v1/reporting-regimes").then().statusCode(503);
        doThrow(new WebApplicationException(500)).when(directory).get(anyString());
        given().get("/api/v1/reporting-regimes/" + badinh2026).then().statusCode(503)
                .body("detail", endsWith("answered 500 when asked for unit HN-BADINH"));
        // the regime written while plan-service was down does not exist
        doReturn(new UnitRef("HN", "Thành phố Hà Nội", null, List.of("HN"))).when(directory).get(anyString());
        given().queryParam("unit", "HN").queryParam("year", 2032).get("/api/v1/reporting-regimes").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminListsEveryRegime() {
        given().queryParam("year", 2026).queryParam("size", 100).get("/api/v1/reporting-regimes").then().statusCode(200)
                .body("items.unitCode", hasItems("HN", "HN-BADINH", "HP-HAIDUONG"));
        given().queryParam("year", 1999).get("/api/v1/reporting-regimes").then().statusCode(422);
    }
}
