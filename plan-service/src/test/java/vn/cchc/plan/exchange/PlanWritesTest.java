package vn.cchc.plan.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;

/** Writes on plans and tasks: progress with optimistic locking and audit, import rules, export round trip. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlanWritesTest {

    @Inject
    DemoData demo;
    @Inject
    ObjectMapper json;

    Map<String, Long> plans;

    @BeforeEach
    void load() throws IOException {
        plans = demo.load();
    }

    private long taskId(String unit, String ref) {
        return given().queryParam("plan", plans.get(unit)).queryParam("size", 500).get("/api/v1/tasks")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.ref == '" + ref + "' }.id");
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void officerReportsProgressOnceAndTheAuditSaysWho() {
        long id = taskId("HN-BADINH", "5");
        String etag = given().get("/api/v1/tasks/" + id).then().statusCode(200).extract().header("ETag");
        String report = """
                {"progress": 60, "status": "IN_PROGRESS", "note": "Đã ban hành Kế hoạch tuyên truyền",
                 "evidenceNumber": "25/KH-UBND", "evidenceDate": "2026-02-10", "evidenceUrl": "https://badinh.hanoi.gov.vn/vb/25"}""";
        given().contentType(ContentType.JSON).body(report).post("/api/v1/tasks/" + id + "/updates")
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(report)
                .post("/api/v1/tasks/" + id + "/updates")
                .then().statusCode(200).body("progress", equalTo(60)).body("status", equalTo("IN_PROGRESS"));
        // the same ETag again is stale: nothing is overwritten
        given().contentType(ContentType.JSON).header("If-Match", etag).body(report.replace("60", "70"))
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/tasks/" + id).then().body("progress", equalTo(60));
        given().get("/api/v1/tasks/" + id + "/updates").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].createdBy", equalTo("badinh.officer"))
                .body("[0].evidenceNumber", equalTo("25/KH-UBND"));
        given().queryParam("objectType", "TASK").queryParam("objectId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].actor", equalTo("badinh.officer"))
                .body("items[0].action", equalTo("PROGRESS"))
                .body("items[0].before.progress", equalTo(0))
                .body("items[0].after.progress", equalTo(60));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void badProgressIsRefusedAndChangesNothing() {
        long id = taskId("HN-BADINH", "6");
        String etag = given().get("/api/v1/tasks/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"progress\": 130, \"status\": \"IN_PROGRESS\"}")
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(422)
                .body("errors.field", hasItem("progress"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"progress\": 50, \"status\": \"DONE\"}")
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(422);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"progress\": 50, \"status\": \"IN_PROGRESS\", \"evidenceUrl\": \"javascript:alert(1)\"}")
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(422).body("errors.field", hasItem("evidenceUrl"));
        given().get("/api/v1/tasks/" + id).then().body("progress", equalTo(0)).header("ETag", equalTo(etag));
    }

    @Test
    @TestSecurity(user = "haiduong.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HP-HAIDUONG"))
    void anotherCitysOfficerCannotSeeOrTouchTheTask() {
        long id = demo.taskId(plans.get("HN-BADINH"), "7");
        given().get("/api/v1/tasks/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"progress\": 10, \"status\": \"IN_PROGRESS\"}")
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(404);
        given().get("/api/v1/tasks/" + id + "/updates").then().statusCode(404);
        given().queryParam("objectType", "TASK").queryParam("objectId", id).get("/api/v1/audit").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void importIsAllOrNothingWithEveryErrorListed() throws IOException {
        ObjectNode doc = (ObjectNode) json.valueToTree(demo.document("HN-BADINH"));
        doc.put("unitCode", "HN-DANHOA");
        ((ObjectNode) doc.withArray("tasks").get(3)).put("title", "");
        ((ObjectNode) doc.withArray("tasks").get(5)).put("progress", 130);
        ((ObjectNode) doc.withArray("tasks").get(7).withArray("assignments").get(0)).putArray("lead");
        given().contentType(ContentType.JSON).body(doc.toString()).post("/api/v1/plans/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("tasks[3].title", "tasks[5].progress", "tasks[7].assignments[0].lead"));
        given().queryParam("unit", "HN-DANHOA").get("/api/v1/plans").then().body("total", equalTo(0));

        given().contentType(ContentType.JSON).body("{\"format\": \"cchc-plan/1\", \"unitCode\": ").post("/api/v1/plans/import")
                .then().statusCode(400).contentType("application/problem+json");
        String huge = "x".repeat(3 * 1024 * 1024);
        given().contentType(ContentType.JSON).body("{\"title\": \"" + huge + "\"}").post("/api/v1/plans/import")
                .then().statusCode(413);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void dryRunWritesNothingAndASecondPlanForTheYearConflicts() throws IOException {
        ObjectNode doc = (ObjectNode) json.valueToTree(demo.document("HN-BADINH"));
        doc.put("unitCode", "HN-DANHOA");
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(doc.toString())
                .post("/api/v1/plans/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("tasks", equalTo(43)).body("targets", equalTo(37));
        given().queryParam("unit", "HN-DANHOA").get("/api/v1/plans").then().body("total", equalTo(0));

        given().contentType(ContentType.JSON).body(json.writeValueAsString(demo.document("HN-BADINH")))
                .post("/api/v1/plans/import").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void anOfficerCannotImport() throws IOException {
        given().contentType(ContentType.JSON).body(json.writeValueAsString(demo.document("HN-BADINH")))
                .post("/api/v1/plans/import").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void anExportReimportsToAnEqualPlan() throws IOException {
        JsonNode exported = json.readTree(given().get("/api/v1/plans/" + plans.get("HN-BADINH") + "/export")
                .then().statusCode(200).extract().asString());
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"HN-ROUNDTRIP\",\"name\":\"Phường Thử\",\"level\":\"WARD\",\"parentCode\":\"HN\"}")
                .post("/api/v1/units").then().statusCode(201);
        ObjectNode copy = exported.deepCopy();
        copy.put("unitCode", "HN-ROUNDTRIP");
        long id = given().contentType(ContentType.JSON).body(copy.toString()).post("/api/v1/plans/import")
                .then().statusCode(201).body("unresolvedParties", hasItem("Các phòng, ban, đơn vị liên quan"))
                .extract().jsonPath().getLong("planId");
        ObjectNode again = (ObjectNode) json.readTree(given().get("/api/v1/plans/" + id + "/export")
                .then().statusCode(200).extract().asString());
        again.put("unitCode", "HN-BADINH");
        assertEquals(exported, again);
        given().get("/api/v1/plans/" + id + "/revisions").then().body("size()", equalTo(1))
                .body("[0].actor", equalTo("hanoi.supervisor"));
        given().get("/api/v1/plans/" + id + "/export?asOf=2020-01-01").then().statusCode(404)
                .body("detail", containsString("did not exist yet"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aWardTaskInheritsTheCityTasksDueDate() {
        long city = demo.taskId(plans.get("HN"), "2");
        long ward = demo.taskId(plans.get("HN-BADINH"), "2");
        given().get("/api/v1/tasks/" + city).then().body("dueDate", equalTo("2026-03-31"));
        given().get("/api/v1/tasks/" + ward).then()
                .body("assignments[0].deadline", equalTo("Theo Kế hoạch của Thành phố (dự kiến quý I/2026)"))
                .body("assignments[0].parsed.kind", equalTo("INHERITED"))
                .body("parentId", equalTo((int) city))
                .body("dueDate", equalTo("2026-03-31"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aCityPlanCascadesToAWardWithLinksToItsOrigin() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"HN-CASCADE\",\"name\":\"Phường Thử Nghiệm\",\"level\":\"WARD\",\"parentCode\":\"HN\"}")
                .post("/api/v1/units").then().statusCode(201);
        var report = given().contentType(ContentType.JSON)
                .body("{\"unitCode\": \"HN-CASCADE\", \"obligationsOnly\": true}")
                .post("/api/v1/plans/" + plans.get("HN") + "/cascade")
                .then().statusCode(201).body("targets", equalTo(38)).extract().jsonPath();
        int tasks = report.getInt("tasks");
        org.junit.jupiter.api.Assertions.assertTrue(tasks > 10 && tasks < 56, "obligations only: " + tasks);
        long id = report.getLong("planId");
        given().get("/api/v1/plans/" + id).then().body("status", equalTo("DRAFT"))
                .body("parentId", equalTo(plans.get("HN").intValue()));
        given().queryParam("plan", id).queryParam("size", 500).get("/api/v1/tasks").then()
                .body("items.parentId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("items.assignments.flatten().lead.flatten().name", hasItem("UBND các xã, phường"));
        // a plan for another city's ward cannot be cascaded from Hà Nội's
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HP-HAIDUONG\"}")
                .post("/api/v1/plans/" + plans.get("HN") + "/cascade").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aSupervisorStructuresAFlaggedTarget() {
        var flagged = given().queryParam("plan", plans.get("HN")).queryParam("flagged", true).get("/api/v1/targets")
                .then().statusCode(200).extract().jsonPath();
        long id = flagged.getLong("items[0].id");
        String etag = given().get("/api/v1/targets/" + id).then().statusCode(200).extract().header("ETag");
        String body = """
                {"measures": [{"clause": "tỷ lệ giảm chi", "comparator": "REDUCE_BY_AT_LEAST", "value": %s,
                  "unit": "PERCENT", "baselineYear": 2025, "indicatorCode": null}], "reason": "Cấu trúc hóa chỉ tiêu"}""";
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body.formatted("130"))
                .put("/api/v1/targets/" + id).then().statusCode(422).body("errors.field", hasItem("measures[0].value"));
        // a measure without its clause, or without a value its comparator needs, says which and why
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"measures\": [{\"comparator\": \"AT_LEAST\", \"value\": 90, \"unit\": \"PERCENT\"}]}")
                .put("/api/v1/targets/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measures[0]")).body("errors[0].message", equalTo("needs its field 'clause'"));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"measures\": [{\"clause\": \"x\", \"comparator\": \"AT_LEAST\", \"unit\": \"PERCENT\"}]}")
                .put("/api/v1/targets/" + id).then().statusCode(400)
                .body("errors[0].message", equalTo("is refused: value is required for AT_LEAST"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body.formatted("10"))
                .put("/api/v1/targets/" + id).then().statusCode(200)
                .body("flagged", equalTo(false)).body("measures[0].comparator", equalTo("REDUCE_BY_AT_LEAST"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body.formatted("20"))
                .put("/api/v1/targets/" + id).then().statusCode(412);
        given().queryParam("objectType", "TARGET").queryParam("objectId", id).get("/api/v1/audit")
                .then().body("items[0].actor", equalTo("hanoi.supervisor"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void issuingThePlanDatesTheTasksDueSoManyDaysAfterIt() {
        long task = demo.taskId(plans.get("HN"), "1");
        given().get("/api/v1/tasks/" + task).then()
                .body("assignments[1].parsed.kind", equalTo("RELATIVE"))
                .body("assignments[1].dueDate", org.hamcrest.Matchers.nullValue());
        String etag = given().get("/api/v1/plans/" + plans.get("HN")).then().extract().header("ETag");
        String issue = """
                {"title": "Kế hoạch Cải cách hành chính nhà nước năm 2026 của thành phố Hà Nội",
                 "documentNumber": %s, "documentDate": "2026-01-10", "status": "ISSUED", "reason": "Ban hành"}""";
        given().contentType(ContentType.JSON).header("If-Match", etag).body(issue.formatted("null"))
                .put("/api/v1/plans/" + plans.get("HN")).then().statusCode(422);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(issue.formatted("\"01/QĐ-UBND\""))
                .put("/api/v1/plans/" + plans.get("HN")).then().statusCode(200).body("status", equalTo("ISSUED"));
        given().get("/api/v1/tasks/" + task).then()
                .body("assignments[1].dueDate", equalTo("2026-01-30"))
                .body("dueDate", equalTo("2026-01-30"));
        given().get("/api/v1/plans/" + plans.get("HN") + "/revisions").then()
                .body("reason", hasItem("Ban hành"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aTaskTableRoundTripsThroughXlsxAndCsvIntoAnotherPlan() throws IOException {
        byte[] xlsx = given().queryParam("format", "xlsx").get("/api/v1/plans/" + plans.get("HN-BADINH") + "/tasks/export")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        String csv = given().queryParam("format", "csv").get("/api/v1/plans/" + plans.get("HN-BADINH") + "/tasks/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"HN-TABLE\",\"name\":\"Phường Bảng\",\"level\":\"WARD\",\"parentCode\":\"HN\"}")
                .post("/api/v1/units").then().statusCode(201);
        String empty = """
                {"format": "cchc-plan/1", "unitCode": "HN-TABLE", "year": 2026, "title": "Kế hoạch CCHC năm 2026 (dự thảo)",
                 "status": "DRAFT", "groups": [{"key": "1", "area": "DIRECTION", "label": "Công tác chỉ đạo, điều hành CCHC"}]}""";
        long id = given().contentType(ContentType.JSON).body(empty).post("/api/v1/plans/import")
                .then().statusCode(201).extract().jsonPath().getLong("planId");
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        given().contentType(xlsxType).body(xlsx).queryParam("dryRun", true).post("/api/v1/plans/" + id + "/tasks/import")
                .then().statusCode(200).body("tasks", equalTo(43));
        given().queryParam("plan", id).get("/api/v1/tasks").then().body("total", equalTo(0));
        given().get("/api/v1/plans/" + id).then().body("groups.size()", equalTo(1));

        given().contentType(xlsxType).body(xlsx).post("/api/v1/plans/" + id + "/tasks/import")
                .then().statusCode(201).body("tasks", equalTo(43));
        given().queryParam("plan", id).queryParam("size", 500).get("/api/v1/tasks").then()
                .body("total", equalTo(43))
                .body("items.find { it.ref == '1' }.assignments[1].deadline", equalTo("Tháng 02/2026"));
        // the same rows again clash with the refs now in the plan: all refused, nothing added
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/plans/" + id + "/tasks/import")
                .then().statusCode(422).body("errors.size()", equalTo(43));
        given().queryParam("plan", id).get("/api/v1/tasks").then().body("total", equalTo(43));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aBadTaskTableIsRefusedWithEveryRowAndChangesNothing() {
        String csv = "TT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                + "I,Chỉ đạo điều hành,,,,\n"
                + "901,Nhiệm vụ thử,Kế hoạch,Sở Nội vụ,,Quý I/2026\n"
                + "902,,Kế hoạch,Sở Nội vụ,,Quý I/2026\n"
                + "903,Nhiệm vụ không có cơ quan chủ trì,Báo cáo,,,Tháng 6/2026\n";
        long before = given().queryParam("plan", plans.get("HN")).get("/api/v1/tasks").then().extract().jsonPath().getLong("total");
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/plans/" + plans.get("HN") + "/tasks/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body("not a workbook".getBytes())
                .post("/api/v1/plans/" + plans.get("HN") + "/tasks/import").then().statusCode(422);
        given().queryParam("plan", plans.get("HN")).get("/api/v1/tasks").then().body("total", equalTo((int) before));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aSupervisorAdjustsATaskAndAddsOne() {
        long id = demo.taskId(plans.get("HN"), "3");
        String etag = given().get("/api/v1/tasks/" + id).then().statusCode(200).extract().header("ETag");
        String change = """
                {"number": "3", "title": "Ban hành Kế hoạch tuyên truyền CCHC năm 2026 (điều chỉnh)",
                 "outputs": [{"name": "Kế hoạch"}], "leader": "Phó Chủ tịch UBND Thành phố",
                 "assignments": [{"lead": ["Sở Nội vụ"], "coordinators": ["UBND các xã, phường"], "deadline": "Quý II/2026"}],
                 "reason": "Điều chỉnh thời hạn"}""";
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(change.replace("\"assignments\": [{", "\"assignments\": [], \"x\": [{").replace("\"x\"", "\"outputs2\""))
                .put("/api/v1/tasks/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(change.replace("[{\"lead\": [\"Sở Nội vụ\"], \"coordinators\": [\"UBND các xã, phường\"], \"deadline\": \"Quý II/2026\"}]", "[]"))
                .put("/api/v1/tasks/" + id).then().statusCode(422).body("errors.field", hasItem("assignments"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .put("/api/v1/tasks/" + id).then().statusCode(200)
                .body("dueDate", equalTo("2026-06-30"))
                .body("assignments.size()", equalTo(1))
                .body("assignments[0].lead[0].unitCode", equalTo("HN-SNV"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .put("/api/v1/tasks/" + id).then().statusCode(412);
        given().queryParam("objectType", "TASK").queryParam("objectId", id).get("/api/v1/audit").then()
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].before.assignments.size()", equalTo(2))
                .body("items[0].after.title", containsString("(điều chỉnh)"));

        String task = """
                {"ref": "57", "group": "7", "number": "57", "title": "Thí điểm trợ lý ảo hỗ trợ giải quyết TTHC",
                 "outputs": [{"name": "Báo cáo"}], "assignments": [{"lead": ["Sở Khoa học và Công nghệ"], "deadline": "Tháng 10/2026"}]}""";
        // added to a plan of its own, so that the seed plans keep the documents' counts
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"HN-EDIT\",\"name\":\"Phường Sửa\",\"level\":\"WARD\",\"parentCode\":\"HN\"}")
                .post("/api/v1/units").then().statusCode(201);
        long planId = given().contentType(ContentType.JSON).body("""
                {"format": "cchc-plan/1", "unitCode": "HN-EDIT", "year": 2026, "title": "Kế hoạch CCHC năm 2026",
                 "groups": [{"key": "7", "area": "DIGITAL_GOVERNMENT", "label": "Chuyển đổi số trong cơ quan nhà nước"}]}""")
                .post("/api/v1/plans/import").then().statusCode(201).extract().jsonPath().getLong("planId");
        given().contentType(ContentType.JSON).body(task).post("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(201).header("Location", containsString("/api/v1/tasks/"))
                .body("dueDate", equalTo("2026-10-31")).body("assignments[0].lead[0].unitCode", equalTo("HN-SKHCN"));
        given().contentType(ContentType.JSON).body(task).post("/api/v1/plans/" + planId + "/tasks")
                .then().statusCode(422).body("errors.field", hasItem("tasks[0].ref"));
        given().contentType(ContentType.JSON).body(task.replace("\"group\": \"7\"", "\"group\": \"9\""))
                .post("/api/v1/plans/" + planId + "/tasks").then().statusCode(422).body("errors.field", hasItem("group"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void anOfficerCannotRewriteATask() {
        long id = demo.taskId(plans.get("HN-BADINH"), "9");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\": \"x\", \"assignments\": [{\"lead\": [\"Phòng VHXH\"], \"deadline\": \"Quý I/2026\"}]}")
                .put("/api/v1/tasks/" + id).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void statusAndProgressCannotContradictEachOtherAndThePlanLifeCycleIsOneWay() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"HN-RULES\",\"name\":\"Phường Quy Tắc\",\"level\":\"WARD\",\"parentCode\":\"HN\"}")
                .post("/api/v1/units").then().statusCode(201);
        String plan = """
                {"format": "cchc-plan/1", "unitCode": "HN-RULES", "year": 2026, "title": "Kế hoạch CCHC năm 2026",
                 "status": "%s", "groups": [{"key": "1", "area": "DIRECTION", "label": "Chỉ đạo điều hành"}]}""";
        given().contentType(ContentType.JSON).body(plan.formatted("ISSUED")).post("/api/v1/plans/import")
                .then().statusCode(422).body("errors.field", hasItem("documentNumber"));
        long id = given().contentType(ContentType.JSON).body(plan.formatted("DRAFT")).post("/api/v1/plans/import")
                .then().statusCode(201).extract().jsonPath().getLong("planId");
        String task = """
                {"ref": "1", "group": "1", "title": "Ban hành Kế hoạch", "status": "DONE", "progress": 10,
                 "assignments": [{"lead": ["Sở Nội vụ"], "deadline": "Quý I/2026"}]%s}""";
        given().contentType(ContentType.JSON).body(task.formatted("")).post("/api/v1/plans/" + id + "/tasks")
                .then().statusCode(422).body("errors.field", hasItem("tasks[0].status"));
        given().contentType(ContentType.JSON).body(task.formatted(", \"parentRef\": \"1\"").replace("\"DONE\", \"progress\": 10", "\"NOT_STARTED\", \"progress\": 0"))
                .post("/api/v1/plans/" + id + "/tasks").then().statusCode(422).body("errors.field", hasItem("tasks[0].parentRef"));
        long taskId = given().contentType(ContentType.JSON)
                .body(task.formatted("").replace("\"DONE\", \"progress\": 10", "\"NOT_STARTED\", \"progress\": 0"))
                .post("/api/v1/plans/" + id + "/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().get("/api/v1/tasks/" + taskId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"progress\": 100, \"status\": \"NOT_STARTED\"}")
                .post("/api/v1/tasks/" + taskId + "/updates").then().statusCode(422);

        String header = """
                {"title": "Kế hoạch CCHC năm 2026", "documentNumber": "%s", "documentDate": "%s", "status": "%s"}""";
        String planTag = given().get("/api/v1/plans/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", planTag).body(header.formatted("9/KH-UBND", "2031-01-10", "ISSUED"))
                .put("/api/v1/plans/" + id).then().statusCode(422).body("errors.field", hasItem("documentDate"));
        given().contentType(ContentType.JSON).header("If-Match", planTag).body(header.formatted("9/KH-UBND", "2026-01-10", "ISSUED"))
                .put("/api/v1/plans/" + id).then().statusCode(200);
        planTag = given().get("/api/v1/plans/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", planTag).body(header.formatted("9/KH-UBND", "2026-01-10", "DRAFT"))
                .put("/api/v1/plans/" + id).then().statusCode(409);
        given().queryParam("sort", "bogus").get("/api/v1/tasks").then().statusCode(422);

        // a table numbering its sections I, II… fills the plan's group 1 of the same area, not a new group
        String csv = "TT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                + "I,Chỉ đạo điều hành,,,,\n"
                + "2,Tuyên truyền CCHC,Kế hoạch,Sở Nội vụ,,Quý I/2026\n";
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/plans/" + id + "/tasks/import")
                .then().log().ifValidationFails().statusCode(201);
        given().get("/api/v1/plans/" + id).then().body("groups.key", org.hamcrest.Matchers.contains("1"));
        given().queryParam("plan", id).queryParam("q", "tuyen truyen").get("/api/v1/tasks").then()
                .body("items[0].group", equalTo("1"));
    }
}
