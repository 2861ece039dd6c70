package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SIPAS, the batch evaluation of a subtree and the rankings through the gateway with real tokens.
 * <p>
 * Hand-computed sample, Xã Dân Hòa, 2026-Q1, posted by its officer (levels per question; threshold: level ≥ 4
 * is satisfied):
 * <pre>
 *            ACCESS_1 PROC_1 OFF_1 OFF_2 RES_1 FB_1   online service
 *   R1          5       4      5     3     4     2     no
 *   R2          4       5      4     4     5     4     yes
 *   R3          3       2      5     2     4     3     no
 *   R4          5       4      1     -     2     5     yes
 * </pre>
 * ACCESS_1 3/4 = 75 → ACCESS 75; PROC_1 3/4 = 75 → PROCEDURES 75; OFF_1 3/4 = 75, OFF_2 1/3 = 33.3333 →
 * OFFICIALS (75 + 33.3333…) ÷ 2 = 54.1667; RES_1 3/4 = 75 → RESULTS 75; FB_1 2/4 = 50 → FEEDBACK 50;
 * SIPAS = (75 + 75 + 54.1666… + 75 + 50) ÷ 5 = 329.1666… ÷ 5 = 65.8333. Online respondents R2 and R4:
 * ACCESS 2/2 = 100, PROCEDURES 100, OFFICIALS (1/2 = 50 + 1/1 = 100) ÷ 2 = 75, RESULTS 1/2 = 50,
 * FEEDBACK 100 → 425 ÷ 5 = 85.
 */
@ExtendWith(LocalStack.class)
class SipasE2EIT {

    private final LocalStack stack = LocalStack.get();

    static final String SAMPLE = """
            [{"unitCode": "HN-DANHOA", "period": "2026-Q1", "channel": "KIOSK", "onlineService": false,
              "answers": {"ACCESS_1": 5, "PROC_1": 4, "OFF_1": 5, "OFF_2": 3, "RES_1": 4, "FB_1": 2}},
             {"unitCode": "HN-DANHOA", "period": "2026-Q1", "channel": "WEB", "onlineService": true,
              "answers": {"ACCESS_1": 4, "PROC_1": 5, "OFF_1": 4, "OFF_2": 4, "RES_1": 5, "FB_1": 4}},
             {"unitCode": "HN-DANHOA", "period": "2026-Q1", "channel": "PAPER", "onlineService": false,
              "answers": {"ACCESS_1": 3, "PROC_1": 2, "OFF_1": 5, "OFF_2": 2, "RES_1": 4, "FB_1": 3}},
             {"unitCode": "HN-DANHOA", "period": "2026-Q1", "channel": "PHONE", "onlineService": true,
              "answers": {"ACCESS_1": 5, "PROC_1": 4, "OFF_1": 1, "RES_1": 2, "FB_1": 5}}]""";

    private static final String ONE = "[{\"unitCode\": \"%s\", \"period\": \"2026\", \"channel\": \"KIOSK\", \"answers\": {\"ACCESS_1\": 4}}]";

    private String responses() {
        return stack.gateway() + "/api/v1/sipas/surveys/SIPAS-TTHC/responses";
    }

    /** The units of the demo registry below HN (HN included), from deploy/demo/units.jsonl. */
    private static List<String> hanoiSubtree() throws IOException {
        Map<String, String> parent = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("demo/units.jsonl"))) {
            if (line.startsWith("{")) {
                JsonPath j = new JsonPath(line);
                parent.put(j.getString("code"), j.getString("parentCode"));
            }
        }
        List<String> out = new ArrayList<>();
        for (String code : parent.keySet()) {
            for (String c = code; c != null; c = parent.get(c)) {
                if (c.equals("HN")) {
                    out.add(code);
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void sipasFromAPostedSampleEqualsTheHandComputedNumbers() throws IOException {
        String danhoa = stack.token("danhoa.officer");
        given().auth().oauth2(danhoa).contentType(ContentType.JSON).body(SAMPLE).post(responses()).then()
                .statusCode(201).body("responses", equalTo(4)).body("answers", equalTo(23));
        given().auth().oauth2(danhoa).queryParam("unit", "HN-DANHOA").queryParam("period", "2026")
                .get(stack.gateway() + "/api/v1/sipas/results").then().statusCode(200)
                .body("responses", equalTo(4)).body("computed", equalTo(65.8333f))
                .body("elements.rate", contains(75.0f, 75.0f, 54.1667f, 75.0f, 50.0f))
                .body("onlineServices.computed", equalTo(85.0f)).body("official", equalTo(65.8333f));

        // an officer records only its own unit: a sibling is hidden (422), its own division is not its own (403)
        String badinh = stack.token("badinh.officer");
        given().auth().oauth2(badinh).contentType(ContentType.JSON).body(ONE.formatted("HN-DANHOA")).post(responses()).then()
                .statusCode(anyOf(equalTo(403), equalTo(422))).contentType("application/problem+json");
        given().auth().oauth2(badinh).contentType(ContentType.JSON).body(ONE.formatted("HN-BADINH-VHXH")).post(responses()).then()
                .statusCode(403);
        given().auth().oauth2(stack.token("haiduong.officer")).contentType(ContentType.JSON).body(ONE.formatted("HN-BADINH"))
                .post(responses()).then().statusCode(anyOf(equalTo(403), equalTo(422)));
        // nothing was added to Dân Hòa by the refused batches
        given().auth().oauth2(danhoa).queryParam("unit", "HN-DANHOA").queryParam("period", "2026")
                .get(stack.gateway() + "/api/v1/sipas/results").then().body("responses", equalTo(4));

        // the city publishes Ba Đình's official SIPAS: targets are judged by it, and the ranking uses it
        String supervisor = stack.token("hanoi.supervisor");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"value\": 91.5, \"document\": \"QĐ công bố SIPAS 2026\"}")
                .put(stack.gateway() + "/api/v1/sipas/published/HN-BADINH/2026/SIPAS").then().statusCode(anyOf(equalTo(200), equalTo(428)));

        JsonPath batch = given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2026)
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> sipas = batch.getList(
                "units.find { it.unit == 'HN-BADINH' }.evaluations.measures.flatten().findAll { it.indicatorCode == 'SIPAS' }");
        assertFalse(sipas.isEmpty(), "Ba Đình's plan promises a SIPAS");
        assertEquals("PUBLISHED", sipas.get(0).get("valueSource"));
        assertEquals("MET", sipas.get(0).get("status"), "91.5 ≥ 90");

        given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2026).queryParam("by", "SIPAS")
                .get(stack.gateway() + "/api/v1/rankings").then().statusCode(200)
                .body("items[0].unit", equalTo("HN-BADINH")).body("items[0].rank", equalTo(1)).body("items[0].source", equalTo("PUBLISHED"))
                .body("items[1].unit", equalTo("HN-DANHOA")).body("items[1].rank", equalTo(2)).body("items[1].value", equalTo(65.8333f));
    }

    @Test
    void theBatchEvaluationOfHanoisSubtreeAnswersWithEveryUnit() throws IOException {
        String supervisor = stack.token("hanoi.supervisor");
        JsonPath batch = given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2026)
                .queryParam("from", "2025-12-15")
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(200)
                .body("parent", equalTo("HN")).body("year", equalTo(2026)).body("window.from", equalTo("2025-12-15"))
                .body("units.unit", containsInAnyOrder(hanoiSubtree().toArray()))
                .extract().jsonPath();
        assertEquals(38, batch.getList("units.find { it.unit == 'HN' }.evaluations").size(), "Hà Nội's 38 targets");
        assertEquals(37, batch.getList("units.find { it.unit == 'HN-BADINH' }.evaluations").size(), "Ba Đình's 37 targets");
        assertEquals(0, batch.getList("units.find { it.unit == 'HN-DANHOA' }.evaluations").size(), "Dân Hòa has no plan");
        // each unit's counts are its measures, and the per-unit endpoint says the same for Ba Đình
        int measures = batch.getList("units.find { it.unit == 'HN-BADINH' }.evaluations.measures.flatten()").size();
        assertEquals(measures, batch.getInt("units.find { it.unit == 'HN-BADINH' }.counts.total"));
        given().auth().oauth2(supervisor).queryParam("unit", "HN-BADINH").queryParam("year", 2026).queryParam("from", "2025-12-15")
                .get(stack.gateway() + "/api/v1/evaluations").then().statusCode(200)
                .body("summary.total", equalTo(measures))
                .body("summary.met", equalTo(batch.getInt("units.find { it.unit == 'HN-BADINH' }.counts.met")));
        // a ward officer cannot evaluate the city's subtree
        given().auth().oauth2(stack.token("badinh.officer")).queryParam("parent", "HN").queryParam("year", 2026)
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(404);

        // COMPACT (report-service's read; targets from plan-service's digest): the same verdicts, smaller
        JsonPath compact = given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2026)
                .queryParam("from", "2025-12-15").queryParam("detail", "COMPACT")
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(200).extract().jsonPath();
        for (String unit : List.of("HN", "HN-BADINH")) {
            String full = "units.find { it.unit == '" + unit + "' }.evaluations";
            String small = "units.find { it.unit == '" + unit + "' }.verdicts";
            assertEquals(batch.getList(full + ".targetId"), compact.getList(small + ".targetId"), unit + ": same targets");
            assertEquals(batch.getList(full + ".measures.flatten().status"), compact.getList(small + ".measures.flatten().status"),
                    unit + ": same statuses");
            assertEquals(batch.getList(full + ".measures.flatten().numerator"), compact.getList(small + ".measures.flatten().numerator"),
                    unit + ": same numerators");
            assertEquals(batch.getMap("units.find { it.unit == '" + unit + "' }.counts"),
                    compact.getMap("units.find { it.unit == '" + unit + "' }.counts"), unit + ": same counts");
        }
        // without parent: every unit the caller reads — the whole country for the admin, Hà Nội for its supervisor
        List<String> national = given().auth().oauth2(stack.token("admin")).queryParam("year", 2026).queryParam("detail", "COUNTS")
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(200).extract().jsonPath().getList("units.unit");
        assertTrue(national.containsAll(hanoiSubtree()) && national.contains("HP-HAIDUONG"), "the admin's country: " + national);
        given().auth().oauth2(supervisor).queryParam("year", 2026).queryParam("detail", "COUNTS")
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(200)
                .body("parent", nullValue()).body("units.unit", containsInAnyOrder(hanoiSubtree().toArray()));
    }
}
