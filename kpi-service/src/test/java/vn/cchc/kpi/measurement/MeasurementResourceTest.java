package vn.cchc.kpi.measurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.kpi.Examples;
import vn.cchc.common.unit.UnitDirectory;

/**
 * Measurements against a real (embedded) PostgreSQL, with token doubles and a mock of plan-service's
 * unit registry ({@link UnitRegistryMock}). Each test uses its own indicator and period, because the
 * database lives as long as the test run. Dates are in 2025, so that "not in the future" holds.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MeasurementResourceTest {

    @InjectMock
    @RestClient
    UnitDirectory directory;

    @BeforeEach
    void registry() {
        UnitRegistryMock.install(directory);
    }

    private static RequestSpecification json(String body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static String ratio(String unit, String indicator, String period, String window, int num, int den) {
        return "{\"unitCode\":\"" + unit + "\",\"indicatorCode\":\"" + indicator + "\",\"period\":\"" + period + "\""
                + window + ",\"numerator\":" + num + ",\"denominator\":" + den + "}";
    }

    private static final String Q1_2025 = ",\"windowStart\":\"2024-12-15\",\"windowEnd\":\"2025-03-14\"";

    @Test
    void anonymousGets401ProblemJson() {
        given().queryParam("unit", "HN-BADINH").get("/api/v1/measurements").then().statusCode(401)
                .contentType("application/problem+json");
        json("{}").post("/api/v1/measurements").then().statusCode(401);
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/measurements/bulk")
    java.net.URI bulkUri;

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aBodyWithoutContentTypeIs415NotReadAsCsv() throws Exception {
        // RestAssured always names a type; the JDK's client sends none unless told
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(bulkUri)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("unit,indicator,period,value\nHN-BADINH,SIPAS,2024,90\n")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(415, r.statusCode(), r.body());
        org.junit.jupiter.api.Assertions.assertTrue(r.body().contains("no Content-Type"), r.body());
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "SIPAS").queryParam("history", true)
                .get("/api/v1/measurements").then().body("items.period", org.hamcrest.Matchers.not(hasItem("2024")));
    }

    @Test
    void openApiDocumentsTheEndpointsWithValidExamples() throws Exception {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/measurements'.post.summary", equalTo("Record a value, or correct the current one"))
                .body("paths.'/api/v1/measurements/bulk'.post.requestBody.content", org.hamcrest.Matchers.hasKey("text/csv"))
                .body("paths.'/api/v1/values/rollup'.get.summary", equalTo("A parent's value rolled up from its children"));
        ObjectMapper json = new ObjectMapper();
        for (String e : new String[]{Examples.NEW_MEASUREMENT_RATIO, Examples.NEW_MEASUREMENT_COUNT, Examples.MEASUREMENT_Q1,
                Examples.MEASUREMENT_PAGE, Examples.BULK_JSON, Examples.WINDOW_VALUE, Examples.ROLLUP}) {
            json.readTree(e);
        }
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void officerRecordsARatioOverTheCutOffWindowAndReadsItBack() {
        String location = json(ratio("HN-BADINH", "TTHC_ON_TIME", "2025-Q1", Q1_2025, 1187, 1200))
                .post("/api/v1/measurements").then().statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .header("Location", containsString("/api/v1/measurements/"))
                .body("value", equalTo(98.916667f))
                .body("numerator", equalTo(1187))
                .body("periodKind", equalTo("QUARTER"))
                .body("windowStart", equalTo("2024-12-15"))
                .body("source", equalTo("MANUAL"))
                .body("createdBy", equalTo("badinh.officer"))
                .body("revision", equalTo(1))
                .body("current", equalTo(true))
                .extract().header("Location");
        given().get(location).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("indicatorCode", equalTo("TTHC_ON_TIME"));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "TTHC_ON_TIME").queryParam("period", "2025-Q1")
                .get("/api/v1/measurements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].denominator", equalTo(1200));
        // the calendar window is the default; a yearly count
        json("{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"CITIZEN_DIALOGUES\",\"period\":\"2025\",\"value\":3}")
                .post("/api/v1/measurements").then().statusCode(201)
                .body("windowStart", equalTo("2025-01-01")).body("windowEnd", equalTo("2025-12-31"))
                .body("value", equalTo(3)).body("numerator", nullValue());
        // a quarterly indicator takes a half year too (the cumulative 6-month report)
        json(ratio("HN-BADINH", "DVC_FULL_ONLINE", "2025-H1", "", 80, 100)).post("/api/v1/measurements").then().statusCode(201)
                .body("periodKind", equalTo("HALF_YEAR"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aCorrectionNeedsTheCurrentRevisionAndKeepsTheHistory() {
        String body = ratio("HN-BADINH", "TTHC_ONLINE_PAYMENT", "2025-02", "", 40, 50);
        // If-Match on a first value: nothing to correct
        json(body).header("If-Match", "\"1\"").post("/api/v1/measurements").then().statusCode(412);
        int first = json(body).post("/api/v1/measurements").then().statusCode(201).extract().path("id");
        String corrected = ratio("HN-BADINH", "TTHC_ONLINE_PAYMENT", "2025-02", "", 45, 50);
        json(corrected).post("/api/v1/measurements").then().statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match: \"1\""));
        json(corrected).header("If-Match", "\"7\"").post("/api/v1/measurements").then().statusCode(412);
        int second = json(corrected).header("If-Match", "\"1\"").post("/api/v1/measurements").then().statusCode(201)
                .header("ETag", equalTo("\"2\""))
                .body("revision", equalTo(2)).body("supersedesId", equalTo(first)).body("value", equalTo(90))
                .extract().path("id");
        // the same, now stale, ETag must not overwrite the correction just made
        json(body).header("If-Match", "\"1\"").post("/api/v1/measurements").then().statusCode(412);
        given().get("/api/v1/measurements/" + first + "/history").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.revision", contains(2, 1))
                .body("items.current", contains(true, false))
                .body("items[1].supersededById", equalTo(second))
                .body("items[1].value", equalTo(80));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "TTHC_ONLINE_PAYMENT").get("/api/v1/measurements")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(second));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "TTHC_ONLINE_PAYMENT").queryParam("period", "2025-02")
                .queryParam("history", true).get("/api/v1/measurements").then().body("items.id", contains(second, first));
        given().get("/api/v1/measurements/" + first).then().statusCode(200).body("current", equalTo(false));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void everyContentRuleHasItsFieldError() {
        int nextYear = VietnamTime.today().getYear() + 1;
        String[][] cases = {
                // body, field, part of the message
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"NO_SUCH\",\"period\":\"2025\",\"value\":1}", "indicatorCode", "no indicator NO_SUCH"},
                {"{\"unitCode\":\"HN-NOWHERE\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"value\":90}", "unitCode", "no unit HN-NOWHERE is visible"},
                {ratio("HN-BADINH", "DVC_FULL_ONLINE", "2025-03", "", 1, 2), "period", "measured by QUARTER"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025-Q1\",\"value\":90}", "period", "measured by YEAR"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025-13\",\"value\":90}", "period", "must be a year"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"value\":101}", "value", "between 0 and 100"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"value\":-1}", "value", "must not be negative"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", "2025-01", "", 0, 0), "denominator", "must not be 0"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", "2025-01", "", 11, 10), "numerator", "must not exceed the denominator"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", "2025-01", "", -1, 10), "numerator", "must not be negative"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"CITIZEN_DIALOGUES\",\"period\":\"2025\",\"value\":-2}", "value", "must not be negative"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"CITIZEN_DIALOGUES\",\"period\":\"2025\",\"value\":2.5}", "value", "whole number"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"PAR_INDEX_RANK\",\"period\":\"2025\",\"value\":0}", "value", "a rank"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"CITIZEN_DIALOGUES\",\"period\":\"" + nextYear + "\",\"value\":2}", "period", "has not ended yet"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", "2025-Q1", ",\"windowStart\":\"2025-03-14\",\"windowEnd\":\"2025-01-01\"", 1, 2), "windowEnd", "must not be before windowStart"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", "2025-Q1", ",\"windowStart\":\"2025-01-01\",\"windowEnd\":\"2025-04-30\"", 1, 2), "windowEnd", "does not fit 2025-Q1"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", nextYear + "-Q1", ",\"windowStart\":\"" + (nextYear - 1) + "-12-15\",\"windowEnd\":\"" + nextYear + "-03-14\"", 1, 2), "windowEnd", "in the future"},
                {ratio("HN-BADINH", "TTHC_DIGITISED", "2025-Q1", ",\"windowStart\":\"2024-12-15\"", 1, 2), "windowEnd", "give both"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"TTHC_DIGITISED\",\"period\":\"2025-01\",\"value\":50}", "value", "is computed"},
                {"{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"CITIZEN_DIALOGUES\",\"period\":\"2025\",\"value\":2,\"numerator\":2}", "numerator", "only RATIO"},
                {"{\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"value\":90}", "unitCode", "is required"},
        };
        for (String[] c : cases) {
            json(c[0]).post("/api/v1/measurements").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:cchc:problem:validation"))
                    .body("errors.field", hasItem(c[1]))
                    .body("errors.find { it.field == '" + c[1] + "' }.message", containsString(c[2]));
        }
        // nothing of it was written
        for (String indicator : new String[]{"SIPAS", "TTHC_DIGITISED", "CITIZEN_DIALOGUES", "PAR_INDEX_RANK"}) {
            given().queryParam("unit", "HN-BADINH").queryParam("indicator", indicator).queryParam("history", true)
                    .get("/api/v1/measurements").then().body("total", equalTo(0));
        }
        // malformed JSON and wrong types are 400 naming the field
        json("{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"value\":\"ninety\"}")
                .post("/api/v1/measurements").then().statusCode(400).body("errors.field", contains("value"));
        json("{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"windowStart\":\"14/3/2025\"}")
                .post("/api/v1/measurements").then().statusCode(400).body("errors.field", contains("windowStart"));
        // in a bulk write, a field given twice is named with its row; a body cut short is malformed JSON, not a wrong field
        json("[{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2025\",\"value\":90},"
                + "{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"SIPAS\",\"period\":\"2024\",\"period\":\"2023\",\"value\":90}]")
                .post("/api/v1/measurements/bulk").then().statusCode(400).body("errors.field", contains("[1].period"));
        json("[{\"unitCode\":\"HN-BADINH\",").post("/api/v1/measurements/bulk").then().statusCode(400)
                .body("detail", startsWith("The request body is not valid JSON for this endpoint (line 1"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void officerWritesOnlyItsOwnUnit() {
        json(ratio("HP-HAIDUONG", "PAKN_ON_TIME", "2025-01", "", 1, 2)).post("/api/v1/measurements").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:cchc:problem:forbidden"));
        json(ratio("HN", "PAKN_ON_TIME", "2025-01", "", 1, 2)).post("/api/v1/measurements").then().statusCode(403);
        // the list filters: units outside the officer's subtree show nothing (the same as a unit with no data)
        given().queryParam("unit", "HP-HAIDUONG").get("/api/v1/measurements").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("unit", "HN").get("/api/v1/measurements").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "city-portal", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void integrationAccountsNeverWrite() {
        json(ratio("HN", "PAKN_ON_TIME", "2025-02", "", 1, 2)).post("/api/v1/measurements").then().statusCode(403);
        given().contentType(ContentType.JSON).body("[" + ratio("HN", "PAKN_ON_TIME", "2025-02", "", 1, 2) + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(403);
        given().queryParam("unit", "HN-BADINH").get("/api/v1/measurements").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void supervisorWritesItsSubtreeButNotAnotherCity() {
        json(ratio("HN-BADINH", "PAKN_ON_TIME", "2025-03", "", 9, 10)).post("/api/v1/measurements").then().statusCode(201)
                .body("createdBy", equalTo("hanoi.supervisor"));
        json(ratio("HN", "PAKN_ON_TIME", "2025-03", "", 9, 10)).post("/api/v1/measurements").then().statusCode(201);
        json(ratio("HP-HAIDUONG", "PAKN_ON_TIME", "2025-03", "", 9, 10)).post("/api/v1/measurements").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void jsonBatchIsAllOrNothingWithRowErrorsDryRunAndSupersede() {
        String good0 = ratio("HN-BADINH", "INSPECTIONS_DIGITAL", "2025-Q1", Q1_2025, 5, 10);
        String good1 = ratio("HN-DANHOA", "INSPECTIONS_DIGITAL", "2025-Q1", Q1_2025, 2, 10);
        String bad = ratio("HN-DANHOA", "INSPECTIONS_DIGITAL", "2025-Q2", "", 3, 0);
        given().contentType(ContentType.JSON).body("[" + good0 + "," + bad + "," + good1 + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(422)
                .body("errors.field", contains("[1].denominator"));
        given().queryParam("unit", "HN-DANHOA").queryParam("indicator", "INSPECTIONS_DIGITAL").queryParam("history", true)
                .get("/api/v1/measurements").then().body("total", equalTo(0));
        // a row of another city's unit: 403 naming the row, nothing written
        given().contentType(ContentType.JSON).body("[" + good0 + "," + ratio("HP-HAIDUONG", "INSPECTIONS_DIGITAL", "2025-Q1", "", 1, 2) + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(403).body("errors.field", contains("[1].unitCode"));
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body("[" + good0 + "," + good1 + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2)).body("items.size()", equalTo(0));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "INSPECTIONS_DIGITAL")
                .get("/api/v1/measurements").then().body("total", equalTo(0));
        given().contentType(ContentType.JSON).queryParam("echo", "rows").body("[" + good0 + "," + good1 + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(201)
                .body("created", equalTo(2)).body("written", equalTo(2)).body("items.source", contains("IMPORT", "IMPORT"))
                .body("items.value", contains(50, 20));
        // the same again: the values exist
        given().contentType(ContentType.JSON).body("[" + good0 + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(422)
                .body("errors[0].field", equalTo("[0].period"))
                .body("errors[0].message", containsString("supersede=true"));
        given().contentType(ContentType.JSON).queryParam("supersede", true).queryParam("echo", "rows")
                .body("[" + ratio("HN-BADINH", "INSPECTIONS_DIGITAL", "2025-Q1", Q1_2025, 6, 10) + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(201)
                .body("corrected", equalTo(1)).body("items[0].revision", equalTo(2));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "INSPECTIONS_DIGITAL").queryParam("history", true)
                .get("/api/v1/measurements").then().body("items.revision", contains(2, 1));
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/measurements/bulk").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void bulkRowsAreReadBackExactlyAsEchoed() {
        // a note with the characters a CSV or COPY could mangle (its line break is folded to a space by the
        // note rules, as for a single write), a value without numerator and denominator
        String note = "Số liệu \\\"quý\\\", gồm\\nhai dòng; \\\\N không phải NULL";
        String rows = "[" + ratio("HN-BADINH", "DOSSIER_PROGRESS_PUBLIC", "2025-04", "", 7, 9).replace("}", ",\"note\":\"" + note + "\"}") + ","
                + "{\"unitCode\":\"HN-BADINH\",\"indicatorCode\":\"STAFF_ON_BUDGET\",\"period\":\"2024\",\"value\":42}]";
        var echo = given().contentType(ContentType.JSON).queryParam("echo", "rows").body(rows)
                .post("/api/v1/measurements/bulk").then().statusCode(201).body("written", equalTo(2))
                .extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> echoed = echo.getMap("items[" + i + "]");
            Map<String, Object> read = given().get("/api/v1/measurements/" + echoed.get("id")).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            assertEquals(echoed, read, "row " + i + " as echoed and as read");
        }
        assertEquals("Số liệu \"quý\", gồm hai dòng; \\N không phải NULL", echo.getString("items[0].note"));
        assertEquals(List.of(7, 9), List.of(echo.getInt("items[0].numerator"), echo.getInt("items[0].denominator")));
        assertNull(echo.get("items[1].numerator"));
        assertEquals(42, echo.getInt("items[1].value"));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aBatchAsksTheRegistryOnceForAllItsUnitsAndFailsWholeWhenItCannot() {
        String rows = "[" + ratio("HN-BADINH", "DOSSIERS_TRACKED_ONLINE", "2025-01", "", 1, 2) + ","
                + ratio("HN-DANHOA", "DOSSIERS_TRACKED_ONLINE", "2025-01", "", 1, 2) + ","
                + ratio("HN-BADINH", "DOSSIERS_TRACKED_ONLINE", "2025-02", "", 1, 2) + ","
                + ratio("HN-NOWHERE", "DOSSIERS_TRACKED_ONLINE", "2025-02", "", 1, 2) + ","
                // a code no unit can have (shape, length): not visible, and not asked for, whatever its length once URL-encoded
                + ratio("Ủ".repeat(64), "DOSSIERS_TRACKED_ONLINE", "2025-02", "", 1, 2) + "]";
        given().contentType(ContentType.JSON).queryParam("dryRun", true).body(rows)
                .post("/api/v1/measurements/bulk").then().statusCode(422)
                .body("errors.field", contains("[3].unitCode", "[4].unitCode"));
        // one request for the three distinct possible codes, none per unit
        org.mockito.Mockito.verify(directory, org.mockito.Mockito.times(1))
                .byCodes(org.mockito.ArgumentMatchers.argThat(c -> c.size() == 3 && c.containsAll(List.of("HN-BADINH", "HN-DANHOA", "HN-NOWHERE"))),
                        org.mockito.ArgumentMatchers.anyInt());
        org.mockito.Mockito.verify(directory, org.mockito.Mockito.never()).get(org.mockito.ArgumentMatchers.anyString());
        // plan-service failing: 503 naming it, nothing written
        given().contentType(ContentType.JSON).body("[" + ratio("HN-BADINH", "DOSSIERS_TRACKED_ONLINE", "2025-03", "", 1, 2) + ","
                        + ratio("HN-BROKEN", "DOSSIERS_TRACKED_ONLINE", "2025-03", "", 1, 2) + "]")
                .post("/api/v1/measurements/bulk").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("plan-service"));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "DOSSIERS_TRACKED_ONLINE").queryParam("history", true)
                .get("/api/v1/measurements").then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void csvBatchIsAllOrNothingWithLineErrors() {
        String header = "unit,indicator,period,windowStart,windowEnd,value,numerator,denominator,note\n";
        String bad = header
                + "HN-BADINH,WORK_FILES_ELECTRONIC,2025-01,,,,90,100,\n"
                + "HN-DANHOA,WORK_FILES_ELECTRONIC,2025-01,,,,101,100,\n"
                + "HN-DANHOA,WORK_FILES_ELECTRONIC,2025-02,,,50,,,\n";
        given().contentType("text/csv; charset=UTF-8").body(bad).post("/api/v1/measurements/bulk").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("line[3].numerator", "line[4].denominator", "line[4].numerator", "line[4].value"));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "WORK_FILES_ELECTRONIC")
                .get("/api/v1/measurements").then().body("total", equalTo(0));
        // a file saved in a legacy Vietnamese code page (here "Số liệu" as Windows-1258 bytes) is refused, not stored garbled
        byte[] legacy = (header + "HN-BADINH,WORK_FILES_ELECTRONIC,2025-01,,,,90,100,S").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(legacy, legacy.length + 6);
        System.arraycopy(new byte[] {(byte) 0xE1, ' ', 'l', 'i', (byte) 0xEA, '\n'}, 0, body, legacy.length, 6);
        given().contentType("text/csv").body(body).post("/api/v1/measurements/bulk").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("body"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("byte " + (legacy.length + 1)));
        given().queryParam("unit", "HN-BADINH").queryParam("indicator", "WORK_FILES_ELECTRONIC")
                .get("/api/v1/measurements").then().body("total", equalTo(0));
        String good = header
                + "HN-BADINH,WORK_FILES_ELECTRONIC,2025-01,,,,90,100,\"Hệ thống quản lý văn bản, điều hành\"\n"
                + "HN-DANHOA,WORK_FILES_ELECTRONIC,2025-01,2024-12-15,2025-01-14,,45,50,\n";
        given().contentType("text/csv; charset=UTF-8").queryParam("dryRun", true).body(good).post("/api/v1/measurements/bulk").then().statusCode(200)
                .body("rows", equalTo(2));
        given().contentType("text/csv; charset=UTF-8").queryParam("echo", "rows").body(good).post("/api/v1/measurements/bulk").then().statusCode(201)
                .body("items.unitCode", contains("HN-BADINH", "HN-DANHOA"))
                .body("items[0].note", equalTo("Hệ thống quản lý văn bản, điều hành"))
                .body("items[1].windowEnd", equalTo("2025-01-14"));
        given().contentType("text/csv; charset=UTF-8").body("unit,indicator\nHN,X\n").post("/api/v1/measurements/bulk").then().statusCode(422)
                .body("errors.field", contains("header"));
        given().contentType("text/csv; charset=UTF-8").body(header + "HN-NOWHERE,NO_SUCH,2025,,,1,,,\n").post("/api/v1/measurements/bulk")
                .then().statusCode(422).body("errors.field", contains("line[2].indicator", "line[2].unit"));
    }
}
