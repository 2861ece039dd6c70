package vn.cchc.kpi.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.kpi.Examples;

/**
 * Indicator catalogue against a real (embedded) PostgreSQL with the Flyway seed, with token doubles
 * for the caller.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IndicatorResourceTest {

    private static final String[] SEEDED = {"TTHC_ON_TIME", "DVC_FULL_ONLINE", "TTHC_ONLINE_PAYMENT", "TTHC_DIGITISED",
            "PAKN_ON_TIME", "SIPAS", "PAR_INDEX", "PAR_INDEX_RANK",
            // V4: the rest of what the seed plans' targets measure
            "CITIZEN_DIALOGUES", "DVC_ONLINE_SATISFACTION", "INSPECTION_FINDINGS_HANDLED", "TTHC_ONLINE_PAYMENT_ENABLED",
            "WORK_FILES_ELECTRONIC", "INSPECTIONS_DIGITAL", "REPORTS_ON_REPORTING_SYSTEM", "TASKS_MONITORED_ELECTRONIC",
            "DTI_RANK"};

    @Inject
    IndicatorRepository repository;

    @Test
    void anonymousGets401ProblemJson() {
        given().get("/api/v1/indicators").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:unauthorized"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void officerReadsTheSeededCatalogue() {
        given().queryParam("size", 100).get("/api/v1/indicators").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(SEEDED.length))
                .body("items.code", hasItems(SEEDED));
        given().get("/api/v1/indicators/TTHC_ON_TIME").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("nameVi", equalTo("Tỷ lệ hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn"))
                .body("kind", equalTo("RATIO"))
                .body("aggregation", equalTo("RATIO_OF_SUMS"));
        given().queryParam("kind", "RANK").get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("DTI_RANK", "PAR_INDEX_RANK"));
        given().get("/api/v1/indicators/NO_SUCH").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void searchWorksWithAndWithoutDiacritics() {
        given().queryParam("q", "dung han").get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", contains("TTHC_ON_TIME"));
        given().queryParam("q", "phản ánh").get("/api/v1/indicators").then()
                .body("items.code", contains("PAKN_ON_TIME"));
        given().queryParam("q", "SỐ HÓA").get("/api/v1/indicators").then()
                .body("items.code", contains("TTHC_DIGITISED"));
        // the same words typed in decomposed form (NFD), as some keyboards and PDFs produce them
        given().queryParam("q", Normalizer.normalize("toàn trình", Normalizer.Form.NFD)).get("/api/v1/indicators").then()
                .body("items.code", contains("DVC_FULL_ONLINE"));
        given().queryParam("q", "hai long").get("/api/v1/indicators").then()
                .body("items.code", contains("DVC_ONLINE_SATISFACTION", "SIPAS"));
        given().queryParam("q", "par index").queryParam("kind", "INDEX").get("/api/v1/indicators").then()
                .body("items.code", contains("PAR_INDEX"));
    }

    @Test
    void openApiDocumentsTheEndpointsWithValidExamples() throws Exception {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/indicators/{code}'.put.summary", equalTo("Change an indicator's definition"))
                .body("components.schemas.Indicator.properties.nameVi.description", startsWith("Vietnamese name (tên chỉ tiêu)"));
        ObjectMapper json = new ObjectMapper();
        for (String example : List.of(Examples.INDICATOR_TTHC_ON_TIME, Examples.INDICATOR_PAGE, Examples.NEW_INDICATOR_LINKED_TIME_CUT)) {
            json.readTree(example);
        }
    }

    @Test
    void seedIsNfcAndItsSearchTextIsTheFoldOfCodeAndNames() {
        List<Indicator> all = repository.listAll();
        for (Indicator i : all) {
            assertEquals(VietnameseText.nfc(i.nameVi), i.nameVi, i.code);
            assertEquals(VietnameseText.fold(i.code + " " + i.nameVi + " " + i.nameEn), i.searchText, i.code);
        }
    }

    @Test
    void theDatabaseRefusesADuplicateCodeInAWayTheServiceRecognises() {
        // what a create that loses the race after its existence check runs into
        PersistenceException e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Indicator copy = new Indicator();
            copy.code = "SIPAS";
            copy.nameVi = copy.nameEn = copy.searchText = "sipas";
            copy.kind = IndicatorKind.PERCENT;
            copy.direction = Direction.HIGHER_IS_BETTER;
            copy.unit = IndicatorUnit.PERCENT;
            copy.periodType = PeriodType.YEAR;
            copy.aggregation = Aggregation.MEAN;
            copy.stampCreated("test");
            repository.persistAndFlush(copy);
        }));
        assertTrue(UniqueViolation.of(e, "indicator_code_uk"), e::toString);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void onlyAnAdministratorWritesTheSharedCatalogue() {
        given().contentType(ContentType.JSON).body(Examples.NEW_INDICATOR_LINKED_TIME_CUT.replace("LINKED_PROCESS_TIME_CUT", "OFFICER_TRY"))
                .post("/api/v1/indicators").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Examples.NEW_INDICATOR_LINKED_TIME_CUT.replace("\"code\": \"LINKED_PROCESS_TIME_CUT\",", ""))
                .put("/api/v1/indicators/SIPAS").then().statusCode(403);
        given().get("/api/v1/indicators/OFFICER_TRY").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void adminCreatesAndADuplicateConflicts() {
        given().contentType(ContentType.JSON).body(Examples.NEW_INDICATOR_LINKED_TIME_CUT)
                .post("/api/v1/indicators").then().statusCode(201)
                .header("Location", endsWith("/api/v1/indicators/LINKED_PROCESS_TIME_CUT"))
                .header("ETag", equalTo("\"0\""))
                .body("nameVi", equalTo("Tỷ lệ giảm thời gian xử lý các quy trình liên thông"));
        given().queryParam("q", "quy trinh lien thong").get("/api/v1/indicators").then()
                .body("items.code", hasItem("LINKED_PROCESS_TIME_CUT"));
        given().contentType(ContentType.JSON).body(Examples.NEW_INDICATOR_LINKED_TIME_CUT)
                .post("/api/v1/indicators").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:conflict"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void validationErrorsArePerField() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"tthc on time\",\"nameVi\":\"\",\"nameEn\":\"x\",\"direction\":\"HIGHER_IS_BETTER\","
                        + "\"unit\":\"PERCENT\",\"periodType\":\"MONTH\",\"aggregation\":\"MEAN\"}")
                .post("/api/v1/indicators").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cchc:problem:validation"))
                .body("errors.field", contains("code", "kind", "nameVi"));
        // fields valid one by one, but a ratio averaged up the tree and a rank where higher is better are not
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"BAD_RATIO\",\"nameVi\":\"Tỷ lệ\",\"nameEn\":\"Ratio\",\"kind\":\"RATIO\",\"direction\":\"HIGHER_IS_BETTER\","
                        + "\"unit\":\"COUNT\",\"periodType\":\"MONTH\",\"aggregation\":\"MEAN\"}")
                .post("/api/v1/indicators").then().statusCode(422)
                .body("errors.field", contains("aggregation", "unit"));
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"BAD_RANK\",\"nameVi\":\"Thứ hạng\",\"nameEn\":\"Rank\",\"kind\":\"RANK\",\"direction\":\"HIGHER_IS_BETTER\","
                        + "\"unit\":\"POINTS\",\"periodType\":\"YEAR\",\"aggregation\":\"SUM\"}")
                .post("/api/v1/indicators").then().statusCode(422)
                .body("errors.field", contains("aggregation", "direction", "unit"));
        given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"kind\":\"AVERAGE\"}")
                .post("/api/v1/indicators").then().statusCode(400).body("errors.field", contains("kind"));
        given().get("/api/v1/indicators/BAD_RATIO").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void updateNeedsACurrentIfMatch() {
        String created = given().contentType(ContentType.JSON)
                .body(Examples.NEW_INDICATOR_LINKED_TIME_CUT.replace("LINKED_PROCESS_TIME_CUT", "LINKED_UPDATE_TEST"))
                .post("/api/v1/indicators").then().statusCode(201).extract().header("ETag");
        String change = "{\"nameVi\":\"Số cuộc đối thoại, tọa đàm với người dân, doanh nghiệp\",\"nameEn\":\"Dialogues\","
                + "\"kind\":\"COUNT\",\"direction\":\"HIGHER_IS_BETTER\",\"unit\":\"COUNT\",\"periodType\":\"YEAR\",\"aggregation\":\"SUM\"}";
        given().contentType(ContentType.JSON).body(change).put("/api/v1/indicators/LINKED_UPDATE_TEST")
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", created).body(change)
                .put("/api/v1/indicators/LINKED_UPDATE_TEST").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1));
        // the same, now stale, ETag must not overwrite the change just made
        given().contentType(ContentType.JSON).header("If-Match", created).body(change.replace("tọa đàm", "hội nghị"))
                .put("/api/v1/indicators/LINKED_UPDATE_TEST").then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", startsWith("Indicator LINKED_UPDATE_TEST is at version 1"));
        given().get("/api/v1/indicators/LINKED_UPDATE_TEST").then()
                .body("nameVi", equalTo("Số cuộc đối thoại, tọa đàm với người dân, doanh nghiệp"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .put("/api/v1/indicators/NO_SUCH").then().statusCode(404);
    }
}
