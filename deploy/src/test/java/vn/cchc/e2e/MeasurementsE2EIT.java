package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kpi-service through the gateway with real tokens: measurements written by the ward's officer, the
 * value over a cut-off window, and the city's roll-up as the ratio of sums over its wards (the unit
 * tree comes from plan-service with the caller's token).
 */
@ExtendWith(LocalStack.class)
class MeasurementsE2EIT {

    private final LocalStack stack = LocalStack.get();

    private static String ratio(String unit, int num, int den) {
        return """
                {"unitCode": "%s", "indicatorCode": "TTHC_ON_TIME", "period": "2026-Q1",
                 "windowStart": "2025-12-15", "windowEnd": "2026-03-14", "numerator": %d, "denominator": %d}"""
                .formatted(unit, num, den);
    }

    /** Writes Ba Đình's Q1 value unless a test before has (a second write is a correction needing If-Match). */
    private void ensureBadinhQ1(String officer) {
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(ratio("HN-BADINH", 1, 1))
                .post(stack.gateway() + "/api/v1/measurements")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(428)));
    }

    @Test
    void wardsMeasureAndTheCityRollsUpAsARatioOfSums() {
        String officer = stack.token("badinh.officer");
        ensureBadinhQ1(officer);
        // another city's ward is not the Ba Đình officer's to write
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(ratio("HP-HAIDUONG", 5, 10))
                .post(stack.gateway() + "/api/v1/measurements")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(422)))
                .contentType("application/problem+json");
        String supervisor = stack.token("hanoi.supervisor");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(ratio("HN-DANHOA", 50, 100))
                .post(stack.gateway() + "/api/v1/measurements").then().statusCode(201);

        given().auth().oauth2(officer).queryParam("unit", "HN-BADINH").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-12-15").queryParam("to", "2026-03-14")
                .get(stack.gateway() + "/api/v1/values").then().statusCode(200)
                .body("hasData", equalTo(true)).body("value", equalTo(100.0f));
        // 1/1 and 50/100 make 51/101 = 50.495 %, not the 75 % a mean of ratios would say
        given().auth().oauth2(supervisor).queryParam("unit", "HN").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-12-15").queryParam("to", "2026-03-14")
                .get(stack.gateway() + "/api/v1/values/rollup").then().statusCode(200)
                .body("numerator", equalTo(51)).body("denominator", equalTo(101))
                .body("children.unitCode", hasItem("HN-BADINH"));
        // the ward officer cannot read the city's roll-up
        given().auth().oauth2(officer).queryParam("unit", "HN").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-12-15").queryParam("to", "2026-03-14")
                .get(stack.gateway() + "/api/v1/values/rollup").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(403), equalTo(404), equalTo(422)));
    }

    @Test
    void theWardsTargetsAreEvaluatedFromItsMeasurements() {
        String officer = stack.token("badinh.officer");
        ensureBadinhQ1(officer);
        // the year as the reporting regime cuts it: from 15/12 of the year before, so Q1's window lies inside
        var eval = given().auth().oauth2(officer).queryParam("unit", "HN-BADINH").queryParam("year", 2026)
                .queryParam("from", "2025-12-15")
                .get(stack.gateway() + "/api/v1/evaluations").then().statusCode(200)
                .body("summary.total", org.hamcrest.Matchers.greaterThan(0))
                .extract().jsonPath();
        java.util.List<String> statuses = eval.getList(
                "targets.measures.flatten().findAll { it.indicatorCode == 'TTHC_ON_TIME' }.status");
        org.junit.jupiter.api.Assertions.assertFalse(statuses.isEmpty(), "Ba Đình's plan promises on-time dossiers");
        org.junit.jupiter.api.Assertions.assertTrue(statuses.stream().anyMatch(st -> !st.equals("NO_DATA")),
                "the measured Q1 value is used: " + statuses);
        given().auth().oauth2(stack.token("haiduong.officer")).queryParam("unit", "HN-BADINH").queryParam("year", 2026)
                .get(stack.gateway() + "/api/v1/evaluations").then().statusCode(404);
    }
}
