package vn.cchc.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks the access matrix ({@code src/test/resources/access-matrix.txt}: endpoint × caller × target
 * unit → status) against the real stack with real Keycloak tokens, once through the gateway and once
 * straight to the owning service, and checks that no successful answer carries a unit code outside
 * the caller's subtree. One dynamic test per row, so a failure names the line of the table.
 */
@ExtendWith(LocalStack.class)
class AccessMatrixE2EIT {

    private static final List<String> CALLERS = List.of("officer", "leader", "supervisor", "integration", "admin");

    /** Request bodies by name; {unit} is replaced by the row's unit. */
    private static final Map<String, String> BODIES = Map.of(
            "sipas", """
                    [{"unitCode":"{unit}","period":"2026-Q1","channel":"KIOSK","onlineService":false,
                      "answers":{"ACCESS_1":5,"PROC_1":4,"OFF_1":4,"RES_1":4,"FB_1":3}}]""",
            "unit", "{\"name\":\"Tên kiểm tra ma trận\",\"level\":\"WARD\"}",
            "progress", "{\"progress\":10,\"status\":\"IN_PROGRESS\",\"note\":\"Kiểm tra ma trận quyền\"}",
            "measure", """
                    [{"unitCode":"{unit}","indicatorCode":"TTHC_ON_TIME","period":"2026-Q1",
                      "windowStart":"2025-12-15","windowEnd":"2026-03-14","numerator":1,"denominator":2}]""");

    /** Unit codes (as JSON string starts) that must never appear in an answer to the caller. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "officer", List.of("\"HN-DANHOA", "\"HP", "\"TQ"),
            "leader", List.of("\"HN-DANHOA", "\"HP", "\"TQ"),
            "supervisor", List.of("\"HP", "\"TQ"),
            "integration", List.of("\"HP", "\"TQ"),
            "admin", List.of());

    private final LocalStack stack = LocalStack.get();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> lookups = new HashMap<>();

    record Row(int line, String method, String path, String unit, String body, Map<String, Integer> expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyRowAnswersAsTheTableSays() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.line() + ": " + row.method() + " " + row.path() + " @ " + row.unit(), () -> check(row)));
    }

    private void check(Row row) {
        String path = resolve(row.path(), row.unit());
        List<String> failures = new ArrayList<>();
        for (String caller : CALLERS) {
            for (String base : List.of(stack.gateway(), direct(path))) {
                Response r = request(caller, row, path).request(row.method(), base + path);
                int expected = row.expected().get(caller);
                String where = caller + " via " + (base.equals(stack.gateway()) ? "gateway" : "service");
                if (r.statusCode() != expected) {
                    failures.add(where + ": expected " + expected + " but got " + r.statusCode() + " " + abbreviate(r.asString()));
                }
                if (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                    failures.add(where + ": error without problem+json (" + r.contentType() + ")");
                }
                if (r.statusCode() < 300) {
                    String body = r.asString();
                    FORBIDDEN.get(caller).stream().filter(body::contains)
                            .forEach(code -> failures.add(where + ": LEAK of " + code + "… in " + abbreviate(body)));
                }
            }
        }
        Assertions.assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private RequestSpecification request(String caller, Row row, String path) {
        RequestSpecification spec = given().auth().oauth2(token(caller)).header("If-Match", "\"-1\"");
        if (!"-".equals(row.body())) {
            spec = spec.contentType(ContentType.JSON).body(BODIES.get(row.body()).replace("{unit}", row.unit()));
        }
        return spec;
    }

    private String token(String caller) {
        return tokens.computeIfAbsent(caller, c -> switch (c) {
            case "officer" -> stack.token("badinh.officer");
            case "leader" -> stack.token("badinh.leader");
            case "supervisor" -> stack.token("hanoi.supervisor");
            case "integration" -> stack.cityPortalToken();
            default -> stack.token("admin");
        });
    }

    /** Fills {unit}, {plan}, {task}, {target}; the ids are the unit's first ones, looked up as admin. */
    private String resolve(String path, String unit) {
        String p = path.replace("{unit}", unit);
        for (String kind : List.of("plan", "task", "target")) {
            if (p.contains("{" + kind + "}")) {
                String id = lookups.computeIfAbsent(kind + "@" + unit, k -> given().auth().oauth2(token("admin"))
                        .queryParam("unit", unit).queryParam("size", 1)
                        .get(stack.gateway() + "/api/v1/" + kind + "s").then().statusCode(200)
                        .extract().path("items[0].id").toString());
                p = p.replace("{" + kind + "}", id);
            }
        }
        return p;
    }

    private String direct(String path) {
        String resource = path.split("[/?]")[3];
        return switch (resource) {
            case "indicators", "measurements", "values", "evaluations", "par-index", "sipas", "rankings", "surveys" -> stack.kpiService();
            case "reporting-regimes", "reports", "deliveries" -> stack.reportService();
            default -> stack.planService();
        };
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessMatrixE2EIT.class.getResourceAsStream("/access-matrix.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                if (f.length != 4 + CALLERS.size()) {
                    throw new IllegalStateException("access-matrix.txt line " + (i + 1) + " has " + f.length + " columns");
                }
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int c = 0; c < CALLERS.size(); c++) {
                    expected.put(CALLERS.get(c), Integer.parseInt(f[4 + c]));
                }
                rows.add(new Row(i + 1, f[0], f[1], f[2], f[3], expected));
            }
        }
        return rows;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
