package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real 2026 plans as `up` loads them, read and updated through the gateway with real tokens.
 */
@ExtendWith(LocalStack.class)
class PlansE2EIT {

    private final LocalStack stack = LocalStack.get();

    private JsonPath plan(String token, String unit) {
        return given().auth().oauth2(token).queryParam("unit", unit).queryParam("year", 2026)
                .get(stack.gateway() + "/api/v1/plans").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theThreeSeedPlansAreLoadedWithFullCounts() {
        String admin = stack.token("admin");
        for (String[] c : new String[][] {{"HN", "56"}, {"HN-BADINH", "43"}, {"HP-HAIDUONG", "45"}}) {
            long id = plan(admin, c[0]).getLong("items[0].id");
            given().auth().oauth2(admin).queryParam("plan", id).queryParam("size", 1)
                    .get(stack.gateway() + "/api/v1/tasks")
                    .then().statusCode(200).body("total", equalTo(Integer.parseInt(c[1])));
        }
    }

    @Test
    void aWardOfficerSeesItsOwnPlanOnly() {
        String officer = stack.token("badinh.officer");
        given().auth().oauth2(officer).queryParam("year", 2026).get(stack.gateway() + "/api/v1/plans")
                .then().statusCode(200).body("items.unitCode", contains("HN-BADINH"));
        long hp = plan(stack.token("admin"), "HP-HAIDUONG").getLong("items[0].id");
        given().auth().oauth2(officer).get(stack.gateway() + "/api/v1/plans/" + hp)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(officer).queryParam("size", 500).get(stack.gateway() + "/api/v1/tasks")
                .then().body("items.unitCode", everyItem(equalTo("HN-BADINH")));
    }

    @Test
    void progressIsReportedWithIfMatchAndTheAuditSaysWho() {
        String officer = stack.token("badinh.officer");
        long planId = plan(officer, "HN-BADINH").getLong("items[0].id");
        long taskId = given().auth().oauth2(officer).queryParam("plan", planId).queryParam("q", "tuyen truyen")
                .get(stack.gateway() + "/api/v1/tasks").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String etag = given().auth().oauth2(officer).get(stack.gateway() + "/api/v1/tasks/" + taskId)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"progress\": 40, \"status\": \"IN_PROGRESS\", \"note\": \"Đang triển khai\"}")
                .post(stack.gateway() + "/api/v1/tasks/" + taskId + "/updates")
                .then().statusCode(200).body("progress", equalTo(40));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"progress\": 50, \"status\": \"IN_PROGRESS\"}")
                .post(stack.gateway() + "/api/v1/tasks/" + taskId + "/updates")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(stack.token("hanoi.supervisor"))
                .queryParam("objectType", "TASK").queryParam("objectId", taskId)
                .get(stack.gateway() + "/api/v1/audit")
                .then().statusCode(200).body("items[0].actor", equalTo("badinh.officer"))
                .body("items[0].after.progress", equalTo(40));
        given().auth().oauth2(stack.token("haiduong.officer")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"progress\": 90, \"status\": \"IN_PROGRESS\"}")
                .post(stack.gateway() + "/api/v1/tasks/" + taskId + "/updates")
                .then().statusCode(404);
    }

    @Test
    void aWardPlanCascadesFromTheCityPlanAndATaskTableImportsFromXlsxAndCsv() {
        String supervisor = stack.token("hanoi.supervisor");
        long hanoi = plan(supervisor, "HN").getLong("items[0].id");
        // Xã Dân Hòa has no plan yet: create it from the city's, keeping only the city's obligations on communes
        var report = given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"HN-DANHOA\", \"obligationsOnly\": true}")
                .post(stack.gateway() + "/api/v1/plans/" + hanoi + "/cascade")
                .then().statusCode(201).body("targets", equalTo(38)).extract().jsonPath();
        long danhoa = report.getLong("planId");
        int copied = report.getInt("tasks");
        given().auth().oauth2(supervisor).queryParam("plan", danhoa).queryParam("size", 500)
                .get(stack.gateway() + "/api/v1/tasks").then().statusCode(200)
                .body("total", equalTo(copied))
                .body("items.parentId", everyItem(org.hamcrest.Matchers.notNullValue()));

        // the city's appendix as XLSX, then as CSV, into two fresh draft plans
        long badinh = plan(supervisor, "HN-BADINH").getLong("items[0].id");
        byte[] xlsx = given().auth().oauth2(supervisor).queryParam("format", "xlsx")
                .get(stack.gateway() + "/api/v1/plans/" + badinh + "/tasks/export").then().statusCode(200)
                .extract().asByteArray();
        String csv = given().auth().oauth2(supervisor).queryParam("format", "csv")
                .get(stack.gateway() + "/api/v1/plans/" + badinh + "/tasks/export").then().statusCode(200)
                .extract().asString();
        for (String[] c : new String[][] {{"HN-E2E-XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
                {"HN-E2E-CSV", "text/csv; charset=UTF-8"}}) {
            given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + c[0] + "\",\"name\":\"Phường " + c[0] + "\",\"level\":\"WARD\",\"parentCode\":\"HN\"}")
                    .post(stack.gateway() + "/api/v1/units").then().statusCode(201);
            long id = given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                    .body("{\"format\": \"cchc-plan/1\", \"unitCode\": \"" + c[0] + "\", \"year\": 2026, "
                            + "\"title\": \"Kế hoạch CCHC năm 2026\", \"groups\": [{\"key\": \"I\", \"label\": \"Chỉ đạo điều hành\"}]}")
                    .post(stack.gateway() + "/api/v1/plans/import").then().statusCode(201)
                    .extract().jsonPath().getLong("planId");
            var body = given().auth().oauth2(supervisor).contentType(c[1]);
            (c[0].endsWith("XLSX") ? body.body(xlsx) : body.body(csv))
                    .post(stack.gateway() + "/api/v1/plans/" + id + "/tasks/import")
                    .then().statusCode(201).body("tasks", equalTo(43));
            given().auth().oauth2(supervisor).queryParam("plan", id).queryParam("size", 1)
                    .get(stack.gateway() + "/api/v1/tasks").then().body("total", equalTo(43));
        }
        // a ward officer may not import into its own plan (supervisors manage plans)
        given().auth().oauth2(stack.token("badinh.officer")).contentType("text/csv; charset=UTF-8").body(csv)
                .post(stack.gateway() + "/api/v1/plans/" + badinh + "/tasks/import")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
