package vn.cchc.report.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.common.testing.PostgresTestResource;

/**
 * The real REST client to plan-service's unit registry, against {@link FakePlanService}: the path it
 * calls, the bearer token it passes on, the JSON it reads, how 404, 503 and a dead plan-service
 * reach the caller, and the readiness check. Callers present real signed tokens ({@link LocalTokens}),
 * so the {@code Authorization} header that must be passed on exists. The last test takes the fake down.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
// restricted to this class: the other tests keep their mock registry and token doubles
@QuarkusTestResource(value = FakePlanService.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = LocalTokens.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitDirectoryTest {

    @Test
    @Order(1)
    void callsTheRegistryWithTheCallersOwnToken() {
        FakePlanService.REQUESTS.clear();
        String token = LocalTokens.token("badinh.officer", "HN-BADINH", "officer");
        given().auth().oauth2(token)
                .queryParam("unit", "HN-BADINH").queryParam("year", 2099).get("/api/v1/reporting-regimes")
                .then().statusCode(200).body("total", equalTo(0));
        assertEquals(List.of("GET /api/v1/units/HN-BADINH Bearer " + token), FakePlanService.REQUESTS);
    }

    @Test
    @Order(2)
    void registryAnswersMapToProblems() {
        String token = LocalTokens.token("badinh.officer", "HN-BADINH", "officer");
        given().auth().oauth2(token).queryParam("unit", "HP-HAIDUONG").get("/api/v1/reporting-regimes")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No unit HP-HAIDUONG is visible to you"));
        given().auth().oauth2(token).queryParam("unit", "HN-BROKEN").get("/api/v1/reporting-regimes")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:upstream-unavailable"));
    }

    @Test
    @Order(3)
    void readinessReportsPlanServiceUp() {
        // overall readiness is DOWN in tests (no Keycloak), so look at this check only
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'plan-service' }.status", equalTo("UP"));
    }

    @Test
    @Order(4)
    void planServiceDownIs503AndNotReady() {
        FakePlanService.goDown();
        given().auth().oauth2(LocalTokens.token("badinh.officer", "HN-BADINH", "officer")).queryParam("unit", "HN-BADINH").get("/api/v1/reporting-regimes")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:upstream-unavailable"));
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'plan-service' }.status", equalTo("DOWN"));
    }
}
