package vn.cchc.report.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A STAND-IN for a reporting portal (hệ thống thông tin báo cáo), NOT a real portal: the real ones
 * (the city's and the Ministry's reporting systems) are not reachable from here. It accepts report
 * deliveries the way report-service's connector sends them and records each request, so that the
 * delivery guarantees can be shown and tested. JDK only, one file: used by report-service's tests
 * (test scope) and started by {@code deploy/local/up} for the demo with
 * {@code java PortalStandIn.java --port 8090 --token demo-portal-token}.
 *
 * <ul>
 * <li>{@code POST /api/reports} with a JSON body and {@code Idempotency-Key}: 201 with a receipt the
 * first time a key is seen; 200 with the same receipt for a repeat, recorded as DUPLICATE (filed
 * once); 400 without a key or with a body that is not a JSON object; 401 when a token is configured
 * and the bearer token differs.</li>
 * <li>{@code GET /log}: every request received, oldest first, as JSON.</li>
 * <li>{@code POST /control/fail?count=N&status=503}: the next N filings answer that status (RETRY for
 * report-service); {@code POST /control/reject?count=N&reason=…}: the next N answer 422 with the reason
 * as a problem {@code detail}; {@code POST /control/down?seconds=N}: stops listening for N seconds
 * (connections refused), then comes back with its records; {@code POST /control/reset}: forgets everything.</li>
 * <li>{@code GET /health}: 200.</li>
 * </ul>
 */
public class PortalStandIn {

    /** One request as recorded: outcome ACCEPTED, DUPLICATE, FAILED, REJECTED, UNAUTHORIZED or BAD_REQUEST. */
    public record Received(int seq, Instant at, String idempotencyKey, String outcome, int status, String receipt, String body) {
    }

    private final int port;
    private final String token;
    private final List<Received> log = new ArrayList<>();
    private final Map<String, String> receipts = new HashMap<>();
    private int failNext;
    private int failStatus = 503;
    private int rejectNext;
    private String rejectReason = "";
    private HttpServer server;
    private int boundPort;

    /**
     * @param port  port to listen on (127.0.0.1); 0 for a free one
     * @param token the bearer token required, or null for none
     */
    public PortalStandIn(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public static void main(String[] args) throws IOException {
        int port = 8090;
        String token = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--token" -> token = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--port N, --token T)");
            }
        }
        PortalStandIn p = new PortalStandIn(port, token).start();
        System.out.println("Portal STAND-IN (not a real reporting portal) listening on http://127.0.0.1:" + p.port()
                + "/api/reports; log at /log" + (token == null ? "" : "; bearer token required"));
    }

    /** Starts listening. @return this */
    public synchronized PortalStandIn start() throws IOException {
        bind(port);
        return this;
    }

    /** @return the port it listens on (the one chosen when started with 0) */
    public synchronized int port() {
        return boundPort;
    }

    /** Stops listening; connections are refused until {@link #restart()}. Records are kept. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port, with the records kept. */
    public synchronized void restart() throws IOException {
        if (server == null) {
            bind(boundPort);
        }
    }

    private void bind(int p) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", p), 0);
        server.createContext("/api/reports", this::file);
        server.createContext("/log", ex -> send(ex, 200, "application/json", logJson()));
        server.createContext("/health", ex -> send(ex, 200, "application/json", "{\"status\":\"UP\",\"standIn\":true}"));
        server.createContext("/control/", this::control);
        server.start();
        boundPort = server.getAddress().getPort();
    }

    /** The next {@code count} filings answer {@code status} (e.g. 503). */
    public synchronized void failNext(int count, int status) {
        failNext = count;
        failStatus = status;
    }

    /** The next {@code count} filings answer 422 with {@code reason}. */
    public synchronized void rejectNext(int count, String reason) {
        rejectNext = count;
        rejectReason = reason;
    }

    /** Forgets every record, receipt and instruction. */
    public synchronized void reset() {
        log.clear();
        receipts.clear();
        failNext = 0;
        rejectNext = 0;
    }

    /** @return a copy of everything received, oldest first */
    public synchronized List<Received> log() {
        return List.copyOf(log);
    }

    /** @return the requests with this key that were filed (ACCEPTED), normally one */
    public synchronized List<Received> filed(String idempotencyKey) {
        return log.stream().filter(r -> idempotencyKey.equals(r.idempotencyKey()) && r.outcome().equals("ACCEPTED")).toList();
    }

    private void file(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            send(ex, 405, "application/problem+json", problem(405, "POST a report here"));
            return;
        }
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        int status;
        String type = "application/problem+json";
        String answer;
        synchronized (this) {
            String outcome;
            String receipt = null;
            if (token != null && !("Bearer " + token).equals(auth)) {
                status = 401;
                outcome = "UNAUTHORIZED";
                answer = problem(401, "Missing or wrong bearer token");
            } else if (key == null || key.isBlank() || !body.stripLeading().startsWith("{")) {
                status = 400;
                outcome = "BAD_REQUEST";
                answer = problem(400, key == null || key.isBlank() ? "Idempotency-Key header required" : "Body must be a JSON object");
            } else if (failNext > 0) {
                failNext--;
                status = failStatus;
                outcome = "FAILED";
                answer = problem(status, "Stand-in told to fail (" + failNext + " more)");
            } else if (rejectNext > 0) {
                rejectNext--;
                status = 422;
                outcome = "REJECTED";
                answer = problem(422, rejectReason);
            } else if (receipts.containsKey(key)) {
                receipt = receipts.get(key);
                status = 200;
                outcome = "DUPLICATE";
                type = "application/json";
                answer = receiptJson(receipt, key, true);
            } else {
                receipt = String.format("R-%06d", receipts.size() + 1);
                receipts.put(key, receipt);
                status = 201;
                outcome = "ACCEPTED";
                type = "application/json";
                answer = receiptJson(receipt, key, false);
            }
            log.add(new Received(log.size() + 1, Instant.now(), key, outcome, status, receipt, body));
        }
        send(ex, status, type, answer);
    }

    private void control(HttpExchange ex) throws IOException {
        String what = ex.getRequestURI().getPath().substring("/control/".length());
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        int count = Integer.parseInt(q.getOrDefault("count", "1"));
        switch (what) {
            case "fail" -> failNext(count, Integer.parseInt(q.getOrDefault("status", "503")));
            case "reject" -> rejectNext(count, q.getOrDefault("reason", "Báo cáo không hợp lệ"));
            case "reset" -> reset();
            case "down" -> {
                long seconds = Long.parseLong(q.getOrDefault("seconds", "60"));
                send(ex, 202, "application/json", "{\"downForSeconds\":" + seconds + "}");
                Thread t = new Thread(() -> {
                    try {
                        stop();
                        Thread.sleep(seconds * 1000);
                        restart();
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                });
                t.setDaemon(false);
                t.start();
                return;
            }
            default -> {
                send(ex, 404, "application/problem+json", problem(404, "control: fail, reject, down or reset"));
                return;
            }
        }
        send(ex, 200, "application/json", "{\"ok\":true}");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private synchronized String logJson() {
        StringBuilder b = new StringBuilder("[");
        for (Received r : log) {
            b.append(b.length() > 1 ? ",\n" : "\n").append("{\"seq\":").append(r.seq())
                    .append(",\"at\":").append(str(r.at().toString()))
                    .append(",\"idempotencyKey\":").append(str(r.idempotencyKey()))
                    .append(",\"outcome\":").append(str(r.outcome()))
                    .append(",\"status\":").append(r.status())
                    .append(",\"receipt\":").append(str(r.receipt()))
                    .append(",\"body\":").append(str(r.body())).append('}');
        }
        return b.append("\n]").toString();
    }

    private static String receiptJson(String receipt, String key, boolean duplicate) {
        return "{\"receipt\":" + str(receipt) + ",\"idempotencyKey\":" + str(key) + ",\"duplicate\":" + duplicate + "}";
    }

    private static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":" + str(detail) + "}";
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
