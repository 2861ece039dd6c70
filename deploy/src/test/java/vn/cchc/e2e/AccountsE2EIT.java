package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account provisioning against the real Keycloak through the gateway: a supervisor of Hà Nội gives a
 * new officer of Ba Đình an account, that officer logs in and is confined to Ba Đình, and every
 * provisioning step is in the audit trail.
 */
@ExtendWith(LocalStack.class)
class AccountsE2EIT {

    private final LocalStack stack = LocalStack.get();

    private static String account(String username, String unit, String role) {
        return """
                {"username":"%s","firstName":"Thị B","lastName":"Trần","email":"%s@badinh.example.vn",
                 "unit":"%s","role":"%s","password":"Mat-khau-e2e-1","temporaryPassword":false}"""
                .formatted(username, username, unit, role);
    }

    @Test
    void aProvisionedOfficerLogsInAndIsConfinedToItsWard() {
        String supervisor = stack.token("hanoi.supervisor");
        String id = given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(account("e2e.badinh.tranthib", "HN-BADINH", "officer"))
                .post(stack.gateway() + "/api/v1/accounts")
                .then().statusCode(201).body("unit", equalTo("HN-BADINH")).body("role", equalTo("officer"))
                .extract().path("id");

        String token = stack.token("e2e.badinh.tranthib", "Mat-khau-e2e-1");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        org.junit.jupiter.api.Assertions.assertTrue(claims.contains("\"unit\":\"HN-BADINH\""), claims);
        for (String base : new String[] {stack.gateway(), stack.planService()}) {
            given().auth().oauth2(token).get(base + "/api/v1/units/HN-BADINH").then().statusCode(200);
            given().auth().oauth2(token).get(base + "/api/v1/units/HN-DANHOA").then().statusCode(404);
            given().auth().oauth2(token).get(base + "/api/v1/units/HP-HAIDUONG").then().statusCode(404);
            given().auth().oauth2(token).get(base + "/api/v1/accounts").then().statusCode(403);
        }

        // disabled: Keycloak no longer lets the user in; enabled with a new password: it does again
        given().auth().oauth2(supervisor).post(stack.gateway() + "/api/v1/accounts/" + id + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        given().formParam("grant_type", "password").formParam("client_id", "cchc-cli")
                .formParam("username", "e2e.badinh.tranthib").formParam("password", "Mat-khau-e2e-1")
                .post(stack.tokenEndpoint()).then().statusCode(org.hamcrest.Matchers.oneOf(400, 401)).body("error", equalTo("invalid_grant"));
        given().auth().oauth2(supervisor).post(stack.gateway() + "/api/v1/accounts/" + id + "/enable").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"password\":\"Mat-khau-moi-e2e-2\",\"temporary\":false}")
                .put(stack.gateway() + "/api/v1/accounts/" + id + "/password").then().statusCode(200);
        stack.token("e2e.badinh.tranthib", "Mat-khau-moi-e2e-2");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"role\":\"leader\"}")
                .put(stack.gateway() + "/api/v1/accounts/" + id + "/role").then().statusCode(200).body("role", equalTo("leader"));
        String leaderClaims = new String(Base64.getUrlDecoder().decode(
                stack.token("e2e.badinh.tranthib", "Mat-khau-moi-e2e-2").split("\\.")[1]));
        org.junit.jupiter.api.Assertions.assertTrue(leaderClaims.contains("\"leader\"") && !leaderClaims.contains("\"officer\""), leaderClaims);

        int auditId = given().auth().oauth2(supervisor).get(stack.gateway() + "/api/v1/accounts/" + id)
                .then().statusCode(200).extract().path("auditId");
        given().auth().oauth2(supervisor).queryParam("objectType", "ACCOUNT").queryParam("objectId", auditId)
                .get(stack.gateway() + "/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("ASSIGN_ROLE", "RESET_PASSWORD", "ENABLE", "DISABLE", "CREATE"))
                .body("items.actor", hasItem("hanoi.supervisor"));
        given().auth().oauth2(supervisor).queryParam("unit", "HN-BADINH").get(stack.gateway() + "/api/v1/accounts")
                .then().statusCode(200).body("items.username", hasItem("e2e.badinh.tranthib"))
                .body("items.username", hasItem("badinh.officer"));
    }

    @Test
    void aSupervisorCannotProvisionOutsideItsSubtreeNorGrantHighRoles() {
        String supervisor = stack.token("hanoi.supervisor");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(account("e2e.haiduong.x", "HP-HAIDUONG", "officer"))
                .post(stack.gateway() + "/api/v1/accounts").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(account("e2e.badinh.boss", "HN-BADINH", "supervisor"))
                .post(stack.gateway() + "/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(account("e2e.badinh.root", "HN-BADINH", "admin"))
                .post(stack.planService() + "/api/v1/accounts").then().statusCode(403);
        // neither attempt left an account behind in Keycloak
        given().formParam("grant_type", "password").formParam("client_id", "cchc-cli")
                .formParam("username", "e2e.haiduong.x").formParam("password", "Mat-khau-e2e-1")
                .post(stack.tokenEndpoint()).then().statusCode(org.hamcrest.Matchers.oneOf(400, 401)).body("error", equalTo("invalid_grant"));
        given().auth().oauth2(supervisor).queryParam("unit", "HP-HAIDUONG").get(stack.gateway() + "/api/v1/accounts")
                .then().statusCode(422);
        given().auth().oauth2(stack.token("badinh.leader")).contentType(ContentType.JSON)
                .body(account("e2e.badinh.friend", "HN-BADINH", "officer"))
                .post(stack.gateway() + "/api/v1/accounts").then().statusCode(403);
    }
}
