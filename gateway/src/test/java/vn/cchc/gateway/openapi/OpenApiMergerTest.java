package vn.cchc.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The merge of three small upstream documents ({@code src/test/resources/openapi/*.json}): plan and
 * kpi and report all name a different {@code Unit}, plan and kpi an identically written
 * {@code UnitPage} that refers to it, all three an identical {@code Problem}.
 */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiMerger merger = new OpenApiMerger(new OpenApiMerger.Settings("cchc-platform API", "1.0.0",
            "Tiếng Việt and English", "http://keycloak.test/realms/cchc/", "cchc-spa"));

    static JsonNode fixture(String name) {
        try (InputStream in = OpenApiMergerTest.class.getResourceAsStream("/openapi/" + name + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<OpenApiMerger.Source> sources() {
        return List.of(
                new OpenApiMerger.Source("report", List.of("/api/v1/reports"), fixture("report")),
                new OpenApiMerger.Source("plan", List.of("/api/v1/units", "/api/v1/plans"), fixture("plan")),
                new OpenApiMerger.Source("kpi", List.of("/api/v1/indicators"), fixture("kpi")));
    }

    private ObjectNode merged() {
        return merger.merge(sources());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyOperationDeclaresProblemDetailsForItsErrors() {
        ObjectNode doc = merged();
        String ref = "#/components/schemas/Problem";
        doc.get("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            if (responses == null) {
                return;
            }
            assertEquals(ref, responses.at("/default/content/application~1problem+json/schema/$ref").asText(), op.getKey());
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().matches("[45]..") && !r.getValue().has("$ref")) {
                    org.junit.jupiter.api.Assertions.assertTrue(r.getValue().has("content"), op.getKey() + " " + r.getKey());
                }
            });
        }));
        JsonNode problem = doc.at("/components/schemas/Problem");
        assertEquals(List.of("type", "title", "status", "detail", "instance", "errors"), names(problem.get("properties")));
    }

    @Test
    void keepsOnlyThePathsTheGatewayRoutesToEachUpstream() {
        JsonNode paths = merged().get("paths");
        assertEquals(List.of("/api/v1/indicators", "/api/v1/reports/{id}", "/api/v1/units", "/api/v1/units/{code}"),
                names(paths));
        // plan's document also described /api/v1/indicators: kpi's description wins, as kpi gets the calls
        assertEquals("Indicators per unit", paths.at("/~1api~1v1~1indicators/get/summary").asText());
    }

    @Test
    void clashingSchemasArePrefixedWithTheUpstreamAndTheirRefsRewritten() {
        ObjectNode doc = merged();
        JsonNode schemas = doc.at("/components/schemas");
        assertEquals(List.of("KpiUnit", "KpiUnitPage", "PlanUnit", "PlanUnitPage", "Problem", "Reindex", "Report",
                "ReportKind", "ReportUnit"), names(schemas));
        assertEquals("string", schemas.at("/KpiUnit/properties/unitCode/type").asText());
        assertEquals("string", schemas.at("/PlanUnit/properties/level/type").asText());
        // UnitPage was written alike in plan and kpi, but each refers to its own Unit: split too
        assertEquals("#/components/schemas/PlanUnit", schemas.at("/PlanUnitPage/properties/items/items/$ref").asText());
        assertEquals("#/components/schemas/KpiUnit", schemas.at("/KpiUnitPage/properties/items/items/$ref").asText());
        assertEquals("#/components/schemas/ReportUnit", schemas.at("/Report/properties/unit/$ref").asText());
        assertEquals("#/components/schemas/ReportUnit", schemas.at("/Report/discriminator/mapping/UNIT").asText());
        assertEquals("#/components/schemas/ReportKind", schemas.at("/Report/properties/kind/$ref").asText());

        JsonNode paths = doc.get("paths");
        assertEquals("#/components/schemas/PlanUnit",
                paths.at("/~1api~1v1~1units~1{code}/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/PlanUnitPage",
                paths.at("/~1api~1v1~1units/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/KpiUnitPage",
                paths.at("/~1api~1v1~1indicators/get/responses/200/content/application~1json/schema/$ref").asText());
        assertFalse(doc.toString().contains("\"#/components/schemas/Unit\""), doc::toString);
    }

    @Test
    void identicalSchemasAreKeptOnce() {
        ObjectNode doc = merged();
        assertTrue(doc.at("/components/schemas/Problem").isObject());
        assertTrue(doc.at("/components/schemas/PlanProblem").isMissingNode());
        assertTrue(doc.at("/components/schemas/KpiProblem").isMissingNode());
        assertEquals("#/components/schemas/Problem",
                doc.at("/components/responses/BadRequest/content/application~1problem+json/schema/$ref").asText());
    }

    @Test
    void tagsAreThoseInUseOnceEachSortedWithTheirDescription() {
        JsonNode tags = merged().get("tags");
        assertEquals(3, tags.size(), tags::toString);
        assertEquals("Indicators", tags.get(0).get("name").asText());
        assertEquals("Reports", tags.get(1).get("name").asText());
        assertEquals("Units", tags.get(2).get("name").asText());
        assertEquals("Org units (đơn vị)", tags.get(2).get("description").asText());
    }

    @Test
    void oneKeycloakSchemeRequiredEverywhereAndRelativeServer() {
        ObjectNode doc = merged();
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertEquals("cchc-platform API", doc.at("/info/title").asText());
        assertEquals("/", doc.at("/servers/0/url").asText());
        assertEquals(1, doc.get("servers").size());
        assertEquals(List.of("keycloak"), names(doc.at("/components/securitySchemes")));
        JsonNode flow = doc.at("/components/securitySchemes/keycloak/flows/authorizationCode");
        assertEquals("http://keycloak.test/realms/cchc/protocol/openid-connect/auth", flow.get("authorizationUrl").asText());
        assertEquals("http://keycloak.test/realms/cchc/protocol/openid-connect/token", flow.get("tokenUrl").asText());
        assertEquals("cchc-spa", doc.at("/components/securitySchemes/keycloak/x-cchc-client-id").asText());
        assertTrue(doc.at("/security/0/keycloak").isArray());
        // plan called its scheme "jwt": its operations now require keycloak
        assertEquals("[{\"keycloak\":[]}]", doc.at("/paths/~1api~1v1~1units/get/security").toString());
        assertTrue(doc.get(OpenApiMerger.MISSING_UPSTREAMS) == null);
    }

    @Test
    void anUpstreamWithoutDocumentIsNamedAndTheOthersStillMerged() {
        ObjectNode doc = merger.merge(List.of(
                new OpenApiMerger.Source("plan", List.of("/api/v1/units"), fixture("plan")),
                new OpenApiMerger.Source("kpi", List.of("/api/v1/indicators"), null),
                new OpenApiMerger.Source("report", List.of("/api/v1/reports"), JSON.getNodeFactory().textNode("oops"))));
        assertEquals("[\"kpi\",\"report\"]", doc.get(OpenApiMerger.MISSING_UPSTREAMS).toString());
        assertEquals(List.of("/api/v1/units", "/api/v1/units/{code}"), names(doc.get("paths")));
        // no clash left: plan's Unit keeps its name
        assertEquals(List.of("Problem", "Reindex", "Unit", "UnitPage"), names(doc.at("/components/schemas")));
    }

    @Test
    void noUpstreamAtAllStillGivesAValidSkeleton() {
        ObjectNode doc = merger.merge(List.of(new OpenApiMerger.Source("plan", List.of("/api/v1/units"), null)));
        assertEquals(OpenApiMerger.DEFAULT_OPENAPI_VERSION, doc.get("openapi").asText());
        assertEquals(0, doc.get("paths").size());
        assertTrue(doc.at("/components/securitySchemes/keycloak").isObject());
    }

    @Test
    void theInputsAreLeftUntouched() {
        List<OpenApiMerger.Source> sources = sources();
        String before = sources.stream().map(s -> s.document().toString()).toList().toString();
        merger.merge(sources);
        assertEquals(before, sources.stream().map(s -> s.document().toString()).toList().toString());
    }

    @Test
    void aPrefixClaimedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of(
                new OpenApiMerger.Source("a", List.of("/api/v1/x"), null),
                new OpenApiMerger.Source("b", List.of("/api/v1/x"), null))));
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(OpenApiMerger.compareVersions("3.0.10", "3.0.9") > 0);
        assertTrue(OpenApiMerger.compareVersions("3.0.3", "3.1.0") < 0);
        assertEquals(0, OpenApiMerger.compareVersions("3.1", "3.1.0"));
    }
}
