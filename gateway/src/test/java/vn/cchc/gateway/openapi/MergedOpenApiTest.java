package vn.cchc.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.route.EchoUpstream;

/**
 * {@code /api/openapi.json} and the Swagger UI on it, with the stand-in upstreams of
 * {@link EchoUpstream}: plan and report serve small fake documents, kpi does not answer.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoUpstream.class)
class MergedOpenApiTest {

    @Test
    void isPublicEvenWithAGarbageToken() {
        given().get(OpenApiRoute.PATH).then().statusCode(200).contentType("application/json")
                .body("info.title", equalTo("cchc-platform API"));
        given().auth().oauth2("not-a-token").get(OpenApiRoute.PATH).then().statusCode(200);
        // while the API itself still wants one
        given().get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void mergesTheUpstreamsThatAnswerAndNamesTheOneThatDoesNot() {
        given().get(OpenApiRoute.PATH).then().statusCode(200)
                .header("Warning", containsString("kpi"))
                .body("'x-cchc-missing-upstreams'", equalTo(List.of("kpi")))
                .body("servers[0].url", equalTo("/"))
                .body("paths", hasKey("/api/v1/units/{code}"))
                .body("paths", hasKey("/api/v1/reports/{id}"))
                // described by plan's document, but not routed by the gateway or owned by another upstream
                .body("paths", not(hasKey("/q/internal/reindex")))
                .body("paths", not(hasKey("/api/v1/indicators")))
                .body("paths", not(hasKey("/api/v1/units/{code}/reports")))
                // plan and report each have their own Unit
                .body("components.schemas", hasKey("PlanUnit"))
                .body("components.schemas", hasKey("ReportUnit"))
                .body("components.schemas", not(hasKey("Unit")))
                .body("components.schemas.Report.properties.unit.$ref", equalTo("#/components/schemas/ReportUnit"))
                .body("tags.name", equalTo(List.of("Reports", "Units")))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        endsWith("/realms/quarkus/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl",
                        endsWith("/realms/quarkus/protocol/openid-connect/token"))
                .body("security[0]", hasKey("keycloak"))
                .body("info.description", containsString("application/problem+json"))
                .body("info.description", containsString("If-Match"))
                .body("info.description", containsString("Vai trò"));
    }

    @Test
    void anUnchangedDocumentIs304ToIfNoneMatch() {
        String etag = given().get(OpenApiRoute.PATH).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(OpenApiRoute.PATH).then().statusCode(304).body(emptyString());
        given().head(OpenApiRoute.PATH).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void otherMethodsAreRefused() {
        given().post(OpenApiRoute.PATH).then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void swaggerUiShowsTheMergedDocumentAndLogsInWithTheSpaClient() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/api/openapi.json"))
                .body(containsString("cchc-spa"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }

    @Test
    void theGatewaysOwnOpenApiIsStillThere() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("'x-cchc-missing-upstreams'", nullValue());
    }
}
