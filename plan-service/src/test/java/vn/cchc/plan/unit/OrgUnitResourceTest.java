package vn.cchc.plan.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;
import vn.cchc.common.testing.PostgresTestResource;

/**
 * Org unit registry against a real (embedded) PostgreSQL, with token doubles for the caller. The same
 * rules are proven with real Keycloak tokens through the gateway by the deploy module's e2e suite.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OrgUnitResourceTest {

    private static boolean seeded;

    @Inject
    OrgUnitService service;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        Caller admin = new Caller("admin", "admin", null, Set.of(Role.ADMIN));
        service.create(admin, new NewOrgUnit("TU-HN", "Thành phố Hà Nội", OrgUnitLevel.PROVINCE, null, null));
        service.create(admin, new NewOrgUnit("TU-HN-BADINH", "Phường Ba Đình", OrgUnitLevel.WARD, "TU-HN", List.of("Phường BĐ")));
        service.create(admin, new NewOrgUnit("TU-HN-DANHOA", "Xã Dân Hòa", OrgUnitLevel.COMMUNE, "TU-HN", null));
        service.create(admin, new NewOrgUnit("TU-HP", "Thành phố Hải Phòng", OrgUnitLevel.PROVINCE, null, null));
    }

    @Test
    void anonymousGets401ProblemJson() {
        given().get("/api/v1/units/TU-HN")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN-BADINH"))
    void officerReadsOwnUnitButNotParentOrOtherCity() {
        given().get("/api/v1/units/TU-HN-BADINH").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Phường Ba Đình"))
                .body("path", contains("TU-HN", "TU-HN-BADINH"))
                .body("aliases", contains("Phường BĐ"));
        given().get("/api/v1/units/TU-HP").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/units/TU-HN").then().statusCode(404);
        given().get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.code", contains("TU-HN-BADINH"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN-BADINH"))
    void officerCannotCreateUnits() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-BADINH-X\",\"name\":\"Phòng X\",\"level\":\"DIVISION\",\"parentCode\":\"TU-HN-BADINH\"}")
                .post("/api/v1/units").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void supervisorSeesSubtreeAndSearchesWithoutDiacritics() {
        given().queryParam("q", "dan hoa").get("/api/v1/units").then().statusCode(200)
                .body("items.code", contains("TU-HN-DANHOA"));
        given().queryParam("parent", "TU-HN").get("/api/v1/units").then().statusCode(200)
                .body("items.code", contains("TU-HN-BADINH", "TU-HN-DANHOA"));
        given().get("/api/v1/units").then().body("items.code", not(hasItem("TU-HP")));
        // cannot add under another city, whose existence is not revealed either
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HP-X\",\"name\":\"Phường X\",\"level\":\"WARD\",\"parentCode\":\"TU-HP\"}")
                .post("/api/v1/units").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void severalUnitsByCodeInOneRequestOnlyThoseTheCallerSees() {
        // another city's unit and an unknown code are left out alike
        given().queryParam("code", "TU-HN-DANHOA", "TU-HP", "TU-HN-BADINH", "TU-NOWHERE").get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", contains("TU-HN-BADINH", "TU-HN-DANHOA"))
                .body("items[0].path", contains("TU-HN", "TU-HN-BADINH"));
        // the most codes at the longest (64 characters) fit in a request line: another service's batch check
        given().queryParam("code", java.util.stream.IntStream.range(0, OrgUnitService.MAX_CODES).mapToObj(i -> "TU-" + "X".repeat(57) + String.format("%04d", i)).toList())
                .get("/api/v1/units").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("code", java.util.stream.IntStream.range(0, OrgUnitService.MAX_CODES + 1).mapToObj(i -> "TU-X" + i).toList())
                .get("/api/v1/units").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("code"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void aSingleValuedParameterGivenTwiceIsRefusedNotReadAsItsFirstValue() {
        given().queryParam("parent", "TU-HN", "TU-HP").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("parent"))
                .body("instance", equalTo("/api/v1/units"));
        // paging is a bean of parameters: its fields count too
        given().queryParam("size", 1, 2).queryParam("parent", "TU-HN").get("/api/v1/units").then().statusCode(400)
                .body("errors.field", contains("size"));
        // a list parameter may repeat
        given().queryParam("code", "TU-HN-BADINH", "TU-HN-DANHOA").get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void validationErrorsArePerFieldAndChangeNothing() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"bad code\",\"name\":\"\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:validation"))
                .body("errors.field", contains("code", "level", "name"));
        given().queryParam("parent", "TU-HN").get("/api/v1/units").then().body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void malformedInputIsAProblemNeverA500() {
        given().contentType(ContentType.JSON).body("{\"code\": ").post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:bad-request"));
        given().contentType(ContentType.JSON).body("{\"code\":\"TU-HN-Z\",\"name\":\"Z\",\"level\":\"CASTLE\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("level"));
        // a field given twice: which value would count is a guess, so it is refused, naming the field
        given().contentType(ContentType.JSON).body("{\"code\":\"TU-HN-Z\",\"name\":\"Z\",\"name\":\"Y\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("name"))
                .body("detail", equalTo("The field 'name' appears more than once in an object"));
        given().get("/api/v1/units/TU-HN-Z").then().statusCode(404);
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/units")
                .then().statusCode(415).contentType("application/problem+json");
        given().delete("/api/v1/units/TU-HN").then().statusCode(405).contentType("application/problem+json");
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/nothing-here"));
        given().queryParam("size", 100000).get("/api/v1/units").then().statusCode(422);
        given().queryParam("page", Integer.MAX_VALUE).get("/api/v1/units").then().statusCode(422)
                .body("errors.field", contains("page"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void unconvertibleParametersAre400NamingTheParameter() {
        given().queryParam("page", "abc").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("page")).body("instance", equalTo("/api/v1/units"));
        given().queryParam("level", "BOGUS").get("/api/v1/units").then().statusCode(400)
                .body("detail", startsWith("level must be one of"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void textThatCannotBeStoredOrIsNotWhatItSeemsIsRefused() {
        given().urlEncodingEnabled(false).get("/api/v1/units/TU-HN%00").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("q", "\u0000").get("/api/v1/units").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-N\",\"name\":\"a\\u0000b\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("name"));
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-N\",\"name\":\"\\ud83d\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"code\":123,\"name\":true,\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-N\",\"name\":\"N\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"} trailing")
                .post("/api/v1/units").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-N\",\"code\":\"TU-HN-M\",\"name\":\"N\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-N\",\"name\":\"N\",\"level\":\"WARD\",\"parentcode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("parentcode"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("vn.cchc")));
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-N\",\"name\":\"\\u00a0\\u3000\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(422).body("errors.field", contains("name"));
        // % and _ are searched for literally
        given().queryParam("q", "%").get("/api/v1/units").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("parent", "TU-HN").get("/api/v1/units").then().body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TU-HN"))
    void duplicateCodeConflictsAndStaleUpdateIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"TU-HN-BADINH\",\"name\":\"Phường Ba Đình\",\"level\":\"WARD\",\"parentCode\":\"TU-HN\"}")
                .post("/api/v1/units").then().statusCode(409).contentType("application/problem+json");

        String body = "{\"name\":\"Phường Ba Đình\",\"level\":\"WARD\"}";
        given().contentType(ContentType.JSON).body(body).put("/api/v1/units/TU-HN-DANHOA").then().statusCode(428);
        String etag = given().get("/api/v1/units/TU-HN-DANHOA").then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"Xã Dân Hoà\",\"level\":\"COMMUNE\"}")
                .put("/api/v1/units/TU-HN-DANHOA").then().statusCode(200).body("version", equalTo(1));
        // the same, now stale, ETag must not overwrite the change just made
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/units/TU-HN-DANHOA").then().statusCode(412)
                .body("detail", startsWith("Unit TU-HN-DANHOA is at version 1"));
        given().get("/api/v1/units/TU-HN-DANHOA").then().body("name", equalTo("Xã Dân Hoà"));
    }
}
