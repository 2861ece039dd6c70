package vn.cchc.gateway.route;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;

/**
 * Gateway behaviour with a token double (OIDC WireMock) and a stand-in upstream. The real Keycloak
 * and the real services are exercised by the deploy module's e2e suite.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class ProxyRoutesTest {

    private static String token() {
        return token("HN-BADINH", "officer");
    }

    /** A token signed by the OIDC double's key, shaped like the cchc realm's (claim {@code unit}; null: none). */
    private static String token(String unit, String role) {
        var jwt = Jwt.preferredUserName("badinh.officer").groups(Set.of(role))
                .issuer("https://server.example.com").audience("https://service.example.com");
        if (unit != null) {
            jwt.claim("unit", unit);
        }
        return jwt.jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void aTokenNamingNoUnitIs401UnlessAdmin() {
        given().auth().oauth2(token(null, "officer")).get("/api/v1/units")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        given().auth().oauth2(token(null, "admin")).get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void everyRequestGetsAnIdThatTheServiceSeesToo() {
        String generated = given().auth().oauth2(token()).get("/api/v1/units")
                .then().statusCode(200).body("requestId", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
        given().auth().oauth2(token()).header("X-Request-Id", "ward-app.42").get("/api/v1/units")
                .then().statusCode(200).header("X-Request-Id", "ward-app.42").body("requestId", equalTo("ward-app.42"));
        // an id that could forge log lines is replaced
        given().auth().oauth2(token()).header("X-Request-Id", "a b\"c").get("/api/v1/units")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/api/v1/units").then().statusCode(401).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void concurrentRequestsReachTheServiceTogetherNotInLine() throws Exception {
        // Vert.x's default pool (5 connections per upstream) would hold all but 5 of these back
        int n = 24;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest slow = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/units?delay=1500"))
                .header("Authorization", "Bearer " + token()).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(http.sendAsync(slow, HttpResponse.BodyHandlers.ofString()));
        }
        int most = 0;
        for (var call : calls) {
            HttpResponse<String> r = call.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            most = Math.max(most, new JsonObject(r.body()).getInteger("inFlight"));
        }
        assertTrue(most > 12, "at most " + most + " of " + n + " concurrent requests reached the service together");
    }

    @Test
    void noTokenIs401ProblemAndNeverReachesUpstream() {
        given().get("/api/v1/units/HN-BADINH")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:cchc:problem:unauthorized"));
    }

    @Test
    void forgedTokenIs401WithInvalidToken() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/units").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void aBodyOverTheLimitIs413BeforeReachingTheService() {
        given().auth().oauth2(token()).contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}")
                .post("/api/v1/units").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void theServiceLearnsTheHostTheClientCalled() {
        given().auth().oauth2(token()).header("Host", "cchc.example.vn").get("/api/v1/units")
                .then().statusCode(200).body("forwardedHost", equalTo("cchc.example.vn"));
    }

    @Test
    void validTokenIsForwardedWithPathQueryBodyAndToken() {
        String token = token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"Phường Ba Đình\"}")
                .queryParam("dryRun", "true")
                .post("/api/v1/units/HN-BADINH")
                .then().statusCode(200)
                .header("ETag", equalTo("\"7\""))
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/units/HN-BADINH"))
                .body("query", equalTo("dryRun=true"))
                .body("authorization", equalTo("Bearer " + token))
                .body("body", equalTo("{\"name\":\"Phường Ba Đình\"}"));
    }

    @Test
    void upstreamStatusIsPassedThrough() {
        given().auth().oauth2(token()).queryParam("status", 409).get("/api/v1/reports/1")
                .then().statusCode(409);
    }

    @Test
    void unknownPathIs404Problem() {
        given().auth().oauth2(token()).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        given().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unreachableUpstreamIs503Problem() {
        given().auth().oauth2(token()).get("/api/v1/indicators")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:upstream-unavailable"));
    }
}
