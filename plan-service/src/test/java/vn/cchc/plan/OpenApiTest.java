package vn.cchc.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;

/**
 * The OpenAPI document front-end teams read: fields carry the Vietnamese term and examples from the plans, and
 * endpoints answering a {@code Response} (to set ETag or Location) still declare their body's schema for generated clients.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiTest {

    @Test
    void schemasExplainFieldsWithTheVietnameseTermAndRealExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.Task.properties.leader.description", containsString("lãnh đạo chủ trì"))
                .body("components.schemas.TaskDoc.properties.title.description", containsString("nhiệm vụ"))
                .body("components.schemas.AssignmentDoc.properties.lead.description", containsString("cơ quan chủ trì"))
                .body("components.schemas.AssignmentDoc.properties.deadline.examples[0]", equalTo("Quý I/2026"))
                .body("components.schemas.TargetMeasure.properties.clause.examples[0]", containsString("SIPAS"))
                .body("components.schemas.OrgUnit.properties.name.examples[0]", equalTo("Phường Ba Đình"))
                .body("paths.'/api/v1/units/{code}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/OrgUnit"))
                .body("paths.'/api/v1/plans/import'.post", notNullValue())
                .body("paths.'/api/v1/tasks'.get.parameters.name", org.hamcrest.Matchers.hasItems("overdue", "dueWithin", "lead", "q"));
    }
}
