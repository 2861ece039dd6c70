package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PAR INDEX through the gateway with real Keycloak tokens, real PostgreSQL and plan-service's real
 * unit registry: the hand-worked example of kpi-service's ParTotalsTest on a 20-point framework
 * (area 1 = 6: 1.1 YES_NO 2, 1.2.1 TIERS 2, 1.2.2 MANUAL 2 may be not applicable; area 2 = 8: 2.1
 * RATIO 4 from TTHC_ON_TIME, 2.2 DEDUCTION 4; area 3 = 6: 3.1 SURVEY; bonus B1 1):
 * <pre>
 * Ba Đình (WARD): self 2 + 1 + n/a + 3.60 + 3 = 9.60 of 12, bonus 0.50 → self index 84.17;
 *   appraised 2.1 at 85% → 3.40; survey 4.50; 3.00 + 6.40 + 4.50 = 13.90 + 0.50 = 14.40 of 18 → 80.00, B
 * Dân Hòa (COMMUNE): 2 + 2 + 2 + 3.84 (its measured 96/100 on-time dossiers of 2025) + 4 + survey 5.40
 *   = 19.24 of 20 → 96.20, A
 * two wards created for the ranking: W1 as Ba Đình → 80.00; W2 2 + 2 + 1.5 + 3.20 + 0 + 3 = 11.70 → 58.50, D
 * ranking of HN's wards: Ba Đình 1, W1 1 (tie), W2 3; HN's communes: Dân Hòa 1
 * </pre>
 */
@ExtendWith(LocalStack.class)
class ParIndexE2EIT {

    private static final String FRAMEWORK = """
            {"issuer": "HN", "year": 2025, "block": "%s",
             "title": "Chỉ số CCHC (bộ rút gọn 20 điểm để kiểm thử)", "maxPoints": 20,
             "bands": [{"code": "A", "minPercent": 90}, {"code": "B", "minPercent": 80},
                       {"code": "C", "minPercent": 70}, {"code": "D", "minPercent": 0}],
             "areas": [
              {"code": "1", "name": "Công tác chỉ đạo, điều hành CCHC", "maxPoints": 6, "children": [
                {"code": "1.1", "name": "Ban hành Kế hoạch CCHC năm", "maxPoints": 2, "rule": {"type": "YES_NO"},
                 "evidence": "Kế hoạch CCHC năm"},
                {"code": "1.2", "name": "Thực hiện kế hoạch", "maxPoints": 4, "children": [
                  {"code": "1.2.1", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 2,
                   "rule": {"type": "TIERS", "tiers": [{"minPercent": 100, "share": 1}, {"minPercent": 90, "share": 0.5}]}},
                  {"code": "1.2.2", "name": "Kiểm tra CCHC", "maxPoints": 2, "rule": {"type": "MANUAL"}, "notApplicableAllowed": true}]}]},
              {"code": "2", "name": "Cải cách thủ tục hành chính", "maxPoints": 8, "children": [
                {"code": "2.1", "name": "Tỷ lệ hồ sơ đúng hạn", "maxPoints": 4, "rule": {"type": "RATIO", "indicatorCode": "TTHC_ON_TIME"}},
                {"code": "2.2", "name": "Hồ sơ trễ hạn chưa xin lỗi", "maxPoints": 4, "rule": {"type": "DEDUCTION", "deductionPerUnit": 1}}]},
              {"code": "3", "name": "Tác động của CCHC", "maxPoints": 6, "children": [
                {"code": "3.1", "name": "Sự hài lòng (điều tra xã hội học)", "maxPoints": 6, "rule": {"type": "SURVEY"}}]}],
             "bonus": [{"code": "B1", "name": "Sáng kiến CCHC", "maxPoints": 1, "rule": {"type": "MANUAL"}}]}""";

    private static final String BADINH_SELF = """
            {"entries": [{"code": "1.1", "value": 1, "evidence": ["KH 12/KH-UBND ngày 10/01/2025"]},
              {"code": "1.2.1", "value": 95}, {"code": "1.2.2", "notApplicable": true},
              {"code": "2.1", "value": 90}, {"code": "2.2", "value": 1}, {"code": "B1", "score": 0.5}]}""";
    private static final String APPRAISAL = """
            {"entries": [{"code": "2.1", "value": 85, "comment": "Theo Hệ thống giải quyết TTHC: 85%"}]}""";
    private static final String SURVEY_BADINH = "{\"entries\": [{\"code\": \"3.1\", \"score\": 4.5}]}";

    private final LocalStack stack = LocalStack.get();

    private String url(String path) {
        return stack.gateway() + "/api/v1/par-index" + path;
    }

    private long framework(String supervisor, String block) {
        return given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(FRAMEWORK.formatted(block))
                .post(url("/frameworks")).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long open(String token, String unit, long framework) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"" + unit + "\", \"indexYear\": 2025, \"frameworkId\": " + framework + "}")
                .post(url("/assessments")).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String etag(String token, long id) {
        return given().auth().oauth2(token).get(url("/assessments/" + id)).then().statusCode(200).extract().header("ETag");
    }

    private ValidatableResponse put(String token, long id, String layer, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, id)).body(body)
                .put(url("/assessments/" + id + "/" + layer)).then();
    }

    private void ward(String admin, String code, String name) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"level\": \"WARD\", \"parentCode\": \"HN\"}")
                .post(stack.gateway() + "/api/v1/units").then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    @Test
    void wardsAndACommuneAreScoredAppraisedAndRankedInTheirBlocks() {
        String admin = stack.token("admin");
        String supervisor = stack.token("hanoi.supervisor");
        String badinh = stack.token("badinh.officer");
        String danhoa = stack.token("danhoa.officer");
        String haiduong = stack.token("haiduong.officer");

        // the shipped ministry framework is readable by anyone; frameworks are issued by the city's supervisor only
        given().auth().oauth2(badinh).queryParam("issuer", "BNV").get(url("/frameworks")).then().statusCode(200)
                .body("items[0].maxPoints", equalTo(100.0f)).body("items[0].assumption", equalTo(true));
        given().auth().oauth2(badinh).contentType(ContentType.JSON).body(FRAMEWORK.formatted("WARD"))
                .post(url("/frameworks")).then().statusCode(403).contentType("application/problem+json");
        long wards = framework(supervisor, "WARD");
        long communes = framework(supervisor, "COMMUNE");

        // Ba Đình self-assesses: 84.17 on its own leaves
        long bd = open(badinh, "HN-BADINH", wards);
        put(badinh, bd, "self-assessment", BADINH_SELF).statusCode(200)
                .body("self.points", equalTo(9.6f)).body("self.index", equalTo(84.17f));
        // refusals: above the maximum (nothing changed), its own appraisal, another city's officer
        String before = etag(badinh, bd);
        given().auth().oauth2(badinh).contentType(ContentType.JSON).header("If-Match", before)
                .body("{\"entries\": [{\"code\": \"1.2.2\", \"score\": 3}]}")
                .put(url("/assessments/" + bd + "/self-assessment")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("entries[0].score"));
        given().auth().oauth2(badinh).get(url("/assessments/" + bd)).then().statusCode(200)
                .header("ETag", equalTo(before)).body("self.points", equalTo(9.6f));
        put(badinh, bd, "appraisal", APPRAISAL).statusCode(403);
        given().auth().oauth2(haiduong).get(url("/assessments/" + bd)).then().statusCode(404);
        given().auth().oauth2(haiduong).contentType(ContentType.JSON).header("If-Match", before).body(BADINH_SELF)
                .put(url("/assessments/" + bd + "/self-assessment")).then().statusCode(404);
        // a commune framework does not score a ward
        given().auth().oauth2(danhoa).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"HN-DANHOA\", \"indexYear\": 2025, \"frameworkId\": " + wards + "}")
                .post(url("/assessments")).then().statusCode(422);

        // the city appraises and scores the survey: 80.00, B
        put(supervisor, bd, "appraisal", APPRAISAL).statusCode(200).body("stage", equalTo("APPRAISAL"));
        put(supervisor, bd, "survey", SURVEY_BADINH).statusCode(200)
                .body("areas.points", contains(3.0f, 6.4f, 4.5f))
                .body("result.total", equalTo(14.4f)).body("result.applicableMax", equalTo(18.0f))
                .body("result.index", equalTo(80.0f)).body("result.band", equalTo("B"));
        put(badinh, bd, "self-assessment", BADINH_SELF).statusCode(409);

        // Dân Hòa: its 2025 on-time rate is measured (96/100) and read by leaf 2.1 → 3.84
        given().auth().oauth2(danhoa).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"HN-DANHOA\", \"indicatorCode\": \"TTHC_ON_TIME\", \"period\": \"2025\", \"numerator\": 96, \"denominator\": 100}")
                .post(stack.gateway() + "/api/v1/measurements").then().statusCode(201);
        long dh = open(danhoa, "HN-DANHOA", communes);
        put(danhoa, dh, "self-assessment", """
                {"entries": [{"code": "1.1", "value": 1, "note": "Kế hoạch số 5/KH-UBND"}, {"code": "1.2.1", "value": 100},
                  {"code": "1.2.2", "score": 2}, {"code": "2.1"}, {"code": "2.2", "value": 0}]}""").statusCode(200)
                .body("areas[1].children[0].self.source", equalTo("INDICATOR"))
                .body("areas[1].children[0].self.points", equalTo(3.84f));
        put(supervisor, dh, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 5.4}]}").statusCode(200)
                .body("result.total", equalTo(19.24f)).body("result.index", equalTo(96.2f)).body("result.band", equalTo("A"));

        // two more wards under HN, for a ranking with a tie
        ward(admin, "HN-PARW1", "Phường Thử Nghiệm Một");
        ward(admin, "HN-PARW2", "Phường Thử Nghiệm Hai");
        long w1 = open(admin, "HN-PARW1", wards);
        put(admin, w1, "self-assessment", BADINH_SELF).statusCode(200);
        put(supervisor, w1, "appraisal", APPRAISAL).statusCode(200);
        put(supervisor, w1, "survey", SURVEY_BADINH).statusCode(200).body("result.index", equalTo(80.0f));
        long w2 = open(admin, "HN-PARW2", wards);
        put(admin, w2, "self-assessment", """
                {"entries": [{"code": "1.1", "value": 1, "note": "Kế hoạch ban hành ngày 5/1/2025"}, {"code": "1.2.1", "value": 100},
                  {"code": "1.2.2", "score": 1.5}, {"code": "2.1", "value": 80}, {"code": "2.2", "value": 5}]}""").statusCode(200);
        put(supervisor, w2, "survey", "{\"entries\": [{\"code\": \"3.1\", \"score\": 3}]}").statusCode(200)
                .body("result.index", equalTo(58.5f)).body("result.band", equalTo("D"));

        given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "WARD")
                .get(url("/rankings")).then().statusCode(200).body("ranked", equalTo(3))
                .body("items.unitCode", contains("HN-BADINH", "HN-PARW1", "HN-PARW2"))
                .body("items.rank", contains(1, 1, 3)).body("items.index", contains(80.0f, 80.0f, 58.5f));
        given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "COMMUNE")
                .get(url("/rankings")).then().statusCode(200).body("items.unitCode", contains("HN-DANHOA"))
                .body("items.rank", contains(1));
        // the ward's officer sees its own rank among the 3 wards, nobody else's
        given().auth().oauth2(badinh).queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "WARD")
                .get(url("/rankings")).then().statusCode(200).body("ranked", equalTo(3))
                .body("items.unitCode", contains("HN-BADINH")).body("items.rank", contains(1));
        given().auth().oauth2(haiduong).queryParam("parent", "HN").queryParam("year", 2025).queryParam("block", "WARD")
                .get(url("/rankings")).then().statusCode(404);
        // the general ranking of HN's children by PAR INDEX puts every block together: 96.2 > 80 = 80 > 58.5
        given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2025).queryParam("by", "PAR_INDEX")
                .get(stack.gateway() + "/api/v1/rankings").then().statusCode(200)
                .body("items.find { it.unit == 'HN-DANHOA' }.rank", equalTo(1))
                .body("items.find { it.unit == 'HN-BADINH' }.rank", equalTo(2))
                .body("items.find { it.unit == 'HN-PARW1' }.rank", equalTo(2))
                .body("items.find { it.unit == 'HN-PARW2' }.rank", equalTo(4))
                .body("items.find { it.unit == 'HN-PARW2' }.source", equalTo("COMPUTED"));
        // the batch read (report-service): every assessment under HN for 2025 in one request
        given().auth().oauth2(supervisor).queryParam("parent", "HN").queryParam("year", 2025).queryParam("size", 500)
                .get(url("/assessments")).then().statusCode(200).body("total", equalTo(4))
                .body("items.unitCode", contains("HN-BADINH", "HN-DANHOA", "HN-PARW1", "HN-PARW2"))
                .body("items.result.index", contains(80.0f, 96.2f, 80.0f, 58.5f));
    }
}
