package vn.cchc.gateway.route;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gateway answers 429 problem+json with Retry-After once a user's bucket is empty (tiny limits here). */
@QuarkusTest
@TestProfile(RateLimitedRoutesTest.TinyLimits.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class RateLimitedRoutesTest {

    /** Three requests per user, one back per minute (a slow machine never refills within the test). */
    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cchc.gateway.rate-limit.per-user.capacity", "3",
                    "cchc.gateway.rate-limit.per-user.refill", "1",
                    "cchc.gateway.rate-limit.per-user.period", "60s");
        }
    }

    private static String token(String user) {
        return Jwt.preferredUserName(user).subject(user).groups(Set.of("officer")).claim("unit", "HN-BADINH").claim("azp", "cchc-spa")
                .issuer("https://server.example.com").audience("https://service.example.com")
                .jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void theFourthRequestInABurstIs429WithRetryAfter() {
        String alice = token("rate.alice");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(alice).get("/api/v1/units").then().statusCode(200);
        }
        given().auth().oauth2(alice).get("/api/v1/units")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:cchc:problem:too-many-requests"));
        // someone else is not affected
        given().auth().oauth2(token("rate.bob")).get("/api/v1/units").then().statusCode(200);
    }
}
