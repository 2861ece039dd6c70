package vn.cchc.kpi.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitRef;

/**
 * Target evaluation through the API: targets from a mock of plan-service (as the seed plans state
 * them), measurements written through the API into the embedded PostgreSQL, hand-computed statuses.
 * Year 2025 is over (today is after it); 2026 is evaluated mid-year, as of 30/6/2026. The units
 * (HN-TAYHO, HN-HOANKIEM) are used by no other test class, so the measurements are this class's own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EvaluationResourceTest {

    private static final Map<String, List<String>> UNITS = Map.of(
            "HN", List.of("HN"),
            "HN-TAYHO", List.of("HN", "HN-TAYHO"),
            "HN-HOANKIEM", List.of("HN", "HN-HOANKIEM"));

    private static boolean seeded;

    @InjectMock
    @RestClient
    UnitDirectory units;

    @jakarta.inject.Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @InjectMock
    @RestClient
    TargetDirectory targets;

    private static TargetRef.Measure measure(String clause, String comparator, String value, String unit, Integer baselineYear,
                                             String indicator) {
        return new TargetRef.Measure(clause, comparator, value == null ? null : new BigDecimal(value), unit, baselineYear, indicator);
    }

    private static TargetRef target(long id, String ref, int year, boolean flagged, TargetRef.Measure... measures) {
        return new TargetRef(id, 7, "HN-TAYHO", year, "2", "TTHC", ref, "Chỉ tiêu " + ref, List.of(measures), flagged);
    }

    /** The Tây Hồ plan for 2025, as plan-service states it. */
    static final List<TargetRef> PLAN_2025 = List.of(
            target(1, "T1", 2025, false, measure("100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn", "AT_LEAST", "100", "PERCENT", null, "TTHC_ON_TIME")),
            target(2, "T2", 2025, false, measure("Chỉ số SIPAS đạt tối thiểu 86%", "AT_LEAST", "86", "PERCENT", null, "SIPAS")),
            target(3, "T3", 2025, false, measure("tối thiểu 80% TTHC cung cấp DVC trực tuyến toàn trình", "AT_LEAST", "80", "PERCENT", null, "DVC_FULL_ONLINE")),
            target(4, "T4", 2025, false, measure("100% phản ánh, kiến nghị được xử lý đúng hạn", "AT_LEAST", "100", "PERCENT", null, "PAKN_ON_TIME")),
            target(5, "T5", 2025, false, measure("PAR INDEX xếp trong nhóm các xã, phường có kết quả cao", "TOP_GROUP", null, "RANK", null, "PAR_INDEX_RANK")),
            target(6, "T6", 2025, false, measure("tăng tối thiểu 10% hồ sơ được số hóa so với năm 2024", "INCREASE_BY_AT_LEAST", "10", "PERCENT", 2024, "TTHC_DIGITISED")),
            target(7, "T7", 2025, false, measure("nâng cao chất lượng phục vụ", "AT_LEAST", "90", "PERCENT", null, null)),
            new TargetRef(8, 7, "HN-TAYHO", 2025, null, null, "T8", "Thực hiện tốt công tác cải cách hành chính", List.of(), true));

    /** The Tây Hồ plan for 2026, judged mid-year. */
    static final List<TargetRef> PLAN_2026 = List.of(
            target(11, "T1", 2026, false, measure("100% hồ sơ giải quyết TTHC được thanh toán trực tuyến", "AT_LEAST", "80", "PERCENT", null, "TTHC_ONLINE_PAYMENT")),
            target(12, "T2", 2026, false, measure("tối thiểu 80% TTHC cung cấp DVC trực tuyến toàn trình", "AT_LEAST", "80", "PERCENT", null, "DVC_FULL_ONLINE")));

    @BeforeEach
    void mocks() {
        when(units.get(anyString())).thenAnswer(call -> {
            String code = call.getArgument(0);
            List<String> path = UNITS.get(code);
            if (path == null) {
                throw new WebApplicationException(404);
            }
            return new UnitRef(code, "Phường " + code, path.size() > 1 ? path.get(0) : null, path);
        });
        // 2025 comes in two pages (paging is followed), 2026 in one
        when(targets.list(eq("HN-TAYHO"), eq(2025), eq(0), anyInt())).thenReturn(new TargetPage(PLAN_2025.subList(0, 5), 0, 500, 8));
        when(targets.list(eq("HN-TAYHO"), eq(2025), eq(1), anyInt())).thenReturn(new TargetPage(PLAN_2025.subList(5, 8), 1, 500, 8));
        when(targets.list(eq("HN-TAYHO"), eq(2026), anyInt(), anyInt())).thenReturn(new TargetPage(PLAN_2026, 0, 500, 2));
        when(targets.list(eq("HN-HOANKIEM"), anyInt(), anyInt(), anyInt())).thenThrow(new ProcessingException("connection refused"));
    }

    private static void write(String indicator, String period, String valueJson) {
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HN-TAYHO\",\"indicatorCode\":\"" + indicator + "\",\"period\":\"" + period + "\"," + valueJson + "}")
                .post("/api/v1/measurements").then().statusCode(201);
    }

    private static void ratio(String indicator, String period, int num, int den) {
        write(indicator, period, "\"numerator\":" + num + ",\"denominator\":" + den);
    }

    /** Measurements of HN-TAYHO, written once for the class (the database outlives each test). */
    private static void seed() {
        if (seeded) {
            return;
        }
        // 2025, year over: on-time 998/1000 = 99.8% < 100 → NOT_MET
        ratio("TTHC_ON_TIME", "2025", 998, 1000);
        // SIPAS 87 ≥ 86 → MET
        write("SIPAS", "2025", "\"value\":87");
        // DVC full online per quarter: 70, 90, 85, 95 → 340/400 = 85% ≥ 80 → MET; trend per quarter
        ratio("DVC_FULL_ONLINE", "2025-Q1", 70, 100);
        ratio("DVC_FULL_ONLINE", "2025-Q2", 90, 100);
        ratio("DVC_FULL_ONLINE", "2025-Q3", 85, 100);
        ratio("DVC_FULL_ONLINE", "2025-Q4", 95, 100);
        // digitised in 2025 but none in 2024: the increase has no baseline → NO_DATA
        ratio("TTHC_DIGITISED", "2025", 900, 1000);
        // 2026 mid-year: online payment Q1 70/100, Q2 75/100 → 72.5% < 80 → AT_RISK
        ratio("TTHC_ONLINE_PAYMENT", "2026-Q1", 70, 100);
        ratio("TTHC_ONLINE_PAYMENT", "2026-Q2", 75, 100);
        // 2026 DVC full online Q1 only: 81% → MET so far
        ratio("DVC_FULL_ONLINE", "2026-Q1", 81, 100);
        seeded = true;
    }

    private static ValidatableResponse evaluate(String unit, Integer year, String asOf) {
        var spec = given().queryParam("unit", unit);
        if (year != null) {
            spec = spec.queryParam("year", year);
        }
        if (asOf != null) {
            spec = spec.queryParam("asOf", asOf);
        }
        return spec.get("/api/v1/evaluations").then();
    }

    private static String m(String ref) {
        return "targets.find { it.ref == '" + ref + "' }.measures[0].";
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theYearOverJudgesEveryTargetOfThePlan() {
        seed();
        // no asOf: today is after 2025, so the year end is used
        evaluate("HN-TAYHO", 2025, null).statusCode(200)
                .body("unitCode", equalTo("HN-TAYHO")).body("year", equalTo(2025))
                .body("from", equalTo("2025-01-01")).body("asOf", equalTo("2025-12-31")).body("yearEnd", equalTo("2025-12-31"))
                .body("yearOver", equalTo(true)).body("daysElapsed", equalTo(365)).body("daysInYear", equalTo(365))
                .body("targets.ref", contains("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"))
                // NOT_MET at the year end
                .body(m("T1") + "status", equalTo("NOT_MET"))
                .body(m("T1") + "value", equalTo(99.8f)).body(m("T1") + "numerator", equalTo(998))
                .body(m("T1") + "denominator", equalTo(1000)).body(m("T1") + "gap", equalTo(-0.2f))
                .body(m("T1") + "indicatorKind", equalTo("RATIO")).body(m("T1") + "trend", hasSize(12))
                .body(m("T1") + "trend.period[0]", equalTo("2025-01")).body(m("T1") + "trend.hasData", contains(
                        false, false, false, false, false, false, false, false, false, false, false, false))
                // MET
                .body(m("T2") + "status", equalTo("MET")).body(m("T2") + "value", equalTo(87.0f)).body(m("T2") + "gap", equalTo(1))
                // MET, with the trend per quarter
                .body(m("T3") + "status", equalTo("MET")).body(m("T3") + "value", equalTo(85.0f))
                .body(m("T3") + "numerator", equalTo(340)).body(m("T3") + "denominator", equalTo(400)).body(m("T3") + "gap", equalTo(5))
                .body(m("T3") + "used", hasSize(4)).body(m("T3") + "coveredDays", equalTo(365))
                .body(m("T3") + "trend.period", contains("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"))
                .body(m("T3") + "trend.from", contains("2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"))
                .body(m("T3") + "trend.to", contains("2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"))
                .body(m("T3") + "trend.value", contains(70.0f, 90.0f, 85.0f, 95.0f))
                .body(m("T3") + "trend.complete", contains(true, true, true, true))
                // NO_DATA
                .body(m("T4") + "status", equalTo("NO_DATA")).body(m("T4") + "value", nullValue()).body(m("T4") + "gap", nullValue())
                .body(m("T4") + "reason", containsString("no measurement of PAKN_ON_TIME"))
                // NOT_EVALUABLE with the reason
                .body(m("T5") + "status", equalTo("NOT_EVALUABLE")).body(m("T5") + "reason", containsString("leading group"))
                .body(m("T5") + "trend", empty())
                // a change without baseline: NO_DATA, its value shown, the baseline window named
                .body(m("T6") + "status", equalTo("NO_DATA")).body(m("T6") + "value", equalTo(90.0f))
                .body(m("T6") + "baseline", nullValue()).body(m("T6") + "baselineFrom", equalTo("2024-01-01"))
                .body(m("T6") + "baselineTo", equalTo("2024-12-31")).body(m("T6") + "reason", containsString("baseline"))
                .body(m("T7") + "status", equalTo("NOT_EVALUABLE")).body(m("T7") + "reason", containsString("no indicator"))
                .body("targets.find { it.ref == 'T8' }.flagged", equalTo(true))
                .body(m("T8") + "status", equalTo("NOT_EVALUABLE")).body(m("T8") + "reason", containsString("flagged"))
                .body("summary.total", equalTo(8)).body("summary.met", equalTo(2)).body("summary.notMet", equalTo(1))
                .body("summary.atRisk", equalTo(0)).body("summary.noData", equalTo(2)).body("summary.notEvaluable", equalTo(3));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void midYearAShortPercentIsAtRiskNotYetNotMet() {
        seed();
        evaluate("HN-TAYHO", 2026, "2026-06-30").statusCode(200)
                .body("asOf", equalTo("2026-06-30")).body("yearOver", equalTo(false)).body("daysElapsed", equalTo(181))
                .body(m("T1") + "status", equalTo("AT_RISK"))
                .body(m("T1") + "value", equalTo(72.5f)).body(m("T1") + "gap", equalTo(-7.5f))
                .body(m("T1") + "reason", containsString("not over"))
                // a MONTH indicator: per month up to June; quarterly measurements fill no month
                .body(m("T1") + "trend", hasSize(6))
                .body(m("T2") + "status", equalTo("MET")).body(m("T2") + "value", equalTo(81.0f))
                // the quarter in progress is cut at asOf; Q3 and Q4 have not begun
                .body(m("T2") + "trend.period", contains("2026-Q1", "2026-Q2"))
                .body(m("T2") + "trend.value", contains(81.0f, null))
                .body("summary.atRisk", equalTo(1)).body("summary.met", equalTo(1));
        // as of mid-February, Q1 is not over: nothing counts yet
        evaluate("HN-TAYHO", 2026, "2026-02-15").statusCode(200)
                .body(m("T2") + "status", equalTo("NO_DATA")).body(m("T2") + "trend.period", contains("2026-Q1"))
                .body(m("T2") + "trend[0].to", equalTo("2026-02-15")).body(m("T2") + "trend[0].complete", equalTo(false));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theReportingRegimeYearStartsOnTheFifteenthOfDecember() {
        seed();
        given().queryParam("unit", "HN-TAYHO").queryParam("year", 2025).queryParam("from", "2024-12-15")
                .queryParam("asOf", "2026-06-01")
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("from", equalTo("2024-12-15")).body("yearEnd", equalTo("2025-12-14")).body("asOf", equalTo("2025-12-14"))
                .body("yearOver", equalTo(true))
                // the trend follows the cut-off quarters, which cut every calendar-quarter measurement
                .body(m("T3") + "trend.from", contains("2024-12-15", "2025-03-15", "2025-06-15", "2025-09-15"))
                .body(m("T3") + "trend.to", contains("2025-03-14", "2025-06-14", "2025-09-14", "2025-12-14"))
                .body(m("T3") + "trend.hasData", contains(false, false, false, false))
                // calendar Q1..Q3 lie inside 15/12/2024..14/12/2025, Q4 (to 31/12) does not: 245/300
                .body(m("T3") + "value", equalTo(81.6667f)).body(m("T3") + "used", hasSize(3))
                // the calendar year's SIPAS ends after 14/12: only partly inside, never counted
                .body(m("T2") + "status", equalTo("NO_DATA")).body(m("T2") + "reason", containsString("partly inside"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void planServiceDownIs503AndUnknownUnit404() {
        evaluate("HN-HOANKIEM", 2026, "2026-06-30").statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("type", equalTo("urn:cchc:problem:upstream-unavailable"));
        evaluate("HP-HAIDUONG", 2026, "2026-06-30").statusCode(404).contentType("application/problem+json");
        verify(targets, never()).list(eq("HP-HAIDUONG"), anyInt(), anyInt(), anyInt());
    }

    @Test
    @TestSecurity(user = "tayho.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-TAYHO"))
    void anOfficerReadsItsOwnUnitOnly() {
        evaluate("HN-TAYHO", 2026, "2026-06-30").statusCode(200);
        // visible in the registry but outside the officer's read scope: 404, plan-service is not asked
        evaluate("HN-HOANKIEM", 2026, "2026-06-30").statusCode(404);
        evaluate("HN", 2026, "2026-06-30").statusCode(404);
        verify(targets, never()).list(eq("HN-HOANKIEM"), anyInt(), anyInt(), anyInt());
    }

    @Test
    @TestSecurity(user = "tayho.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-TAYHO"))
    void badParametersAre422() {
        given().get("/api/v1/evaluations").then().statusCode(422).body("errors.field", contains("unit", "year"));
        evaluate("HN-TAYHO", 2026, "2099-01-01").statusCode(422).body("errors.field", contains("asOf"));
        evaluate("HN-TAYHO", 2026, "2025-06-30").statusCode(422).body("errors.field", contains("asOf"));
        evaluate("HN-TAYHO", 2099, null).statusCode(422).body("errors.field", contains("year"));
        given().queryParam("unit", "HN-TAYHO").queryParam("year", 2026).queryParam("from", "2025-11-15")
                .get("/api/v1/evaluations").then().statusCode(422).body("errors.field", contains("from"));
        evaluate("HN-TAYHO", 2026, "30/6/2026").statusCode(400);
    }

    /**
     * plan-service's digest, exactly as it writes it, maps with the REST client's JSON settings; a field
     * plan-service adds later ({@code "since"} here) does not break the reading.
     */
    @Test
    void planServicesDigestMapsAsWritten() throws Exception {
        String answer = """
                {"parent":"HN","year":2026,"total":2,"since":"a later field","items":[
                 {"id":412,"planId":7,"unitCode":"HN-BADINH","year":2026,"group":"2","area":"PROCEDURES","ref":"T2","flagged":false,
                  "measures":[{"unit":"PERCENT","value":100,"comparator":"AT_LEAST","baselineYear":null,"indicatorCode":"TTHC_ON_TIME"}]},
                 {"id":413,"planId":7,"unitCode":"HN-BADINH","year":2026,"group":null,"area":null,"ref":"T3","flagged":true,"measures":[]}]}
                """;
        TargetDigests d = TargetDirectory.objectMapper(json).readValue(answer, TargetDigests.class);
        org.junit.jupiter.api.Assertions.assertEquals(2, d.items().size());
        TargetRef t = d.items().get(0);
        org.junit.jupiter.api.Assertions.assertEquals("HN-BADINH", t.unitCode());
        org.junit.jupiter.api.Assertions.assertNull(t.text());
        org.junit.jupiter.api.Assertions.assertEquals(new TargetRef.Measure(null, "AT_LEAST", new BigDecimal("100"), "PERCENT", null, "TTHC_ON_TIME"),
                t.measures().get(0));
        org.junit.jupiter.api.Assertions.assertTrue(d.items().get(1).flagged());
    }
}
