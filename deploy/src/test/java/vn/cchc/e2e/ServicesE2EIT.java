package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kpi-service and report-service through the gateway with real tokens: each persists its resource in
 * its own database, and report-service checks units against plan-service's registry with the
 * caller's own token.
 */
@ExtendWith(LocalStack.class)
class ServicesE2EIT {

    private final LocalStack stack = LocalStack.get();

    private static final String BADINH_REGIME = """
            {"unitCode": "HN-BADINH", "year": 2026, "name": "Chế độ báo cáo CCHC định kỳ năm 2026",
             "periods": [
              {"code": "2026-Q1", "name": "Báo cáo Quý 1", "windowStart": "2025-12-15", "windowEnd": "2026-03-14", "dueDate": "2026-03-18"},
              {"code": "2026", "name": "Báo cáo CCHC năm", "windowStart": "2025-12-15", "windowEnd": "2026-12-14", "dueDate": "2026-12-18"}]}""";

    @Test
    void indicatorCatalogueIsSeededAndReadableByAnOfficer() {
        given().auth().oauth2(stack.token("badinh.officer"))
                .get(stack.gateway() + "/api/v1/indicators")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(6))
                .body("items.code", hasItem("SIPAS"));
        given().auth().oauth2(stack.token("badinh.officer"))
                .queryParam("q", "hai long")
                .get(stack.gateway() + "/api/v1/indicators")
                .then().statusCode(200).body("items.code", hasItem("SIPAS"));
    }

    @Test
    void supervisorRegistersAWardRegimeThatOnlyThatSubtreeCanRead() {
        String location = given().auth().oauth2(stack.token("hanoi.supervisor")).contentType(ContentType.JSON)
                .body(BADINH_REGIME)
                .post(stack.gateway() + "/api/v1/reporting-regimes")
                .then().statusCode(201).body("periods.code", hasItem("2026-Q1"))
                .extract().path("id").toString();
        given().auth().oauth2(stack.token("badinh.officer"))
                .get(stack.gateway() + "/api/v1/reporting-regimes/" + location)
                .then().statusCode(200).body("unitCode", equalTo("HN-BADINH"));
        given().auth().oauth2(stack.token("haiduong.officer"))
                .get(stack.gateway() + "/api/v1/reporting-regimes/" + location)
                .then().statusCode(404).contentType("application/problem+json");
        // an officer cannot register regimes, even for its own unit
        given().auth().oauth2(stack.token("badinh.officer")).contentType(ContentType.JSON)
                .body(BADINH_REGIME.replace("2026", "2027"))
                .post(stack.gateway() + "/api/v1/reporting-regimes")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void supervisorCannotRegisterForAnotherCity() {
        given().auth().oauth2(stack.token("hanoi.supervisor")).contentType(ContentType.JSON)
                .body(BADINH_REGIME.replace("HN-BADINH", "HP-HAIDUONG"))
                .post(stack.gateway() + "/api/v1/reporting-regimes")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
