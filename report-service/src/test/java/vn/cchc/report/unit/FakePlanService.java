package vn.cchc.report.unit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for plan-service on a free local port (the JDK's own HTTP server), so that the real
 * REST client, its JSON mapping and its header propagation are exercised without plan-service.
 * Knows one unit, HN-BADINH; answers 404 problem+json for any other, 503 for {@code HN-BROKEN}.
 */
public class FakePlanService implements QuarkusTestResourceLifecycleManager {

    /** Every request seen, as "METHOD path Authorization-header". */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/units/", ex -> {
            REQUESTS.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Authorization"));
            String code = ex.getRequestURI().getPath().substring("/api/v1/units/".length());
            switch (code) {
                // the shape plan-service returns, with fields report-service does not use
                case "HN-BADINH" -> send(ex, 200, "application/json", """
                        {"code": "HN-BADINH", "name": "Phường Ba Đình", "level": "WARD", "parentCode": "HN",
                         "path": ["HN", "HN-BADINH"], "version": 3, "updatedAt": "2026-01-05T02:00:00Z"}""");
                case "HN-BROKEN" -> send(ex, 503, "application/problem+json", "{\"status\":503}");
                default -> send(ex, 404, "application/problem+json", "{\"type\":\"urn:cchc:problem:not-found\",\"status\":404,"
                        + "\"detail\":\"No unit " + code + " is visible to you\"}");
            }
        });
        server.createContext("/q/health/live", ex -> send(ex, 200, "application/json", "{\"status\":\"UP\",\"checks\":[]}"));
        server.start();
        return Map.of("quarkus.rest-client.plan-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops answering, as a plan-service that went down. */
    static void goDown() {
        server.stop(0);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
