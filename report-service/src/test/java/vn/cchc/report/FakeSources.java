package vn.cchc.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.cchc.report.source.Evaluation;
import vn.cchc.report.source.TaskSummary;
import vn.cchc.report.source.UnitEvaluations;

/**
 * Stand-ins for plan-service (unit registry and task summary) and kpi-service (per-unit and batch
 * evaluations) on two free local ports, so that the real REST clients, their JSON mapping, the token
 * they pass on and their fault handling are exercised. Either can be told to fail: {@link Mode#DOWN}
 * drops the connection without an answer (as a process that died), {@link Mode#ERROR} answers 500.
 * The registry shows every unit to everyone, so the tests prove report-service's own unit checks.
 */
public class FakeSources implements QuarkusTestResourceLifecycleManager {

    /** How a stand-in behaves. */
    public enum Mode { UP, DOWN, ERROR }

    /** Every request seen, as "METHOD path?query Authorization-header". */
    public static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    public static volatile Mode plan = Mode.UP;
    public static volatile Mode kpi = Mode.UP;
    /** When true, Ba Đình's overdue procedures task is reported done (data changing after a submission). */
    public static volatile boolean badinhCaughtUp;

    private static final Map<String, List<String>> UNITS = Map.of(
            "HN", List.of("HN"),
            "HN-BADINH", List.of("HN", "HN-BADINH"),
            "HN-DANHOA", List.of("HN", "HN-DANHOA"),
            "HP", List.of("HP"),
            "HP-HAIDUONG", List.of("HP", "HP-HAIDUONG"));
    private static final Map<String, String> NAMES = Map.of("HN", "Thành phố Hà Nội", "HN-BADINH", "Phường Ba Đình",
            "HN-DANHOA", "Xã Dân Hòa", "HP", "Thành phố Hải Phòng", "HP-HAIDUONG", "Phường Hải Dương");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private HttpServer planServer;
    private HttpServer kpiServer;

    @Override
    public Map<String, String> start() {
        try {
            planServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            kpiServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        planServer.createContext("/api/v1/units", ex -> handle(ex, plan, FakeSources::units));
        planServer.createContext("/api/v1/tasks/summary", ex -> handle(ex, plan, FakeSources::taskSummary));
        planServer.createContext("/q/health/live", ex -> send(ex, 200, "{\"status\":\"UP\"}"));
        kpiServer.createContext("/api/v1/evaluations", ex -> handle(ex, kpi, FakeSources::evaluations));
        planServer.start();
        kpiServer.start();
        return Map.of("quarkus.rest-client.plan-service.url", "http://127.0.0.1:" + planServer.getAddress().getPort(),
                "quarkus.rest-client.kpi-service.url", "http://127.0.0.1:" + kpiServer.getAddress().getPort());
    }

    @Override
    public void stop() {
        planServer.stop(0);
        kpiServer.stop(0);
    }

    /** @return the requests whose path starts with the prefix */
    public static List<String> requests(String prefix) {
        return REQUESTS.stream().filter(r -> r.startsWith("GET " + prefix)).toList();
    }

    private interface Answer {
        Object answer(String path, Map<String, String> query);
    }

    private static void handle(HttpExchange ex, Mode mode, Answer answer) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        REQUESTS.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + (query == null ? "" : "?" + query) + " "
                + ex.getRequestHeaders().getFirst("Authorization"));
        if (mode == Mode.DOWN) {
            ex.close();
            return;
        }
        if (mode == Mode.ERROR) {
            send(ex, 500, "{\"status\":500}");
            return;
        }
        Object body = answer.answer(ex.getRequestURI().getPath(), parse(query));
        if (body == null) {
            send(ex, 404, "{\"type\":\"urn:cchc:problem:not-found\",\"status\":404}");
        } else {
            send(ex, 200, JSON.writeValueAsString(body));
        }
    }

    private static Object units(String path, Map<String, String> q) {
        if (path.equals("/api/v1/units")) {
            String parent = q.get("parent");
            List<Map<String, Object>> items = UNITS.entrySet().stream()
                    .filter(e -> e.getValue().size() > 1 && e.getValue().get(e.getValue().size() - 2).equals(parent))
                    .sorted(Map.Entry.comparingByKey()).map(e -> unit(e.getKey())).toList();
            return Map.of("items", items, "page", 0, "size", 500, "total", items.size());
        }
        String code = path.substring("/api/v1/units/".length());
        return UNITS.containsKey(code) ? unit(code) : null;
    }

    private static Map<String, Object> unit(String code) {
        List<String> p = UNITS.get(code);
        Map<String, Object> u = new HashMap<>();
        u.put("code", code);
        u.put("name", NAMES.get(code));
        u.put("parentCode", p.size() > 1 ? p.get(p.size() - 2) : null);
        u.put("path", p);
        u.put("level", "WARD");
        return u;
    }

    /** Ba Đình's tasks, with the overdue one done once {@link #badinhCaughtUp}. */
    static TaskSummary.UnitTasks badinh() {
        TaskSummary.UnitTasks t = Samples.badinhTasks();
        if (!badinhCaughtUp) {
            return t;
        }
        return new TaskSummary.UnitTasks(t.unit(), t.name(), new TaskSummary.Counts(4, 2, 1, 1, 0, 0), t.areas(), t.tasks().stream()
                .map(x -> x.id() != 120 ? x : new TaskSummary.TaskItem(x.id(), x.ref(), x.number(), x.area(), x.title(), x.outputs(),
                        x.leads(), x.dueDate(), "DONE", 100, false)).toList());
    }

    private static Object taskSummary(String path, Map<String, String> q) {
        String parent = q.get("parent");
        LocalDate asOf = LocalDate.parse(q.get("asOf"));
        boolean tasks = Boolean.parseBoolean(q.get("tasks"));
        TaskSummary.UnitTasks b = badinh();
        TaskSummary.UnitTasks badinh = tasks ? b : new TaskSummary.UnitTasks(b.unit(), b.name(), b.counts(), b.areas(), null);
        TaskSummary.UnitTasks danhoa = new TaskSummary.UnitTasks("HN-DANHOA", "Xã Dân Hòa", new TaskSummary.Counts(10, 2, 3, 5, 0, 1),
                List.of(), tasks ? List.of() : null);
        return switch (parent) {
            case "HN" -> new TaskSummary("HN", 2026, asOf, List.of(new TaskSummary.UnitTasks("HN", "Thành phố Hà Nội",
                    new TaskSummary.Counts(56, 0, 0, 56, 0, 3), List.of(), null), badinh, danhoa));
            case "HN-BADINH" -> new TaskSummary(parent, 2026, asOf, List.of(badinh));
            case "HN-DANHOA" -> new TaskSummary(parent, 2026, asOf, List.of(danhoa));
            default -> UNITS.containsKey(parent) ? new TaskSummary(parent, 2026, asOf, List.of()) : null;
        };
    }

    private static Object evaluations(String path, Map<String, String> q) {
        LocalDate from = LocalDate.parse(q.get("from"));
        LocalDate asOf = LocalDate.parse(q.get("asOf"));
        if (path.equals("/api/v1/evaluations/units")) {
            if (!"HN".equals(q.get("parent")) || !"COMPACT".equals(q.get("detail"))) {
                return new UnitEvaluations(q.get("parent"), 2026, new UnitEvaluations.Window(from, asOf), List.of());
            }
            return new UnitEvaluations("HN", 2026, new UnitEvaluations.Window(from, asOf), List.of(
                    new UnitEvaluations.UnitEvaluation("HN-BADINH", "Phường Ba Đình", new UnitEvaluations.Counts(0, 0, 1, 1, 1, 3),
                            Samples.badinhEvaluation().targets()),
                    new UnitEvaluations.UnitEvaluation("HN-DANHOA", "Xã Dân Hòa", new UnitEvaluations.Counts(1, 0, 0, 0, 0, 1), List.of(
                            new Evaluation.Target(601, "T1", "3", "PROCEDURES", "100% hồ sơ TTHC đúng hạn", false, List.of(
                                    new Evaluation.Measure("100% hồ sơ TTHC đúng hạn", "AT_LEAST", new BigDecimal("100"), "PERCENT",
                                            "TTHC_ON_TIME", "MET", new BigDecimal("100"), new BigDecimal("20"), new BigDecimal("20"),
                                            BigDecimal.ZERO, "met")))))));
        }
        String unit = q.get("unit");
        if ("HN-BADINH".equals(unit)) {
            return Samples.badinhEvaluation();
        }
        return UNITS.containsKey(unit) ? new Evaluation(unit, 2026, from, asOf, List.of()) : null;
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> out = new HashMap<>();
        if (query != null) {
            for (String kv : query.split("&")) {
                int i = kv.indexOf('=');
                out.put(URLDecoder.decode(i < 0 ? kv : kv.substring(0, i), StandardCharsets.UTF_8),
                        i < 0 ? "" : URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
