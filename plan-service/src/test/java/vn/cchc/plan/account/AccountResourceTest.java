package vn.cchc.plan.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import vn.cchc.plan.unit.NewOrgUnit;
import vn.cchc.plan.unit.OrgUnitLevel;
import vn.cchc.plan.unit.OrgUnitService;

/**
 * Account provisioning rules against the real (embedded) PostgreSQL registry and audit trail, with an
 * in-memory user store; AccountsE2EIT proves the same against the real Keycloak through the gateway.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AccountResourceTest {

    private static boolean seeded;
    private static String haiphongOfficer;
    private static String hanoiSupervisor;

    @Inject
    OrgUnitService units;
    @Inject
    InMemoryAccountDirectory directory;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        Caller admin = new Caller("admin", "admin", null, Set.of(Role.ADMIN));
        units.create(admin, new NewOrgUnit("AC-HN", "Thành phố Hà Nội", OrgUnitLevel.PROVINCE, null, null));
        units.create(admin, new NewOrgUnit("AC-HN-BADINH", "Phường Ba Đình", OrgUnitLevel.WARD, "AC-HN", List.of()));
        units.create(admin, new NewOrgUnit("AC-HP", "Thành phố Hải Phòng", OrgUnitLevel.PROVINCE, null, null));
        haiphongOfficer = directory.seed("hp.officer", "AC-HP", Role.OFFICER);
        hanoiSupervisor = directory.seed("hn.supervisor2", "AC-HN", Role.SUPERVISOR);
    }

    private static String newAccount(String username, String unit, String role) {
        return """
                {"username":"%s","firstName":"Văn A","lastName":"Nguyễn","email":"%s@example.vn","unit":"%s","role":"%s",
                 "password":"Mat-khau-tam-1"}"""
                .formatted(username, username.replaceAll("[^a-z0-9.]", ""), unit, role);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "AC-HN"))
    void supervisorProvisionsOfficersInItsSubtreeAndIsAudited() {
        String id = given().contentType(ContentType.JSON).body(newAccount("bd.officer1", "AC-HN-BADINH", "officer"))
                .post("/api/v1/accounts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/accounts/"))
                .body("username", equalTo("bd.officer1")).body("unit", equalTo("AC-HN-BADINH"))
                .body("role", equalTo("officer")).body("enabled", equalTo(true)).body("password", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        int auditId = given().get("/api/v1/accounts/" + id).then().statusCode(200).body("auditId", notNullValue()).extract().path("auditId");
        given().get("/api/v1/accounts?unit=AC-HN-BADINH").then().statusCode(200).body("items.username", hasItem("bd.officer1"));

        given().post("/api/v1/accounts/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"role\":\"leader\"}").put("/api/v1/accounts/" + id + "/role")
                .then().statusCode(200).body("role", equalTo("leader"));
        given().contentType(ContentType.JSON).body("{\"password\":\"Mat-khau-moi-22\",\"temporary\":false}")
                .put("/api/v1/accounts/" + id + "/password").then().statusCode(200);
        assertEquals("Mat-khau-moi-22", directory.password(id));

        // every action is in the trail, newest first, and no password is ever written there
        String trail = given().queryParam("objectType", "ACCOUNT").queryParam("objectId", auditId).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("RESET_PASSWORD", "ASSIGN_ROLE", "DISABLE", "CREATE"))
                .body("items[0].actor", equalTo("hanoi.supervisor"))
                .extract().asString();
        assertFalse(trail.contains("Mat-khau"), trail);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "AC-HN"))
    void supervisorCannotLeaveItsSubtreeOrGrantHighRoles() {
        int before = directory.size();
        given().contentType(ContentType.JSON).body(newAccount("hp.intruder", "AC-HP", "officer"))
                .post("/api/v1/accounts").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("unit"));
        given().contentType(ContentType.JSON).body(newAccount("bd.boss", "AC-HN-BADINH", "supervisor"))
                .post("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(newAccount("bd.root", "AC-HN-BADINH", "admin"))
                .post("/api/v1/accounts").then().statusCode(403);
        given().contentType(ContentType.JSON).body(newAccount("bd.odd", "AC-HN-BADINH", "integration"))
                .post("/api/v1/accounts").then().statusCode(422);
        assertEquals(before, directory.size(), "nothing was created");

        // another city's account does not exist for this caller; a peer supervisor cannot be touched
        given().get("/api/v1/accounts/" + haiphongOfficer).then().statusCode(404);
        given().post("/api/v1/accounts/" + haiphongOfficer + "/disable").then().statusCode(404);
        assertEquals(true, directory.find(haiphongOfficer).orElseThrow().enabled());
        given().post("/api/v1/accounts/" + hanoiSupervisor + "/disable").then().statusCode(403);
        // an integration account in the subtree is not the supervisor's to change either
        String integration = directory.seed("portal.integration", "AC-HN", "integration");
        given().contentType(ContentType.JSON).body("{\"role\":\"leader\"}").put("/api/v1/accounts/" + integration + "/role")
                .then().statusCode(403);
        assertEquals("integration", directory.find(integration).orElseThrow().role());
        given().get("/api/v1/accounts?unit=AC-HP").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "AC-HN"))
    void badInputIsAProblemAndCreatesNothing() {
        int before = directory.size();
        given().contentType(ContentType.JSON).body(newAccount("Bad Name!", "AC-HN-BADINH", "officer"))
                .post("/api/v1/accounts").then().statusCode(422).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("username")));
        given().contentType(ContentType.JSON).body(newAccount("bd.short", "AC-HN-BADINH", "officer").replace("Mat-khau-tam-1", "short"))
                .post("/api/v1/accounts").then().statusCode(422);
        given().contentType(ContentType.JSON).body(newAccount("bd.dup", "AC-HN-BADINH", "officer")).post("/api/v1/accounts").then().statusCode(201);
        given().contentType(ContentType.JSON).body(newAccount("bd.dup", "AC-HN-BADINH", "officer")).post("/api/v1/accounts")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(before + 1, directory.size());
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "AC-HN-BADINH"))
    void officersDoNotProvision() {
        given().get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(newAccount("bd.self", "AC-HN-BADINH", "officer"))
                .post("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminGrantsAnyRoleAnywhere() {
        given().contentType(ContentType.JSON).body(newAccount("hp.supervisor", "AC-HP", "supervisor"))
                .post("/api/v1/accounts").then().statusCode(201).body("role", equalTo("supervisor"));
    }
}
