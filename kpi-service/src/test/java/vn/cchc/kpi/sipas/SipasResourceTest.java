package vn.cchc.kpi.sipas;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitPage;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.evaluation.TargetDirectory;
import vn.cchc.kpi.evaluation.TargetDigests;
import vn.cchc.kpi.evaluation.TargetPage;
import vn.cchc.kpi.evaluation.TargetRef;

/**
 * SIPAS through the API, with the batch evaluation and the rankings that use it. The registry mock
 * shows every unit to everyone (so kpi-service's own checks are what is proven). Units HN-LONGBIEN,
 * HN-CAUGIAY (and HN-LONGBIEN-VP below Long Biên) are this class's own.
 * <p>
 * The hand-computed sample (SipasCalculatorTest has the arithmetic): Long Biên, 2026-Q1, four
 * questionnaires, THRESHOLD ≥ 4 → ACCESS 75, PROCEDURES 75, OFFICIALS (75 + 33.3333) ÷ 2 = 54.1667,
 * RESULTS 75, FEEDBACK 50, SIPAS 65.8333; online respondents (R2, R4) 85. Cầu Giấy, two CSV questionnaires
 * answering ACCESS_1 only (5 and 1): ACCESS 1/2 = 50, SIPAS 50. HN rolled up over both (summed counts):
 * ACCESS_1 4/6 = 66.6667, so (66.6667 + 75 + 54.1667 + 75 + 50) ÷ 5 = 64.1667.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SipasResourceTest {

    static final Map<String, List<String>> UNITS = Map.of(
            "HN", List.of("HN"),
            "HN-LONGBIEN", List.of("HN", "HN-LONGBIEN"),
            "HN-CAUGIAY", List.of("HN", "HN-CAUGIAY"),
            "HN-LONGBIEN-VP", List.of("HN", "HN-LONGBIEN", "HN-LONGBIEN-VP"),
            "HP", List.of("HP"));

    static final String SAMPLE = """
            [{"unitCode": "HN-LONGBIEN", "period": "2026-Q1", "channel": "KIOSK", "onlineService": false,
              "answers": {"ACCESS_1": 5, "PROC_1": 4, "OFF_1": 5, "OFF_2": 3, "RES_1": 4, "FB_1": 2}},
             {"unitCode": "HN-LONGBIEN", "period": "2026-Q1", "channel": "WEB", "onlineService": true,
              "answers": {"ACCESS_1": 4, "PROC_1": 5, "OFF_1": 4, "OFF_2": 4, "RES_1": 5, "FB_1": 4}},
             {"unitCode": "HN-LONGBIEN", "period": "2026-Q1", "channel": "PAPER", "onlineService": false,
              "answers": {"ACCESS_1": 3, "PROC_1": 2, "OFF_1": 5, "OFF_2": 2, "RES_1": 4, "FB_1": 3}},
             {"unitCode": "HN-LONGBIEN", "period": "2026-Q1", "channel": "PHONE", "onlineService": true,
              "answers": {"ACCESS_1": 5, "PROC_1": 4, "OFF_1": 1, "RES_1": 2, "FB_1": 5}}]""";

    static final String CAUGIAY_CSV = """
            unit,period,channel,onlineService,ACCESS_1
            HN-CAUGIAY,2026-03,KIOSK,false,5
            HN-CAUGIAY,2026-03,SMS,,1
            """;

    private static boolean seeded;

    @InjectMock
    @RestClient
    UnitDirectory units;

    @InjectMock
    @RestClient
    TargetDirectory targets;

    private static UnitRef ref(String code) {
        List<String> path = UNITS.get(code);
        return new UnitRef(code, "Đơn vị " + code, path.size() > 1 ? path.get(path.size() - 2) : null, path);
    }

    @BeforeEach
    void mocks() {
        when(units.get(anyString())).thenAnswer(call -> {
            String code = call.getArgument(0);
            if (!UNITS.containsKey(code)) {
                throw new WebApplicationException(404);
            }
            return ref(code);
        });
        when(units.list(anyString(), anyInt(), anyInt())).thenAnswer(call -> {
            String parent = call.getArgument(0);
            List<UnitRef> children = UNITS.keySet().stream().map(SipasResourceTest::ref)
                    .filter(u -> parent.equals(u.parentCode())).sorted(Comparator.comparing(UnitRef::code)).toList();
            return new UnitPage(children, 0, 500, children.size());
        });
        when(units.list(isNull(), anyInt(), anyInt())).thenAnswer(call -> allUnits());
        // a batch evaluation reads the unit list on a thread of its own, passing the caller's header on itself
        when(units.listAs(startsWith("Bearer "), any(), isNull(), anyInt(), anyInt())).thenAnswer(call -> allUnits());
        TargetRef lb = new TargetRef(101, 9, "HN-LONGBIEN", 2026, "1", "DIRECTION", "T1", "SIPAS của phường đạt tối thiểu 90%",
                List.of(new TargetRef.Measure("SIPAS của phường đạt tối thiểu 90%", "AT_LEAST", new BigDecimal("90"), "PERCENT", null, "SIPAS")), false);
        TargetRef cg = new TargetRef(102, 10, "HN-CAUGIAY", 2026, "1", "DIRECTION", "T1", "SIPAS của phường đạt tối thiểu 86%",
                List.of(new TargetRef.Measure("SIPAS của phường đạt tối thiểu 86%", "AT_LEAST", new BigDecimal("86"), "PERCENT", null, "SIPAS")), false);
        TargetRef cgFlagged = new TargetRef(103, 10, "HN-CAUGIAY", 2026, "2", "ORGANIZATION", "T2", "Hoàn thành việc sắp xếp bộ máy", List.of(), true);
        when(targets.listSubtree(eq("HN"), eq(2026), anyInt(), anyInt())).thenReturn(new TargetPage(List.of(lb, cg, cgFlagged), 0, 500, 3));
        // the digest: the same targets without sentence or clauses, for the parent or for everything the caller reads
        TargetDigests digest = new TargetDigests(null, 2026, 3, List.of(digestOf(lb), digestOf(cg), digestOf(cgFlagged)));
        // no ETag: nothing is kept between tests
        when(targets.digest(eq("HN"), eq(2026), any())).thenReturn(RestResponse.ok(digest));
        when(targets.digest(isNull(), eq(2026), any())).thenReturn(RestResponse.ok(digest));
    }

    private static UnitPage allUnits() {
        List<UnitRef> all = UNITS.keySet().stream().map(SipasResourceTest::ref)
                .sorted(Comparator.comparing(u -> String.join("/", u.path()))).toList();
        return new UnitPage(all, 0, 500, all.size());
    }

    /** A target as plan-service's digest gives it: no sentence, no clauses. */
    private static TargetRef digestOf(TargetRef t) {
        return new TargetRef(t.id(), t.planId(), t.unitCode(), t.year(), t.group(), t.area(), t.ref(), null, t.measures().stream()
                .map(m -> new TargetRef.Measure(null, m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode())).toList(), t.flagged());
    }

    /** The sample, the CSV batch and Long Biên's published SIPAS, written once (the database outlives each test). */
    private static void seed() {
        if (seeded) {
            return;
        }
        given().contentType(ContentType.JSON).body(SAMPLE).post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then()
                .statusCode(201).body("responses", equalTo(4)).body("answers", equalTo(23));
        given().contentType("text/csv").body(CAUGIAY_CSV).post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then()
                .statusCode(201).body("responses", equalTo(2)).body("answers", equalTo(2));
        given().contentType(ContentType.JSON).body("{\"value\": 91.5, \"document\": \"QĐ 12/QĐ-UBND\", \"publishedOn\": \"2026-02-10\"}")
                .put("/api/v1/sipas/published/HN-LONGBIEN/2025/SIPAS").then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON).body("{\"value\": 91.5}")
                .put("/api/v1/sipas/published/HN-LONGBIEN/2026/SIPAS").then().statusCode(200);
        seeded = true;
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theHandComputedSample() {
        seed();
        given().queryParam("unit", "HN-LONGBIEN").queryParam("period", "2026").get("/api/v1/sipas/results").then().statusCode(200)
                .body("responses", equalTo(4)).body("formula", equalTo("THRESHOLD")).body("satisfiedFrom", equalTo(4))
                .body("computed", equalTo(65.8333f))
                .body("elements.code", contains("ACCESS", "PROCEDURES", "OFFICIALS", "RESULTS", "FEEDBACK"))
                .body("elements.rate", contains(75.0f, 75.0f, 54.1667f, 75.0f, 50.0f))
                .body("elements[2].questions.code", contains("OFF_1", "OFF_2"))
                .body("elements[2].questions[1].answers", equalTo(3)).body("elements[2].questions[1].rate", equalTo(33.3333f))
                .body("onlineServices.responses", equalTo(2)).body("onlineServices.computed", equalTo(85.0f))
                // the published value of 2026 is the authoritative one
                .body("published.value", equalTo(91.5f)).body("official", equalTo(91.5f));
        // a quarter takes only its own responses: Q2 has none
        given().queryParam("unit", "HN-LONGBIEN").queryParam("period", "2026-Q2").get("/api/v1/sipas/results").then()
                .body("responses", equalTo(0)).body("computed", nullValue()).body("official", nullValue());
        // the formula is configuration, overridable per request
        given().queryParam("unit", "HN-LONGBIEN").queryParam("period", "2026").queryParam("formula", "MEAN_SCORE")
                .get("/api/v1/sipas/results").then().body("elements[0].rate", equalTo(81.25f));
        // the city rolled up over its children: ratio of summed counts
        given().queryParam("unit", "HN").queryParam("period", "2026").queryParam("rollup", true).get("/api/v1/sipas/results").then()
                .statusCode(200).body("responses", equalTo(6)).body("elements[0].rate", equalTo(66.6667f))
                .body("computed", equalTo(64.1667f))
                .body("units.unitCode", hasItems("HN", "HN-CAUGIAY", "HN-LONGBIEN"))
                .body("units.find { it.unitCode == 'HN-CAUGIAY' }.computed", equalTo(50.0f))
                .body("units.find { it.unitCode == 'HN' }.name", equalTo("Đơn vị HN"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void badRowsRejectTheWholeBatch() {
        String bad = """
                [{"unitCode": "HN-CAUGIAY", "period": "2026", "channel": "KIOSK", "answers": {"ACCESS_1": 0}},
                 {"unitCode": "HN-CAUGIAY", "period": "2026", "channel": "KIOSK", "answers": {"ACCESS_1": 6}},
                 {"unitCode": "HN-CAUGIAY", "period": "2026", "channel": "KIOSK", "answers": {"HO_TEN": 4}},
                 {"unitCode": "HN-CAUGIAY", "period": "2099", "channel": "KIOSK", "answers": {"ACCESS_1": 4}},
                 {"unitCode": "HN-CAUGIAY", "period": "2026", "channel": "KIOSK", "answers": {"ACCESS_1": 4}}]""";
        long before = responses("HN-CAUGIAY");
        given().contentType(ContentType.JSON).body(bad).post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("[0].answers.ACCESS_1", "[1].answers.ACCESS_1", "[2].answers.HO_TEN", "[3].period"))
                .body("errors.find { it.field == '[3].period' }.message", containsString("has not started"));
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then()
                .statusCode(422).body("errors.field", contains("rows"));
        // personal data has no field to go into: refused before anything is read
        given().contentType(ContentType.JSON).body("""
                [{"unitCode": "HN-CAUGIAY", "period": "2026", "channel": "KIOSK", "phone": "0912345678", "answers": {"ACCESS_1": 4}}]""")
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(400);
        given().contentType("text/csv").body("unit,period,channel,hoTen,ACCESS_1\nHN-CAUGIAY,2026,KIOSK,Nguyễn Văn A,4\n")
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(422)
                .body("errors[0].field", equalTo("header")).body("errors[0].message", containsString("no personal data"));
        given().contentType("text/csv").body("unit,period,channel,ACCESS_1\nHN-CAUGIAY,2026,KIOSK,x\nHN-CAUGIAY,2026,FAX,4\n")
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(422)
                .body("errors.field", contains("line[2].answers.ACCESS_1", "line[3].channel"));
        given().contentType(ContentType.JSON).body("[{\"unitCode\": \"HN-CAUGIAY\", \"period\": \"2026\", \"channel\": \"KIOSK\", \"answers\": {\"ACCESS_1\": 4}}]")
                .post("/api/v1/sipas/surveys/NO-SUCH/responses").then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(before, responses("HN-CAUGIAY"), "nothing was written");
    }

    private static long responses(String unit) {
        return given().queryParam("unit", unit).queryParam("period", "2026").get("/api/v1/sipas/results").then().statusCode(200)
                .extract().jsonPath().getLong("responses");
    }

    @Test
    @TestSecurity(user = "longbien.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-LONGBIEN"))
    void anOfficerRecordsItsOwnUnitOnly() {
        String row = "[{\"unitCode\": \"%s\", \"period\": \"2026\", \"channel\": \"KIOSK\", \"answers\": {\"ACCESS_1\": 4}}]";
        given().contentType(ContentType.JSON).body(row.formatted("HN-LONGBIEN")).queryParam("dryRun", true)
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(200).body("dryRun", equalTo(true));
        given().contentType(ContentType.JSON).body(row.formatted("HN-CAUGIAY"))
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(403)
                .body("errors.field", contains("[0].unitCode"));
        // its own division below is not its own unit either
        given().contentType(ContentType.JSON).body(row.formatted("HN-LONGBIEN-VP"))
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(403);
        given().contentType(ContentType.JSON).body(row.formatted("HN-NOWHERE"))
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(422)
                .body("errors.field", contains("[0].unitCode"));
        // reading another unit's results: not found; publishing or defining surveys: not an officer's
        given().queryParam("unit", "HN-CAUGIAY").queryParam("period", "2026").get("/api/v1/sipas/results").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"value\": 99}").put("/api/v1/sipas/published/HN-LONGBIEN/2026/SIPAS").then().statusCode(403);
        given().contentType(ContentType.JSON).body(SipasExamples.NEW_SURVEY).post("/api/v1/sipas/surveys").then().statusCode(403);
        // the batch evaluation needs the parent readable
        given().queryParam("parent", "HN").queryParam("year", 2026).get("/api/v1/evaluations/units").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "city-portal", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void integrationAccountsOnlyRead() {
        given().contentType(ContentType.JSON)
                .body("[{\"unitCode\": \"HN\", \"period\": \"2026\", \"channel\": \"WEB\", \"answers\": {\"ACCESS_1\": 4}}]")
                .post("/api/v1/sipas/surveys/SIPAS-TTHC/responses").then().statusCode(403);
        given().get("/api/v1/sipas/surveys/SIPAS-TTHC").then().statusCode(200)
                .body("elements.code", contains("ACCESS", "PROCEDURES", "OFFICIALS", "RESULTS", "FEEDBACK"))
                .body("scale[0]", equalTo("Rất không hài lòng")).body("scale[4]", equalTo("Rất hài lòng"));
        given().queryParam("population", 10000).get("/api/v1/sipas/sample-size").then().statusCode(200).body("sampleSize", equalTo(385));
        given().queryParam("population", 0).get("/api/v1/sipas/sample-size").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void publishedValuesReplaceOnlyWithIfMatch() {
        seed();
        given().contentType(ContentType.JSON).body("{\"value\": 90}").put("/api/v1/sipas/published/HN-LONGBIEN/2025/SIPAS").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"value\": 90}")
                .put("/api/v1/sipas/published/HN-LONGBIEN/2025/SIPAS").then().statusCode(412);
        given().contentType(ContentType.JSON).body("{\"value\": 100.5}").put("/api/v1/sipas/published/HN-CAUGIAY/2025/SIPAS").then()
                .statusCode(422).body("errors.field", hasItem("value"));
        // another city is not visible to Hà Nội's supervisor at all
        given().contentType(ContentType.JSON).body("{\"value\": 80}").put("/api/v1/sipas/published/HP/2025/SIPAS").then().statusCode(404);
        given().queryParam("unit", "HN-LONGBIEN").get("/api/v1/sipas/published").then().statusCode(200)
                .body("year", hasItems(2025, 2026));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aSupervisorDefinesASectorSurvey() {
        given().contentType(ContentType.JSON).body(SipasExamples.NEW_SURVEY.replace("SIPAS-YTE", "SIPAS-YTE-HN")).post("/api/v1/sipas/surveys")
                .then().statusCode(201).body("ownerUnitCode", equalTo("HN")).body("elements[1].questions[0].code", equalTo("OFF_1"));
        given().contentType(ContentType.JSON).body(SipasExamples.NEW_SURVEY.replace("SIPAS-YTE", "SIPAS-YTE-HN")).post("/api/v1/sipas/surveys")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"code\": \"bad code\", \"nameVi\": \" \", \"sector\": \"HEALTH\", \"elements\": []}")
                .post("/api/v1/sipas/surveys").then().statusCode(422).body("errors.field", contains("code", "elements", "nameVi"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theSubtreeIsEvaluatedInOneRequestAndRanked() {
        seed();
        given().queryParam("parent", "HN").queryParam("year", 2026).get("/api/v1/evaluations/units").then().statusCode(200)
                .body("parent", equalTo("HN")).body("window.from", equalTo("2026-01-01"))
                .body("units.unit", contains("HN", "HN-CAUGIAY", "HN-LONGBIEN", "HN-LONGBIEN-VP"))
                .body("units.find { it.unit == 'HN' }.counts.total", equalTo(0))
                // Long Biên: the published 91.5 ≥ 90
                .body("units.find { it.unit == 'HN-LONGBIEN' }.evaluations[0].measures[0].status", equalTo("MET"))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.evaluations[0].measures[0].valueSource", equalTo("PUBLISHED"))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.counts.attainmentRate", equalTo(100.0f))
                // Cầu Giấy: no published value, no measurement: its survey's 50 < 86
                .body("units.find { it.unit == 'HN-CAUGIAY' }.evaluations[0].measures[0].value", equalTo(50.0f))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.evaluations[0].measures[0].valueSource", equalTo("SURVEY"))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.counts.notEvaluable", equalTo(1))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.counts.total", equalTo(2));
        // COMPACT: the same verdicts from the digest, without sentence, reason or trend
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("detail", "COMPACT").get("/api/v1/evaluations/units").then()
                .statusCode(200).body("units.unit", contains("HN", "HN-CAUGIAY", "HN-LONGBIEN", "HN-LONGBIEN-VP"))
                .body("units[0]", not(hasKey("evaluations")))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.verdicts[0].ref", equalTo("T1"))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.verdicts[0].measures[0].status", equalTo("MET"))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.verdicts[0].measures[0].valueSource", equalTo("PUBLISHED"))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.verdicts[0].measures[0]", not(hasKey("reason")))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.verdicts[0].measures[0].value", equalTo(50.0f))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.verdicts[1].measures[0].status", equalTo("NOT_EVALUABLE"))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.counts.notEvaluable", equalTo(1))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.counts.attainmentRate", equalTo(100.0f));
        // the survey value counts only responses inside the window: on 28 February, Cầu Giấy's March answers are not in yet
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("asOf", "2026-02-28").queryParam("detail", "COMPACT")
                .get("/api/v1/evaluations/units").then().statusCode(200)
                .body("units.find { it.unit == 'HN-CAUGIAY' }.verdicts[0].measures[0].status", equalTo("NO_DATA"))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.verdicts[0].measures[0]", not(hasKey("valueSource")));
        // COUNTS: the counts only; no parent: every unit the caller reads
        given().queryParam("year", 2026).queryParam("detail", "COUNTS").get("/api/v1/evaluations/units").then()
                .statusCode(200).body("parent", nullValue())
                .body("units.unit", hasItems("HN", "HN-CAUGIAY", "HN-LONGBIEN", "HN-LONGBIEN-VP"))
                .body("units[0]", not(hasKey("verdicts"))).body("units[0]", not(hasKey("evaluations")))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.counts.total", equalTo(2))
                .body("units.find { it.unit == 'HN-CAUGIAY' }.counts.notEvaluable", equalTo(1))
                .body("units.find { it.unit == 'HN-LONGBIEN' }.counts.met", equalTo(1));
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("detail", "EVERYTHING").get("/api/v1/evaluations/units")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("by", "SIPAS").get("/api/v1/rankings").then()
                .statusCode(200).body("items.unit", contains("HN-LONGBIEN", "HN-CAUGIAY")).body("items.rank", contains(1, 2))
                .body("items.source", contains("PUBLISHED", "SURVEY"));
        // before March, Cầu Giấy's answers (2026-03) are outside the window: no value, no rank
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("by", "SIPAS").queryParam("asOf", "2026-02-28")
                .get("/api/v1/rankings").then().statusCode(200).body("items.unit", contains("HN-LONGBIEN", "HN-CAUGIAY"))
                .body("items.rank", contains(1, null)).body("items.source", contains("PUBLISHED", null));
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("by", "SIPAS").queryParam("asOf", "2026-02-28")
                .queryParam("from", "2026-03-01").get("/api/v1/rankings").then().statusCode(422).body("errors.field", contains("from"));
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("by", "TARGETS_MET").get("/api/v1/rankings").then()
                .statusCode(200).body("items.unit", contains("HN-LONGBIEN", "HN-CAUGIAY")).body("items.value", contains(100.0f, 0.0f));
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("by", "NOISE").get("/api/v1/rankings").then()
                .statusCode(422).body("errors.field", contains("by"));
    }
}
