package vn.cchc.plan.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.common.testing.PostgresTestResource;

/**
 * The three real 2026 plans (deploy/demo/plans, transcribed from ../shared/seeds) loaded with the demo
 * units: counts per area against the documents, a dozen rows verbatim, unit matching, deadlines, and
 * the rules around them (visibility, progress, audit, import all-or-nothing, export round trip).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeedPlansTest {

    static Map<String, Long> planIds;

    @Inject
    DemoData demo;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void loadDemoData() throws IOException {
        planIds = demo.load();
    }

    static JsonPath tasks(String unit) {
        return given().queryParam("plan", planIds.get(unit)).queryParam("size", 500)
                .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Long> perArea(List<String> areas) {
        return areas.stream().collect(Collectors.groupingBy(a -> a, Collectors.counting()));
    }

    @ParameterizedTest
    @MethodSource
    @TestSecurity(user = "admin", roles = "admin")
    void taskCountsPerAreaMatchTheDocuments(String unit, int total, List<Integer> perArea) {
        JsonPath p = tasks(unit);
        assertEquals(total, p.getInt("total"));
        Map<String, Long> counts = perArea(p.getList("items.area"));
        List<String> areas = List.of("DIRECTION", "INSTITUTIONS", "PROCEDURES", "ORGANIZATION", "CIVIL_SERVICE",
                "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT");
        for (int i = 0; i < areas.size(); i++) {
            assertEquals(perArea.get(i).longValue(), counts.getOrDefault(areas.get(i), 0L), unit + " " + areas.get(i));
        }
    }

    static Stream<Arguments> taskCountsPerAreaMatchTheDocuments() {
        return Stream.of(
                Arguments.of("HN", 56, List.of(21, 4, 6, 7, 7, 6, 5)),
                Arguments.of("HN-BADINH", 43, List.of(15, 4, 6, 4, 7, 4, 3)),
                Arguments.of("HP-HAIDUONG", 45, List.of(7, 12, 11, 3, 4, 2, 6)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void everyTargetSentenceIsThere() {
        given().queryParam("plan", planIds.get("HN")).get("/api/v1/targets").then().body("total", equalTo(38));
        given().queryParam("plan", planIds.get("HN-BADINH")).get("/api/v1/targets").then().body("total", equalTo(37));
        given().queryParam("plan", planIds.get("HP-HAIDUONG")).get("/api/v1/targets").then().body("total", equalTo(7));
        given().queryParam("plan", planIds.get("HN")).queryParam("q", "SIPAS").get("/api/v1/targets")
                .then().body("items[0].text", org.hamcrest.Matchers.containsString("Chỉ số SIPAS của Thành phố đạt tối thiểu 86%"));
    }

    @ParameterizedTest
    @MethodSource
    @TestSecurity(user = "admin", roles = "admin")
    void rowsAreVerbatim(String unit, String ref, String group, String title, String firstLead, String deadline) {
        JsonPath p = tasks(unit);
        Map<String, Object> row = p.getList("items", Map.class).stream()
                .filter(m -> ref.equals(m.get("ref"))).findFirst().orElseThrow();
        assertEquals(group, row.get("group"));
        assertEquals(title, row.get("title"));
        JsonPath r = new JsonPath(toJson(row));
        assertEquals(firstLead, r.getString("assignments[0].lead[0].name"));
        assertEquals(deadline, r.getString("assignments[0].deadline"));
    }

    static Stream<Arguments> rowsAreVerbatim() {
        return Stream.of(
            Arguments.of("HN", "1", "1",
                    "Ban hành, điều chỉnh Kế hoạch CCHC năm 2026",
                    "Sở Nội vụ", "Theo chỉ đạo của UBND thành phố trong trường hợp cần điều chỉnh, bổ sung Kế hoạch CCHC"),
            Arguments.of("HN", "14", "1",
                    "Triển khai khảo sát, đo lường hài lòng của người dân đối với sự phục vụ của các cơ quan hành chính nhà nước trên địa bàn",
                    "UBND các xã, phường", "Chậm nhất tháng 12/2026"),
            Arguments.of("HN", "27", "3",
                    "Rà soát, đơn giản hóa TTHC và thông tin tuyên truyền về cải cách TTHC, việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC theo hướng phi địa giới hành chính",
                    "Trung tâm Phục vụ Hành chính công Thành phố", "Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)"),
            Arguments.of("HN", "40", "5",
                    "Xây dựng và triển khai Nghị quyết của HĐND Thành phố ban hành quy định về thu hút, trọng dụng người có tài năng của thành phố Hà Nội",
                    "Sở Nội vụ", "Tháng 02/2026"),
            Arguments.of("HN", "47", "6",
                    "Thực hiện tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do nhà nước đầu tư, quản lý thuộc phạm vi quản lý của thành phố Hà Nội",
                    "Sở Tài chính", "- Tháng 6/2026\n- Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)"),
            Arguments.of("HN-BADINH", "2", "1",
                    "Ban hành kế hoạch triển khai Chiến lược Chuyển đổi số đến năm 2030, định hướng đến năm 2035 trên địa bàn phường",
                    "Phòng Văn hóa - Xã hội", "Theo Kế hoạch của Thành phố (dự kiến quý I/2026)"),
            Arguments.of("HN-BADINH", "20", "3",
                    "Tiếp tục đẩy mạnh ủy quyền giải quyết TTHC theo yêu cầu tại Nghị quyết 20/NQ-HĐND ngày 06/7/2023 của HĐND Thành phố",
                    "Văn phòng HĐND và UBND", "Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)"),
            Arguments.of("HN-BADINH", "33", "5",
                    "Thực hiện việc chuyển đổi vị trí công tác đối với cán bộ, công chức, viên chức theo quy định",
                    "Phòng Văn hóa - Xã hội", "Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)"),
            Arguments.of("HP-HAIDUONG", "8", "2",
                    "Ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân phường để quy định các biện pháp thi hành các văn bản quy phạm pháp luật của Trung ương, Nghị quyết của Hội đồng nhân dân thành phố; Nghị quyết của Hội đồng nhân dân phường về phát triển kinh tế - xã hội, ngân sách, quốc phòng, an ninh của phường và biện pháp thực hiện chức năng quản lý nhà nước tại phường; phân cấp và thực hiện nhiệm vụ, quyền hạn được phân cấp. Văn bản quy phạm pháp luật của Chủ tịch Ủy ban nhân dân phường để quy định biện pháp chỉ đạo, điều hành hoạt động của Ủy ban nhân dân phường; phối hợp hoạt động giữa các cơ quan chuyên môn, cơ quan, tổ chức khác thuộc Ủy ban nhân dân phường; phân cấp và thực hiện nhiệm vụ, quyền hạn được phân cấp.",
                    "Các phòng, đơn vị chuyên môn", "Cả năm 2026"),
            Arguments.of("HP-HAIDUONG", "20", "3",
                    "Xây dựng Kế hoạch công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính, kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính",
                    "Trung tâm phục vụ HCC", "Quý I năm 2026"),
            Arguments.of("HP-HAIDUONG", "38", "6",
                    "Triển khai thực hiện Tổng kiểm kê tài sản công tại đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý",
                    "Phòng KTHT&ĐT", "Tháng 01/2026 đến tháng 5/2026"),
            Arguments.of("HP-HAIDUONG", "41", "7",
                    "Làm sạch dữ liệu đối với đăng ký phương tiện, giấy phép lái xe và số hoá hồ sơ đăng ký xe đảm bảo tiêu chí “đúng, đủ, sạch, sống” phục vụ chia sẻ dữ liệu dùng chung .",
                    "Công an phường", "Cả năm 2026"));
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void leadNamesResolveToTheNearestRegistryUnit() {
        JsonPath badinh = tasks("HN-BADINH");
        assertEquals("HN-BADINH-VHXH", badinh.getString("items.find { it.ref == '1' }.assignments[0].lead[0].unitCode"));
        JsonPath haiduong = tasks("HP-HAIDUONG");
        // "Phòng VHXXH" (the document's typo) is an alias of Hải Dương's own division, not Ba Đình's
        assertEquals("HP-HAIDUONG-VHXH", haiduong.getString("items.find { it.ref == '1' }.assignments[0].lead[0].unitCode"));
        JsonPath hanoi = tasks("HN");
        assertEquals("HN-SNV", hanoi.getString("items.find { it.ref == '1' }.assignments[0].lead[0].unitCode"));
        // a class of units stays free text
        assertEquals(null, hanoi.getString("items.find { it.ref == '1' }.assignments[1].lead[0].unitCode"));
        given().queryParam("lead", "HN-BADINH-VHXH").queryParam("size", 500).get("/api/v1/tasks")
                .then().body("total", greaterThan(10)).body("items.unitCode", everyItem(equalTo("HN-BADINH")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void deadlinesAreParsedAndOverdueIsDerived() {
        JsonPath hanoi = tasks("HN");
        assertEquals("2026-03-31", hanoi.getString("items.find { it.ref == '2' }.dueDate"));
        assertEquals("Quý 1/2026", hanoi.getString("items.find { it.ref == '2' }.assignments[0].deadline"));
        given().queryParam("plan", planIds.get("HN")).queryParam("overdue", true).queryParam("size", 500)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.overdue", everyItem(equalTo(true)));
        // overdue=false is the complement: together the two are every task of the plan, once
        int overdue = given().queryParam("plan", planIds.get("HN")).queryParam("overdue", true).get("/api/v1/tasks").path("total");
        given().queryParam("plan", planIds.get("HN")).queryParam("overdue", false).queryParam("size", 500)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.overdue", everyItem(equalTo(false)))
                .body("total", equalTo(hanoi.getInt("total") - overdue));
        given().queryParam("plan", planIds.get("HN")).queryParam("dueBefore", "2026-03-31").queryParam("size", 500)
                .get("/api/v1/tasks").then().body("items.ref", hasItem("2"));
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aWardOfficerSeesOnlyItsWard() {
        given().get("/api/v1/plans/" + planIds.get("HN-BADINH")).then().statusCode(200);
        given().get("/api/v1/plans/" + planIds.get("HP-HAIDUONG")).then().statusCode(404);
        given().get("/api/v1/plans/" + planIds.get("HN")).then().statusCode(404);
        given().queryParam("year", 2026).get("/api/v1/plans").then().body("items.unitCode", contains("HN-BADINH"));
        given().queryParam("size", 500).get("/api/v1/tasks").then()
                .body("total", equalTo(43)).body("items.unitCode", everyItem(equalTo("HN-BADINH")));
        given().queryParam("unit", "HP-HAIDUONG").get("/api/v1/tasks").then().body("total", equalTo(0));
        given().get("/api/v1/plans/" + planIds.get("HP-HAIDUONG") + "/export").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void theCitySupervisorReadsManyWardsInOneCall() {
        given().queryParam("unit", "HN").queryParam("unit", "HN-BADINH").queryParam("year", 2026).queryParam("size", 500)
                .get("/api/v1/tasks").then().body("total", equalTo(99));
        given().queryParam("unit", "HN").queryParam("unit", "HN-BADINH").queryParam("year", 2026).queryParam("size", 500)
                .get("/api/v1/targets").then().body("total", equalTo(75));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void dueSoonIsTheOpenTasksDueWithinTheWindow() {
        java.time.LocalDate today = vn.cchc.common.time.VietnamTime.today();
        JsonPath all = tasks("HN");
        long expected = all.getList("items", Map.class).stream()
                .filter(m -> m.get("dueDate") != null && !"DONE".equals(m.get("status")) && !"CANCELLED".equals(m.get("status")))
                .map(m -> java.time.LocalDate.parse((String) m.get("dueDate")))
                .filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(45)))
                .count();
        given().queryParam("plan", planIds.get("HN")).queryParam("dueWithin", 45).queryParam("size", 500)
                .get("/api/v1/tasks").then().statusCode(200).body("total", equalTo((int) expected));
    }
}
