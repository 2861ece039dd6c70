package vn.cchc.kpi.parindex;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.unit.UnitDirectory;

/**
 * The PAR INDEX API against the embedded PostgreSQL with token doubles, in order: frameworks, then
 * Ba Đình's assessment to the hand-worked numbers of {@code ParTotalsTest} (self 84.17, appraised
 * 80.00 → B), the refusals (own appraisal, foreign unit, score above maximum with nothing changed),
 * two more wards and the ranking with a tie, the batch read, the official result. The registry mock
 * shows every unit to everyone, so the refusals are kpi-service's own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParIndexResourceTest {

    private static final String BASE = "/api/v1/par-index";
    private static long wardFramework;
    private static long badinh;
    private static long w1;
    private static long w2;
    private static long hp;
    private static long danhoa;

    @InjectMock
    @RestClient
    UnitLevelDirectory levels;

    @InjectMock
    @RestClient
    UnitDirectory directory;

    @BeforeEach
    void registry() {
        ParUnitsMock.install(levels, directory);
    }

    static String framework(String block) {
        try (InputStream in = ParIndexResourceTest.class.getResourceAsStream("/parindex/hand-worked-framework.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"block\": \"WARD\"", "\"block\": \"" + block + "\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(long id) {
        return given().get(BASE + "/assessments/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ExtractableResponse<Response> put(long id, String layer, String body) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put(BASE + "/assessments/" + id + "/" + layer).then().extract();
    }

    private static long open(String unit, int year, long framework) {
        return given().contentType(ContentType.JSON)
                .body("{\"unitCode\": \"" + unit + "\", \"indexYear\": " + year + ", \"frameworkId\": " + framework + "}")
                .post(BASE + "/assessments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static final String BADINH_SELF = """
            {"entries": [
              {"code": "1.1", "value": 1, "evidence": ["KH 12/KH-UBND ngày 10/01/2025"]},
              {"code": "1.2.1", "value": 95}, {"code": "1.2.2", "notApplicable": true},
              {"code": "2.1", "value": 90}, {"code": "2.2", "value": 1}, {"code": "B1", "score": 0.5}]}""";
    static final String APPRAISAL = """
            {"entries": [{"code": "2.1", "value": 85, "comment": "Theo Hệ thống giải quyết TTHC: 85%"}]}""";

    @Test
    @Order(1)
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void everyoneReadsTheShippedBnvProvinceFrameworkWithItsAssumptionsFlagged() {
        long id = given().queryParam("issuer", "BNV").queryParam("year", 2024).queryParam("block", "PROVINCE").get(BASE + "/frameworks")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].edition", equalTo(1))
                .body("items[0].assumption", equalTo(true)).body("items[0].document", nullValue())
                .extract().jsonPath().getLong("items[0].id");
        given().get(BASE + "/frameworks/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("maxPoints", equalTo(100.0f)).body("document.areas", hasSize(8))
                .body("document.areas.assumption", contains(true, true, true, true, true, true, true, true))
                .body("document.bands.code", contains("A", "B", "C"))
                .body("document.note", containsString("38 tiêu chí, 88 tiêu chí thành phần"));
        // the API is described, with its own schema names (no clash with other features' "Result" or "Item")
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/par-index/rankings"))
                .body("components.schemas.keySet()", hasItem("ParFrameworkDocument"))
                .body("components.schemas.keySet()", hasItem("ParResult"));
        // an officer does not issue frameworks
        given().contentType(ContentType.JSON).body(framework("WARD")).post(BASE + "/frameworks").then().statusCode(403);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void aSupervisorIssuesValidFrameworksForItsOwnCityOnly() {
        // children's maxima that do not add up, a duplicate code: 422 with every field, nothing stored
        String broken = framework("WARD").replace("\"code\": \"2.2\"", "\"code\": \"2.1\"")
                .replace("\"code\": \"3.1\", \"name\": \"Mức độ hài lòng của người dân, tổ chức\", \"maxPoints\": 6",
                        "\"code\": \"3.1\", \"name\": \"Mức độ hài lòng của người dân, tổ chức\", \"maxPoints\": 5");
        given().contentType(ContentType.JSON).body(broken).post(BASE + "/frameworks").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("areas[1].children[1].code", "areas[2].maxPoints"));
        given().contentType(ContentType.JSON).body(framework("WARD").replace("\"TTHC_ON_TIME\"", "\"NO_SUCH_INDICATOR\""))
                .post(BASE + "/frameworks").then().statusCode(422).body("errors.field", contains("leaves[2.1].rule.indicatorCode"));
        given().contentType(ContentType.JSON).body("{\"issuer\": \"HN\", \"year\": 2025, \"oops\": 1}")
                .post(BASE + "/frameworks").then().statusCode(400);
        // Hải Phòng's frameworks are not Hà Nội's supervisor's to issue
        given().contentType(ContentType.JSON).body(framework("WARD").replace("\"issuer\": \"HN\"", "\"issuer\": \"HP\""))
                .post(BASE + "/frameworks").then().statusCode(403);
        given().queryParam("issuer", "HN").get(BASE + "/frameworks").then().statusCode(200).body("total", equalTo(0));

        wardFramework = given().contentType(ContentType.JSON).body(framework("WARD")).post(BASE + "/frameworks").then().statusCode(201)
                .header("Location", containsString(BASE + "/frameworks/")).body("edition", equalTo(1)).body("usedBy", equalTo(0))
                .body("document.areas[0].name", equalTo("Công tác chỉ đạo, điều hành CCHC"))
                .extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(framework("COMMUNE")).post(BASE + "/frameworks").then().statusCode(201)
                .body("edition", equalTo(1));
        // the same issuer, year and block again: the next edition
        long second = given().contentType(ContentType.JSON).body(framework("COMMUNE")).post(BASE + "/frameworks").then().statusCode(201)
                .body("edition", equalTo(2)).extract().jsonPath().getLong("id");
        // unused, it may still be corrected in place (If-Match), but not moved to another block
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(framework("COMMUNE").replace("bộ thử, 20 điểm", "bộ thử, 20 điểm, sửa"))
                .put(BASE + "/frameworks/" + second).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", containsString("sửa"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(framework("WARD"))
                .put(BASE + "/frameworks/" + second).then().statusCode(422).body("errors.field", contains("block"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(framework("COMMUNE"))
                .put(BASE + "/frameworks/" + second).then().statusCode(412);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void baDinhOpensAndSelfAssessesTo84Point17() {
        // a ward is not scored by a commune framework, nor a future year, nor a year before the framework
        long commune = given().queryParam("issuer", "HN").queryParam("block", "COMMUNE").get(BASE + "/frameworks")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HN-BADINH\", \"indexYear\": 2025, \"frameworkId\": " + commune + "}")
                .post(BASE + "/assessments").then().statusCode(422).body("errors.field", contains("frameworkId"));
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HN-BADINH\", \"indexYear\": 2024, \"frameworkId\": " + wardFramework + "}")
                .post(BASE + "/assessments").then().statusCode(422).body("errors.field", contains("indexYear"));
        // another unit is not Ba Đình's officer's to open
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HN-PARW1\", \"indexYear\": 2025, \"frameworkId\": " + wardFramework + "}")
                .post(BASE + "/assessments").then().statusCode(403);

        badinh = open("HN-BADINH", 2025, wardFramework);
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HN-BADINH\", \"indexYear\": 2025, \"frameworkId\": " + wardFramework + "}")
                .post(BASE + "/assessments").then().statusCode(409);
        // without If-Match: 428
        given().contentType(ContentType.JSON).body(BADINH_SELF).put(BASE + "/assessments/" + badinh + "/self-assessment")
                .then().statusCode(428);
        put(badinh, "self-assessment", BADINH_SELF).response().then().statusCode(200)
                .body("stage", equalTo("SELF_ASSESSMENT"))
                .body("self.points", equalTo(9.6f)).body("self.applicableMax", equalTo(12.0f)).body("self.bonus", equalTo(0.5f))
                .body("self.index", equalTo(84.17f))
                .body("areas[0].children[0].self.points", equalTo(2.0f))
                .body("areas[0].children[0].self.evidence", contains("KH 12/KH-UBND ngày 10/01/2025"))
                .body("areas[0].children[1].children[0].self.points", equalTo(1.0f))
                .body("areas[0].children[1].children[1].notApplicable", equalTo(true))
                .body("areas[1].children[0].self.source", equalTo("COMPUTED"))
                .body("result.complete", equalTo(false)).body("result.missing", contains("3.1"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aScoreAboveTheMaximumIsRefusedAndNothingChanges() {
        String before = etag(badinh);
        given().contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"entries\": [{\"code\": \"1.2.2\", \"score\": 2.5}, {\"code\": \"2.2\", \"value\": 1}]}")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("entries[0].score"))
                .body("errors.message", contains("must not exceed the leaf's maximum of 2 points"));
        given().contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"entries\": [{\"code\": \"1.2.2\", \"score\": -1}]}")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(422);
        // malformed bodies: 400 or 422 with the field, never a 500, nothing changed
        given().contentType(ContentType.JSON).header("If-Match", before).body("{\"entries\": [null]}")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(422).body("errors.field", contains("entries[0]"));
        given().contentType(ContentType.JSON).header("If-Match", before).body("{\"entries\": null}")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(422);
        given().contentType(ContentType.JSON).header("If-Match", before).body("[]")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", before).body("{\"entries\": [{\"code\": 1.1}]}")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", before).body("{\"entries\": [{\"code\": \"2.1\", \"value\": \"x\"}]}")
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(400);
        given().get(BASE + "/assessments/" + badinh).then().statusCode(200).header("ETag", equalTo(before))
                .body("self.points", equalTo(9.6f)).body("areas[0].children[1].children[1].notApplicable", equalTo(true));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void baDinhsOfficerCannotAppraiseItsOwnUnit() {
        put(badinh, "appraisal", APPRAISAL).response().then().statusCode(403).contentType("application/problem+json");
        put(badinh, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 6}]}").response().then().statusCode(403);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "badinh.leader", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void evenASupervisorOfTheUnitItselfCannotAppraiseIt() {
        put(badinh, "appraisal", APPRAISAL).response().then().statusCode(403);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "haiduong.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HP-HAIDUONG"))
    void haiDuongsOfficerNeitherReadsNorWritesBaDinhs() {
        given().get(BASE + "/assessments/" + badinh).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(BADINH_SELF)
                .put(BASE + "/assessments/" + badinh + "/self-assessment").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HN-BADINH\", \"indexYear\": 2025, \"frameworkId\": " + wardFramework + "}")
                .post(BASE + "/assessments").then().statusCode(403);
        given().queryParam("parent", "HN").queryParam("year", 2025).get(BASE + "/assessments").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theCitySupervisorAppraisesAndScoresTheSurveyTo80AndBandB() {
        // the city does not self-assess for the ward
        put(badinh, "self-assessment", BADINH_SELF).response().then().statusCode(403);
        put(badinh, "appraisal", APPRAISAL).response().then().statusCode(200)
                .body("stage", equalTo("APPRAISAL"))
                .body("areas[1].children[0].appraisal.points", equalTo(3.4f))
                .body("areas[1].children[0].appraisal.text", equalTo("Theo Hệ thống giải quyết TTHC: 85%"))
                .body("areas[1].children[0].points", equalTo(3.4f)).body("areas[1].children[0].selfPoints", equalTo(3.6f));
        put(badinh, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 4.5}]}").response().then().statusCode(200)
                .body("areas.points", contains(3.0f, 6.4f, 4.5f))
                .body("areas.applicableMax", contains(4.0f, 8.0f, 6.0f))
                .body("result.points", equalTo(13.9f)).body("result.bonus", equalTo(0.5f)).body("result.total", equalTo(14.4f))
                .body("result.applicableMax", equalTo(18.0f)).body("result.index", equalTo(80.0f)).body("result.band", equalTo("B"))
                .body("result.complete", equalTo(true)).body("self.index", equalTo(84.17f));
        // the framework is in use: never changed in place
        String etag = given().get(BASE + "/frameworks/" + wardFramework).then().statusCode(200).body("usedBy", equalTo(1))
                .extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(framework("WARD"))
                .put(BASE + "/frameworks/" + wardFramework).then().statusCode(409);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void onceAppraisedTheSelfAssessmentIsClosed() {
        put(badinh, "self-assessment", BADINH_SELF).response().then().statusCode(409);
    }

    @Test
    @Order(10)
    @TestSecurity(user = "admin", roles = "admin")
    void twoMoreWardsTieAndTrailForTheRanking() {
        // W1: the same scores as Ba Đình → 80.00; W2: 2 + 2 + 1.5 + 3.20 + 0 + survey 3 = 11.70 of 20 → 58.50 → D
        w1 = open("HN-PARW1", 2025, wardFramework);
        put(w1, "self-assessment", BADINH_SELF).response().then().statusCode(200);
        put(w1, "appraisal", APPRAISAL).response().then().statusCode(200);
        put(w1, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 4.5}]}").response().then().statusCode(200)
                .body("result.index", equalTo(80.0f));
        w2 = open("HN-PARW2", 2025, wardFramework);
        put(w2, "self-assessment", """
                {"entries": [{"code": "1.1", "value": 1, "note": "Kế hoạch ban hành ngày 5/1/2025, chưa đăng tải"},
                  {"code": "1.2.1", "value": 100}, {"code": "1.2.2", "score": 1.5},
                  {"code": "2.1", "value": 80}, {"code": "2.2", "value": 5}]}""").response().then().statusCode(200);
        put(w2, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 3}]}").response().then().statusCode(200)
                .body("result.total", equalTo(11.7f)).body("result.index", equalTo(58.5f)).body("result.band", equalTo("D"));
        // a division is not assessed
        given().contentType(ContentType.JSON).body("{\"unitCode\": \"HN-BADINH-VHXH\", \"indexYear\": 2025, \"frameworkId\": " + wardFramework + "}")
                .post(BASE + "/assessments").then().statusCode(422).body("errors.field", hasItem("unitCode"));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theCityRanksItsWardsWithTheTie() {
        given().queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "WARD").get(BASE + "/rankings")
                .then().statusCode(200).body("ranked", equalTo(3))
                .body("items.unitCode", contains("HN-BADINH", "HN-PARW1", "HN-PARW2"))
                .body("items.rank", contains(1, 1, 3)).body("items.tied", contains(true, true, false))
                .body("items.index", contains(80.0f, 80.0f, 58.5f)).body("items.band", contains("B", "B", "D"))
                .body("tieRule", containsString("1, 2, 2, 4"));
        // communes are another block: none ranked yet
        given().queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "COMMUNE").get(BASE + "/rankings")
                .then().statusCode(200).body("ranked", equalTo(0));
        given().queryParam("parent", "HN").queryParam("year", 2025).get(BASE + "/rankings").then().statusCode(422);
        // the batch read for report-service: every assessment under HN for 2025, areas only
        given().queryParam("parent", "HN").queryParam("year", 2025).get(BASE + "/assessments").then().statusCode(200)
                .body("total", equalTo(3)).body("items.unitCode", contains("HN-BADINH", "HN-PARW1", "HN-PARW2"))
                .body("items.result.index", contains(80.0f, 80.0f, 58.5f))
                .body("items[0].areas[0].children", nullValue()).body("items[0].bonus", nullValue());
        given().queryParam("year", 2025).get(BASE + "/assessments").then().statusCode(422);
    }

    @Test
    @Order(12)
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aWardOfficerSeesOnlyItsOwnRankAndHowManyWereRanked() {
        given().queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "WARD").get(BASE + "/rankings")
                .then().statusCode(200).body("ranked", equalTo(3))
                .body("items.unitCode", contains("HN-BADINH")).body("items[0].rank", equalTo(1)).body("items[0].tied", equalTo(true));
        given().queryParam("parent", "HN").queryParam("year", 2025).get(BASE + "/assessments").then().statusCode(200)
                .body("items.unitCode", contains("HN-BADINH"));
    }

    @Test
    @Order(13)
    @TestSecurity(user = "haiduong.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HP-HAIDUONG"))
    void aForeignOfficerGetsNoRanking() {
        // the mock shows HN to everyone, so this is kpi-service's own check: HN is not in Hải Dương's scope
        given().queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "WARD").get(BASE + "/rankings")
                .then().statusCode(404);
    }

    @Test
    @Order(14)
    @TestSecurity(user = "admin", roles = "admin")
    void theOfficialResultIsStoredBesideTheComputedOne() {
        long bnv = given().queryParam("issuer", "BNV").get(BASE + "/frameworks").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        hp = open("HP", 2024, bnv);
        // nothing scored: index 0 of 100
        given().get(BASE + "/assessments/" + hp).then().statusCode(200).body("result.index", equalTo(0.0f))
                .body("official", nullValue());
        put(hp, "official", "{\"index\": 100.5, \"source\": \"\"}").response().then().statusCode(422)
                .body("errors.field", contains("index", "source"));
        put(hp, "official", """
                {"index": 96.17, "points": 96.17, "rank": 1, "band": "A",
                 "source": "Công bố Chỉ số CCHC năm 2024 (Bộ Nội vụ, 6/4/2025)", "publishedOn": "2025-04-06"}""")
                .response().then().statusCode(200)
                .body("official.index", equalTo(96.17f)).body("official.rank", equalTo(1))
                .body("result.index", equalTo(0.0f)).body("difference", equalTo(96.17f));
    }

    @Test
    @Order(15)
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void hanoisSupervisorNeitherReadsNorWritesHaiPhongsResult() {
        given().get(BASE + "/assessments/" + hp).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"index\": 50, \"source\": \"x\"}")
                .put(BASE + "/assessments/" + hp + "/official").then().statusCode(404);
        given().queryParam("unit", "HP").get(BASE + "/assessments").then().statusCode(200).body("total", equalTo(0));
        // Dân Hòa's measured on-time rate for 2025, which its framework's leaf 2.1 reads: 96 of 100 dossiers
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\": \"HN-DANHOA\", \"indicatorCode\": \"TTHC_ON_TIME\", \"period\": \"2025\", \"numerator\": 96, \"denominator\": 100}")
                .post("/api/v1/measurements").then().statusCode(201);
    }

    @Test
    @Order(16)
    @TestSecurity(user = "danhoa.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-DANHOA"))
    void danHoaSelfAssessesWithTheMeasuredOnTimeRate() {
        long commune = given().queryParam("issuer", "HN").queryParam("block", "COMMUNE").get(BASE + "/frameworks")
                .then().statusCode(200).body("items.edition", contains(2, 1)).extract().jsonPath().getLong("items[0].id");
        danhoa = open("HN-DANHOA", 2025, commune);
        // 2.1 sent without value: the measured 96% over 2025 → 4 × 0.96 = 3.84
        put(danhoa, "self-assessment", """
                {"entries": [{"code": "1.1", "value": 1, "note": "Kế hoạch số 5/KH-UBND"}, {"code": "1.2.1", "value": 100},
                  {"code": "1.2.2", "score": 2}, {"code": "2.1"}, {"code": "2.2", "value": 0}]}""").response().then().statusCode(200)
                .body("areas[1].children[0].self.source", equalTo("INDICATOR"))
                .body("areas[1].children[0].self.value", equalTo(96))
                .body("areas[1].children[0].self.points", equalTo(3.84f));
    }

    @Test
    @Order(17)
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void danHoaComesTo96Point20AndRanksAloneAmongTheCommunes() {
        put(danhoa, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 5.4}]}").response().then().statusCode(200)
                .body("result.total", equalTo(19.24f)).body("result.index", equalTo(96.2f)).body("result.band", equalTo("A"));
        given().queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "COMMUNE").get(BASE + "/rankings")
                .then().statusCode(200).body("ranked", equalTo(1)).body("items.unitCode", contains("HN-DANHOA"))
                .body("items.rank", contains(1)).body("items.tied", contains(false));
    }
}
