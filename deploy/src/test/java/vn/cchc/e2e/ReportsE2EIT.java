package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * report-service through the gateway with real Keycloak tokens, on the seed data: Phường Ba Đình's
 * Q1 2026 report assembled from its real tasks (plan-service) and targets (kpi-service), taken through
 * draft → submitted → returned → resubmitted → approved → sent; the frozen version unchanged after a task
 * is edited; Hà Nội's consolidated Q1 listing its wards with timeliness; the city-portal client pulling
 * with updatedSince, ETag and 304; refusals across units and roles.
 */
@ExtendWith(LocalStack.class)
class ReportsE2EIT {

    private final LocalStack stack = LocalStack.get();

    private static final String HN_REGIME = """
            {"unitCode": "HN", "year": 2026, "name": "Chế độ báo cáo CCHC định kỳ năm 2026", "portal": "hanoi-cchc",
             "basis": "Kế hoạch CCHC nhà nước năm 2026 của thành phố Hà Nội, mục III. Chế độ báo cáo",
             "periods": [
              {"code": "2026-Q1", "name": "Báo cáo Quý 1", "windowStart": "2025-12-15", "windowEnd": "2026-03-14", "dueDate": "2026-03-18"},
              {"code": "2026-H1", "name": "Báo cáo CCHC 6 tháng đầu năm", "windowStart": "2025-12-15", "windowEnd": "2026-06-14", "dueDate": "2026-06-18"},
              {"code": "2026-Q3", "name": "Báo cáo Quý 3", "windowStart": "2026-06-15", "windowEnd": "2026-09-14", "dueDate": "2026-09-18"},
              {"code": "2026", "name": "Báo cáo CCHC năm", "windowStart": "2025-12-15", "windowEnd": "2026-12-14", "dueDate": "2026-12-18"}]}""";

    /** Waits for the delivery worker (every second in this stack) to file the report's version. */
    private void awaitDelivered(String token, long id) throws InterruptedException {
        String status = null;
        for (int i = 0; i < 120 && !"DELIVERED".equals(status); i++) {
            Thread.sleep(500);
            status = given().auth().oauth2(token).queryParam("report", id).get(url("/api/v1/deliveries"))
                    .then().statusCode(200).extract().path("deliveries[0].status");
        }
        assertEquals("DELIVERED", status, "the report reached the portal");
    }

    private String url(String path) {
        return stack.gateway() + path;
    }

    /** Hà Nội's 2026 regime, issued by the city's supervisor (or the one issued before). */
    private long hanoiRegime(String supervisor) {
        var created = given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(HN_REGIME)
                .post(url("/api/v1/reporting-regimes")).then().statusCode(anyOf(equalTo(201), equalTo(409))).extract();
        if (created.statusCode() == 201) {
            return created.jsonPath().getLong("id");
        }
        return given().auth().oauth2(supervisor).queryParam("unit", "HN").queryParam("year", 2026).get(url("/api/v1/reporting-regimes"))
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.code == 'CCHC' }.id");
    }

    @Test
    void badinhsQ1ReportFromAssemblyToTheCityPortal() throws Exception {
        String officer = stack.token("badinh.officer");
        String leader = stack.token("badinh.leader");
        String supervisor = stack.token("hanoi.supervisor");
        long regime = hanoiRegime(supervisor);

        // what is due: the city's four periods, Q1 not started and overdue (today is after 18/3/2026)
        given().auth().oauth2(officer).queryParam("unit", "HN-BADINH").queryParam("asOf", "2026-03-20")
                .get(url("/api/v1/reports/due")).then().statusCode(200)
                .body("items.periodCode", hasItems("2026-Q1", "2026-H1", "2026-Q3", "2026"))
                .body("items.find { it.periodCode == '2026-Q1' }.timeliness", equalTo("OVERDUE"));

        // assembled from Ba Đình's real plan: 43 tasks (15, 4, 6, 4, 7, 4, 3 per area) and its 37 targets
        JsonPath draft = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"HN-BADINH\", \"regimeId\": " + regime + ", \"periodCode\": \"2026-Q1\"}")
                .post(url("/api/v1/reports")).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("content.header.unitName", equalTo("Phường Ba Đình"))
                .body("content.header.cutOff", equalTo("2026-03-14"))
                .body("content.assessment.tasks.total", equalTo(43))
                .body("content.direction.tasks.counts.total", equalTo(15))
                .body("content.areas.tasks.counts.total", equalTo(List.of(4, 6, 4, 7, 4, 3)))
                .body("content.targets.rows.size()", greaterThanOrEqualTo(37))
                .extract().jsonPath();
        long id = draft.getLong("id");
        String report = url("/api/v1/reports/" + id);
        int doneBefore = draft.getInt("content.areas[1].tasks.counts.done");

        String etag = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"" + draft.getLong("version") + "\"")
                .body("{\"direction\": \"UBND phường đã ban hành Kế hoạch CCHC năm 2026 và Kế hoạch tuyên truyền CCHC.\","
                        + " \"proposals\": \"Đề nghị Thành phố tiếp tục tập huấn về Hệ thống thông tin báo cáo.\"}")
                .put(report + "/narrative").then().statusCode(200).extract().header("ETag");

        // cross-unit and cross-role refusals
        given().auth().oauth2(stack.token("danhoa.officer")).get(report).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stack.token("haiduong.officer")).get(report).then().statusCode(404);
        given().auth().oauth2(stack.token("danhoa.officer")).post(report + "/submit").then().statusCode(404);
        given().auth().oauth2(supervisor).post(report + "/submit").then().statusCode(403);
        given().auth().oauth2(leader).post(report + "/approve").then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(officer).header("If-Match", etag).post(report + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(1))
                .body("timeliness", equalTo("LATE"));
        String v1Hash = given().auth().oauth2(officer).get(report + "/versions/1").then().statusCode(200).extract().path("contentHash");
        given().auth().oauth2(officer).post(report + "/approve").then().statusCode(403);
        given().auth().oauth2(stack.token("danhoa.leader")).post(report + "/approve").then().statusCode(404);
        given().auth().oauth2(supervisor).post(report + "/approve").then().statusCode(403);

        // a task is edited after the submission: a procedures task reported done on 10/3, inside the window
        long taskId = given().auth().oauth2(officer).queryParam("unit", "HN-BADINH").queryParam("area", "PROCEDURES")
                .queryParam("status", "NOT_STARTED").get(url("/api/v1/tasks")).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String taskTag = given().auth().oauth2(officer).get(url("/api/v1/tasks/" + taskId)).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", taskTag)
                .body("{\"reportedOn\": \"2026-03-10\", \"progress\": 100, \"status\": \"DONE\", \"note\": \"Đã hoàn thành\"}")
                .post(url("/api/v1/tasks/" + taskId + "/updates")).then().statusCode(200);
        given().auth().oauth2(officer).get(report + "/versions/1").then().statusCode(200)
                .body("contentHash", equalTo(v1Hash))
                .body("content.areas[1].tasks.counts.done", equalTo(doneBefore));

        // returned with a reason, refreshed (the new status counts, the narrative stays), resubmitted as version 2
        given().auth().oauth2(leader).contentType(ContentType.JSON).body("{\"reason\": \"Cập nhật kết quả cải cách TTHC đến 14/3\"}")
                .post(report + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Cập nhật kết quả cải cách TTHC đến 14/3"));
        given().auth().oauth2(officer).post(report + "/assemble").then().statusCode(200)
                .body("content.areas[1].tasks.counts.done", equalTo(doneBefore + 1))
                .body("content.direction.narrative", startsWith("UBND phường đã ban hành"));
        given().auth().oauth2(officer).post(report + "/submit").then().statusCode(200).body("currentVersion", equalTo(2));
        String v2Hash = given().auth().oauth2(officer).get(report + "/versions/2").then().statusCode(200).extract().path("contentHash");
        assertNotEquals(v1Hash, v2Hash);
        given().auth().oauth2(officer).get(report + "/versions/1").then().body("contentHash", equalTo(v1Hash))
                .body("state", equalTo("RETURNED"));
        given().auth().oauth2(leader).post(report + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        // the portal (the local stand-in) fails twice before it files: still exactly one filing of version 2
        given().post(stack.portalStandIn() + "/control/fail?count=2&status=503").then().statusCode(200);
        given().auth().oauth2(officer).post(report + "/send").then().statusCode(200).body("status", equalTo("SENT"));
        given().auth().oauth2(officer).post(report + "/send").then().statusCode(409);
        awaitDelivered(officer, id);
        List<Map<String, Object>> filings = given().get(stack.portalStandIn() + "/log").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.idempotencyKey == '" + id + ":2' }");
        assertEquals(List.of("FAILED", "FAILED", "ACCEPTED"), filings.stream().map(f -> f.get("outcome")).toList(), filings.toString());
        assertTrue(given().get(stack.portalStandIn() + "/log").then().extract().jsonPath()
                .getList("findAll { it.idempotencyKey == '" + id + ":1' }").isEmpty(), "the returned version 1 was never sent");
        given().auth().oauth2(officer).get(report).then().statusCode(200).body("delivery.status", equalTo("DELIVERED"));
        given().auth().oauth2(stack.token("haiduong.officer")).queryParam("report", id).get(url("/api/v1/deliveries")).then().statusCode(404);

        // the frozen version as documents, through the gateway
        DocumentsCheck.docxPdfXlsx(stack, officer, report + "/versions/2/document");
        given().auth().oauth2(officer).get(report + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "NARRATIVE", "SUBMIT", "RETURN", "ASSEMBLE", "SUBMIT", "APPROVE", "SEND")));

        // the city's consolidated Q1: its wards with their timeliness
        JsonPath city = given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .get(url("/api/v1/reports/consolidated")).then().statusCode(200)
                .body("units.unit", hasItems("HN-BADINH", "HN-DANHOA"))
                .extract().jsonPath();
        Map<String, Object> badinh = city.getMap("units.find { it.unit == 'HN-BADINH' }");
        assertEquals("SENT", badinh.get("status"));
        assertEquals("LATE", badinh.get("timeliness"));
        assertEquals("/api/v1/reports/" + id + "/versions/2", ((Map<?, ?>) badinh.get("links")).get("snapshot"));
        Map<String, Object> danhoa = city.getMap("units.find { it.unit == 'HN-DANHOA' }");
        assertTrue(List.of("OVERDUE", "LATE").contains(danhoa.get("timeliness")), danhoa.toString());
        given().auth().oauth2(officer).queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .get(url("/api/v1/reports/consolidated")).then().statusCode(404);
        String cityDocx = DocumentsCheck.text(stack, supervisor, url("/api/v1/reports/consolidated/document?parent=HN&period=2026-Q1"));
        assertTrue(cityDocx.contains("Phường Ba Đình") && cityDocx.contains("TÌNH HÌNH GỬI BÁO CÁO"), cityDocx);

        // the city's system pulls what is approved or sent, with ETag/304 and updatedSince
        String portal = stack.cityPortalToken();
        ExtractableResponse<Response> pulled = given().auth().oauth2(portal).queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .get(url("/api/v1/reports/released")).then().statusCode(200)
                .body("items.find { it.unitCode == 'HN-BADINH' }.version", equalTo(2))
                .body("items.find { it.unitCode == 'HN-BADINH' }.contentHash", equalTo(v2Hash))
                .extract();
        given().auth().oauth2(portal).header("If-None-Match", pulled.header("ETag")).queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .get(url("/api/v1/reports/released")).then().statusCode(304);
        given().auth().oauth2(portal).queryParam("parent", "HN").queryParam("updatedSince", pulled.jsonPath().getString("latest"))
                .get(url("/api/v1/reports/released")).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(portal).get(report + "/versions/2").then().statusCode(200)
                .body("content.proposals.narrative", startsWith("Đề nghị Thành phố"));
        given().auth().oauth2(portal).get(report + "/versions/1").then().statusCode(404);
        given().auth().oauth2(portal).get(report).then().statusCode(404);
        given().auth().oauth2(portal).post(report + "/assemble").then().statusCode(404);
        String csv = given().auth().oauth2(portal).queryParam("parent", "HN").queryParam("period", "2026-Q1").queryParam("format", "csv")
                .get(url("/api/v1/reports/released/export")).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("HN-BADINH,Phường Ba Đình,CCHC,2026-Q1,2,SENT,LATE"), csv);
        String jsonl = given().auth().oauth2(portal).queryParam("parent", "HN").queryParam("period", "2026-Q1")
                .get(url("/api/v1/reports/released/export")).then().statusCode(200).extract().asString();
        assertTrue(jsonl.contains("\"contentHash\":\"" + v2Hash + "\""), jsonl.substring(0, Math.min(400, jsonl.length())));
        given().auth().oauth2(portal).queryParam("parent", "HP").get(url("/api/v1/reports/released")).then().statusCode(404);
    }
}
