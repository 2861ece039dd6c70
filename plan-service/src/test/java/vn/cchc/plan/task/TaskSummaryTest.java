package vn.cchc.plan.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.plan.exchange.DemoData;

/**
 * {@code GET /api/v1/tasks/summary} on the real seed plans: counts per unit and area in one call, the
 * status as of a past day from the progress history, and the caller's subtree as the limit.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TaskSummaryTest {

    @Inject
    DemoData demo;

    private Map<String, Long> plans;

    @BeforeEach
    void load() throws IOException {
        plans = demo.load();
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theCityGetsEveryPlanOfItsSubtreeInOneCall() {
        JsonPath p = given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("asOf", "2026-03-14")
                .get("/api/v1/tasks/summary").then().statusCode(200)
                // other tests may have cascaded plans to more wards: HN and Ba Đình come first (tree order)
                .body("units[0].unit", equalTo("HN"))
                .body("units[1].unit", equalTo("HN-BADINH"))
                .body("units.unit", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("HP-HAIDUONG")))
                .body("units[0].counts.total", equalTo(56))
                .body("units[1].counts.total", equalTo(43))
                .body("units[1].name", equalTo("Phường Ba Đình"))
                .body("units[1].areas.area", contains("DIRECTION", "INSTITUTIONS", "PROCEDURES", "ORGANIZATION", "CIVIL_SERVICE",
                        "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT"))
                .body("units[1].areas.counts.total", contains(15, 4, 6, 4, 7, 4, 3))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertNull(p.get("units[0].tasks"));
        // another city's ward is outside the subtree
        given().queryParam("parent", "HP-HAIDUONG").queryParam("year", 2026).get("/api/v1/tasks/summary").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("asOf", "2999-01-01")
                .get("/api/v1/tasks/summary").then().statusCode(422);
        given().queryParam("year", 2026).get("/api/v1/tasks/summary").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "haiduong.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HP-HAIDUONG"))
    void statusesAreTakenAsOfTheDayFromTheProgressHistory() {
        long early = demo.taskId(plans.get("HP-HAIDUONG"), firstRef(0));
        long late = demo.taskId(plans.get("HP-HAIDUONG"), firstRef(1));
        report(early, "2026-03-10", "DONE", 100);
        report(late, "2026-04-02", "IN_PROGRESS", 50);
        JsonPath at = given().queryParam("parent", "HP-HAIDUONG").queryParam("year", 2026).queryParam("asOf", "2026-03-14")
                .queryParam("tasks", true)
                .get("/api/v1/tasks/summary").then().statusCode(200)
                .body("units.unit", contains("HP-HAIDUONG"))
                .body("units[0].counts.total", equalTo(45))
                .body("units[0].tasks.size()", equalTo(45))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("DONE", at.getString("units[0].tasks.find { it.id == " + early + " }.status"));
        org.junit.jupiter.api.Assertions.assertEquals("NOT_STARTED", at.getString("units[0].tasks.find { it.id == " + late + " }.status"));
        JsonPath later = given().queryParam("parent", "HP-HAIDUONG").queryParam("year", 2026).queryParam("asOf", "2026-04-30")
                .queryParam("tasks", true).get("/api/v1/tasks/summary").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("IN_PROGRESS", later.getString("units[0].tasks.find { it.id == " + late + " }.status"));
        org.junit.jupiter.api.Assertions.assertEquals(50, later.getInt("units[0].tasks.find { it.id == " + late + " }.progress"));
        // the ward does not see the city's subtree
        given().queryParam("parent", "HN").queryParam("year", 2026).get("/api/v1/tasks/summary").then().statusCode(404);
    }

    private String firstRef(int index) {
        return given().queryParam("plan", plans.get("HP-HAIDUONG")).queryParam("size", 5).get("/api/v1/tasks")
                .then().statusCode(200).extract().jsonPath().getString("items[" + index + "].ref");
    }

    private static void report(long task, String day, String status, int progress) {
        String etag = given().get("/api/v1/tasks/" + task).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reportedOn\":\"" + day + "\",\"status\":\"" + status + "\",\"progress\":" + progress + "}")
                .post("/api/v1/tasks/" + task + "/updates").then().statusCode(200);
    }
}
