package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of bad token is refused with 401 problem+json, by the gateway and by each service called
 * directly (defence in depth), against the real Keycloak: expired, from another issuer, for another
 * audience, with a tampered signature, unsigned ({@code alg: none}), and naming no org unit. The
 * odd tokens come from throw-away clients that the test adds to the realm through Keycloak's admin API.
 */
@ExtendWith(LocalStack.class)
class BadTokensE2EIT {

    private static final LocalStack STACK = LocalStack.get();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @BeforeAll
    static void addOddClients() {
        String admin = STACK.keycloakAdminToken();
        Map<String, Object> unit = mapper("unit", "oidc-usermodel-attribute-mapper",
                Map.of("user.attribute", "unit", "claim.name", "unit", "jsonType.label", "String", "access.token.claim", "true"));
        Map<String, Object> audience = mapper("cchc-api-audience", "oidc-audience-mapper",
                Map.of("included.custom.audience", "cchc-api", "access.token.claim", "true"));
        createClient(admin, "e2e-short-lived", List.of(unit, audience), Map.of("access.token.lifespan", "1"));
        createClient(admin, "e2e-other-audience", List.of(unit), Map.of());
        createClient(admin, "e2e-no-unit", List.of(audience), Map.of());
    }

    private static Map<String, Object> mapper(String name, String type, Map<String, String> config) {
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", type, "config", config);
    }

    private static void createClient(String admin, String clientId, List<Map<String, Object>> mappers, Map<String, String> attributes) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "protocolMappers", mappers, "attributes", attributes))
                .post(STACK.keycloak() + "/admin/realms/cchc/clients").then().statusCode(201);
    }

    private static String tokenVia(String clientId) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", "badinh.officer").formParam("password", "demo")
                .post(STACK.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    /** Asserts 401 problem+json from the gateway and from each service for a read every officer may make. */
    private static void refusedEverywhere(String token) {
        for (String url : List.of(STACK.gateway() + "/api/v1/units/HN-BADINH", STACK.planService() + "/api/v1/units/HN-BADINH",
                STACK.kpiService() + "/api/v1/indicators", STACK.reportService() + "/api/v1/reporting-regimes")) {
            given().auth().oauth2(token).get(url).then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401))
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    void theSameUsersProperTokenIsAccepted() {
        // the control: without it, the refusals below could come from anything
        String good = STACK.token("badinh.officer");
        given().auth().oauth2(good).get(STACK.gateway() + "/api/v1/units/HN-BADINH").then().statusCode(200);
        given().auth().oauth2(good).get(STACK.planService() + "/api/v1/units/HN-BADINH").then().statusCode(200);
        given().auth().oauth2(good).get(STACK.kpiService() + "/api/v1/indicators").then().statusCode(200);
        given().auth().oauth2(good).get(STACK.reportService() + "/api/v1/reporting-regimes").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = tokenVia("e2e-short-lived");
        Thread.sleep(2_500);
        refusedEverywhere(token);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refusedEverywhere(tokenVia("e2e-other-audience"));
    }

    @Test
    void aTokenNamingNoUnitIsRefused() {
        String token = tokenVia("e2e-no-unit");
        String claims = new String(B64D.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertFalse(claims.contains("\"unit\""), claims);
        refusedEverywhere(token);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refusedEverywhere(STACK.keycloakAdminToken()); // the master realm: another issuer, another key
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = STACK.token("badinh.officer").split("\\.");
        String claims = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8).replace("\"HN-BADINH\"", "\"HN\"");
        refusedEverywhere(parts[0] + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = STACK.token("badinh.officer").split("\\.");
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refusedEverywhere(none + "." + parts[1] + ".");
    }
}
