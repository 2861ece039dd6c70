package vn.cchc.kpi.value;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.kpi.measurement.UnitRegistryMock;
import vn.cchc.common.unit.UnitDirectory;

/**
 * Values over windows and roll-ups through the API, on measurements written through the API, with
 * hand-computed expectations. The cut-off windows are those of the plans, one year earlier
 * (Q1 = 15/12/2024–14/3/2025, 6 months = 15/12/2024–14/6/2025), so that none is in the future.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ValueResourceTest {

    @InjectMock
    @RestClient
    UnitDirectory directory;

    @BeforeEach
    void registry() {
        UnitRegistryMock.install(directory);
    }

    private static int write(String unit, String indicator, String period, String start, String end, int num, int den) {
        String window = start == null ? "" : ",\"windowStart\":\"" + start + "\",\"windowEnd\":\"" + end + "\"";
        return given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"indicatorCode\":\"" + indicator + "\",\"period\":\"" + period + "\""
                        + window + ",\"numerator\":" + num + ",\"denominator\":" + den + "}")
                .post("/api/v1/measurements").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void windowValueNeverAddsQ1AndTheSixMonthsTwice() {
        int q1 = write("HN-BADINH", "INSPECTION_FINDINGS_HANDLED", "2025-Q1", "2024-12-15", "2025-03-14", 90, 100);
        int h1 = write("HN-BADINH", "INSPECTION_FINDINGS_HANDLED", "2025-H1", "2024-12-15", "2025-06-14", 285, 300);
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "INSPECTION_FINDINGS_HANDLED")
                .queryParam("from", "2024-12-15").queryParam("to", "2025-06-14")
                .get("/api/v1/values").then().statusCode(200)
                .body("method", equalTo("RATIO_OF_SUMS"))
                .body("value", equalTo(95.0f))
                .body("numerator", equalTo(285)).body("denominator", equalTo(300))
                .body("used.id", contains(h1)).body("overlapping.id", contains(q1)).body("partial", empty())
                .body("windowDays", equalTo(182)).body("complete", equalTo(true));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "INSPECTION_FINDINGS_HANDLED")
                .queryParam("from", "2024-12-15").queryParam("to", "2025-03-14")
                .get("/api/v1/values").then().statusCode(200)
                .body("value", equalTo(90.0f)).body("used.id", contains(q1)).body("partial.id", contains(h1));
        // a calendar quarter cuts both cut-off windows: nothing counted, both listed
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "INSPECTION_FINDINGS_HANDLED")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-03-31")
                .get("/api/v1/values").then().statusCode(200)
                .body("hasData", equalTo(false)).body("value", nullValue()).body("partial.id", contains(q1, h1));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void hanoiRollsUpAsTheRatioOfItsChildrensSums() {
        int a = write("HN-BADINH", "TTHC_DIGITISED", "2025-Q2", null, null, 1, 1);
        int b = write("HN-DANHOA", "TTHC_DIGITISED", "2025-Q2", null, null, 50, 100);
        write("HN", "TTHC_DIGITISED", "2025-Q2", null, null, 60, 100);
        // children come two per page from the mock: HN-BADINH, HN-DANHOA, then HN-EMPTY on page 1
        given().queryParam("unit", "HN").queryParam("indicator", "TTHC_DIGITISED")
                .queryParam("from", "2025-04-01").queryParam("to", "2025-06-30")
                .get("/api/v1/values/rollup").then().statusCode(200)
                .body("aggregation", equalTo("RATIO_OF_SUMS"))
                .body("value", equalTo(50.495f))
                .body("numerator", equalTo(51)).body("denominator", equalTo(101))
                .body("childrenTotal", equalTo(3)).body("childrenWithData", equalTo(2))
                .body("children.unitCode", contains("HN-BADINH", "HN-DANHOA", "HN-EMPTY"))
                .body("children.hasData", contains(true, true, false))
                .body("children[0].used", contains(a)).body("children[1].used", contains(b))
                .body("children[1].value", equalTo(50.0f))
                .body("own.value", equalTo(60.0f)).body("own.denominator", equalTo(100));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void countsRollUpAsSums() {
        for (String unit : new String[]{"HN-BADINH", "HN-DANHOA"}) {
            given().contentType(ContentType.JSON)
                    .body("{\"unitCode\":\"" + unit + "\",\"indicatorCode\":\"CITIZEN_DIALOGUES\",\"period\":\"2024\",\"value\":2}")
                    .post("/api/v1/measurements").then().statusCode(201);
        }
        given().queryParam("unit", "HN").queryParam("indicator", "CITIZEN_DIALOGUES")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .get("/api/v1/values/rollup").then().statusCode(200)
                .body("aggregation", equalTo("SUM")).body("value", equalTo(4)).body("numerator", nullValue())
                .body("own.hasData", equalTo(false));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BROKEN"))
    void planServiceDownIs503() {
        given().queryParam("unit", "HN-BROKEN").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-03-31")
                .get("/api/v1/values/rollup").then().statusCode(503)
                .contentType("application/problem+json").body("type", equalTo("urn:cchc:problem:upstream-unavailable"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void badParametersAre422AndOtherUnitsAre404() {
        given().get("/api/v1/values").then().statusCode(422)
                .body("errors.field", contains("from", "indicator", "to", "unit"));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "NO_SUCH")
                .queryParam("from", "2025-03-31").queryParam("to", "2025-01-01")
                .get("/api/v1/values").then().statusCode(422).body("errors.field", contains("indicator", "to"));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-01-01").queryParam("to", "31/3/2025")
                .get("/api/v1/values").then().statusCode(400).body("errors.field", contains("to"));
        given().queryParam("unit", "HP-HAIDUONG").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-03-31")
                .get("/api/v1/values").then().statusCode(404);
        given().queryParam("unit", "HN").queryParam("indicator", "TTHC_ON_TIME")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-03-31")
                .get("/api/v1/values/rollup").then().statusCode(404);
    }
}
