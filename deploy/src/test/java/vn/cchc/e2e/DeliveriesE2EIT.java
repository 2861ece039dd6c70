package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery side of report-service on the real stack: {@code up} starts the reporting portal
 * stand-in, report-service is configured to deliver to it and watches it as a wellness check, and the
 * delivery log is routed by the gateway and guarded by real tokens. (Sending a report, which writes the
 * outbox row, is the report life cycle's; the guarantees against the stand-in are proven in
 * report-service's DeliveryTest.)
 */
@ExtendWith(LocalStack.class)
class DeliveriesE2EIT {

    private final LocalStack stack = LocalStack.get();

    @Test
    void theStandInRunsAndReportServiceWatchesIt() {
        given().get(stack.portalStandIn() + "/health").then().statusCode(200).body("standIn", equalTo(true));
        given().get(stack.portalStandIn() + "/log").then().statusCode(200);
        given().get(stack.reportService() + "/q/health/well").then().statusCode(200)
                .body("checks.name", hasItem("portal-hanoi-cchc"))
                .body("checks.find { it.name == 'portal-hanoi-cchc' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'portal-hanoi-cchc' }.data.url", equalTo(stack.portalStandIn() + "/api/reports"));
    }

    @Test
    void theDeliveryLogIsRoutedAndGuarded() {
        given().get(stack.gateway() + "/api/v1/deliveries?report=1").then().statusCode(401);
        given().auth().oauth2(stack.token("badinh.officer"))
                .get(stack.gateway() + "/api/v1/deliveries?report=987654")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No delivery of report 987654 is visible to you"));
    }
}
