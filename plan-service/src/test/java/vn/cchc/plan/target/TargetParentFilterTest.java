package vn.cchc.plan.target;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.plan.exchange.DemoData;

/**
 * {@code GET /api/v1/targets?parent=}: the targets of a whole subtree in one call (kpi-service's batch
 * evaluation), cut to the caller's own read scope: the same targets as the units of the subtree named one by one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TargetParentFilterTest {

    @Inject
    DemoData demo;

    @BeforeEach
    void load() throws IOException {
        demo.load();
    }

    /** The same targets read with one repeated {@code unit} per unit of the subtree (other tests add plans of their own). */
    private static int totalByUnits(String parent) {
        java.util.List<String> codes = given().queryParam("size", 500).get("/api/v1/units").then().statusCode(200).extract().jsonPath()
                .<java.util.Map<String, Object>>getList("items").stream()
                .filter(u -> ((java.util.List<?>) u.get("path")).contains(parent)).map(u -> (String) u.get("code")).toList();
        var spec = given().queryParam("year", 2026).queryParam("size", 1);
        for (String c : codes) {
            spec = spec.queryParam("unit", c);
        }
        return spec.get("/api/v1/targets").then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theParentsSubtreeInOneCall() {
        int hn = totalByUnits("HN");
        org.junit.jupiter.api.Assertions.assertTrue(hn >= 75, "at least the seed plans' 38 + 37 targets: " + hn);
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("size", 500).get("/api/v1/targets").then()
                .statusCode(200).body("total", equalTo(hn)).body("items.unitCode", hasItems("HN", "HN-BADINH"))
                .body("items.unitCode", not(hasItem("HP-HAIDUONG")));
        given().queryParam("parent", "HN-BADINH").queryParam("year", 2026).queryParam("size", 500).get("/api/v1/targets").then()
                .body("total", equalTo(totalByUnits("HN-BADINH"))).body("items.unitCode", not(hasItem("HN")));
        // another city's subtree is outside the supervisor's scope: an empty page, not an error
        given().queryParam("parent", "HP").queryParam("year", 2026).get("/api/v1/targets").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aParentAboveTheCallerIsCutToTheCallersSubtree() {
        given().queryParam("parent", "HN").queryParam("year", 2026).queryParam("size", 500).get("/api/v1/targets").then()
                .statusCode(200).body("total", equalTo(totalByUnits("HN-BADINH"))).body("items.unitCode", not(hasItem("HN")))
                .body("items.unitCode", hasItem("HN-BADINH"));
    }
}
