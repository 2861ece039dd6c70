package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch evaluation reads plan-service's target digest again with its entity tag (kpi-service keeps the
 * last one): through the gateway with real tokens, a target changed in plan-service is judged in its new
 * form by the very next batch, and a digest is only ever served from the cache when plan-service says it
 * is current.
 */
@ExtendWith(LocalStack.class)
class BatchEvaluationE2EIT {

    private static final String STRUCTURED = """
            {"measures": [{"clause": "100% hồ sơ đúng hạn", "comparator": "AT_LEAST", "value": 100, "unit": "PERCENT",
              "indicatorCode": "TTHC_ON_TIME"}], "reason": "e2e: cấu trúc hóa"}""";
    private static final String FLAGGED_AGAIN = """
            {"measures": [], "reason": "e2e: trả lại như cũ"}""";

    private final LocalStack stack = LocalStack.get();

    @Test
    void aTargetChangedInPlanServiceIsJudgedInItsNewFormByTheNextBatch() {
        String supervisor = stack.token("hanoi.supervisor");
        long id = given().auth().oauth2(supervisor).queryParam("unit", "HN-BADINH").queryParam("year", 2026).queryParam("flagged", true)
                .get(stack.gateway() + "/api/v1/targets").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        // plan-service's digest: an entity tag, and 304 for it while nothing changed
        String tag = given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2026)
                .get(stack.planService() + "/api/v1/targets/digest").then().statusCode(200).extract().header("ETag");
        assertNotNull(tag);
        given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2026).header("If-None-Match", tag)
                .get(stack.planService() + "/api/v1/targets/digest").then().statusCode(304);

        assertEquals(List.of("NOT_EVALUABLE"), statuses(supervisor, id), "flagged: nothing to judge yet");
        assertEquals(List.of("NOT_EVALUABLE"), statuses(supervisor, id), "the same when the digest is revalidated");
        try {
            change(supervisor, id, STRUCTURED);
            List<String> judged = statuses(supervisor, id);
            assertEquals(1, judged.size());
            assertNotEquals("NOT_EVALUABLE", judged.get(0), "judged as TTHC_ON_TIME ≥ 100% at once");
            assertEquals(judged, statuses(supervisor, id));
        } finally {
            change(supervisor, id, FLAGGED_AGAIN);
        }
        assertEquals(List.of("NOT_EVALUABLE"), statuses(supervisor, id), "flagged again: the old form is not served from memory");
    }

    /** The statuses of one target's measures in Hà Nội's COMPACT batch, read through the gateway. */
    private List<String> statuses(String token, long targetId) {
        JsonPath batch = given().auth().oauth2(token).queryParam("parent", "HN").queryParam("year", 2026).queryParam("detail", "COMPACT")
                .get(stack.gateway() + "/api/v1/evaluations/units").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> verdicts = batch.getList("units.find { it.unit == 'HN-BADINH' }.verdicts");
        Map<String, Object> target = verdicts.stream().filter(v -> ((Number) v.get("targetId")).longValue() == targetId).findFirst()
                .orElseThrow(() -> new AssertionError("target " + targetId + " is not in Ba Đình's verdicts"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measures = (List<Map<String, Object>>) target.get("measures");
        return measures.stream().map(m -> (String) m.get("status")).toList();
    }

    private void change(String token, long id, String body) {
        String version = given().auth().oauth2(token).get(stack.gateway() + "/api/v1/targets/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", version).body(body)
                .put(stack.gateway() + "/api/v1/targets/" + id).then().statusCode(200);
    }
}
