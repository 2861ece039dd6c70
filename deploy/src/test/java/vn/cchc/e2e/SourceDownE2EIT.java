package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With kpi-service killed, assembling a report answers 503 problem+json naming kpi-service and stores
 * nothing, and the consolidated view answers the same 503; once it is back (started again by {@code up}), the same request assembles the report.
 */
@ExtendWith(LocalStack.class)
class SourceDownE2EIT {

    private final LocalStack stack = LocalStack.get();

    @Test
    void aReportIsNeverStoredHalfAssembled() throws Exception {
        String admin = stack.token("admin");
        long regime = given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                {"unitCode": "HP", "year": 2026, "code": "CCHC-E2E-DOWN", "name": "Chế độ báo cáo thử khi nguồn số liệu ngừng",
                 "periods": [{"code": "2026-Q1", "name": "Báo cáo Quý 1", "windowStart": "2025-12-15", "windowEnd": "2026-03-14",
                              "dueDate": "2026-03-18"}]}""")
                .post(stack.gateway() + "/api/v1/reporting-regimes").then().statusCode(201).extract().jsonPath().getLong("id");
        String officer = stack.token("haiduong.officer");
        String start = "{\"unitCode\": \"HP-HAIDUONG\", \"regimeId\": " + regime + ", \"periodCode\": \"2026-Q1\"}";
        try {
            stack.kill("kpi-service");
            given().auth().oauth2(officer).contentType(ContentType.JSON).body(start).post(stack.gateway() + "/api/v1/reports")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("kpi-service"));
            given().auth().oauth2(officer).queryParam("unit", "HP-HAIDUONG").queryParam("regime", regime)
                    .get(stack.gateway() + "/api/v1/reports").then().statusCode(200).body("total", equalTo(0));
            // the city's consolidated view reads kpi-service on a thread of its own: its failure still names it
            given().auth().oauth2(admin).queryParam("parent", "HP").queryParam("period", "2026-Q1").queryParam("regime", regime)
                    .get(stack.gateway() + "/api/v1/reports/consolidated").then().statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("kpi-service"));
        } finally {
            stack.startMissing();
        }
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(start).post(stack.gateway() + "/api/v1/reports")
                .then().statusCode(201).body("status", equalTo("DRAFT"));
    }
}
