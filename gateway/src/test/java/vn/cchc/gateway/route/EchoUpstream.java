package vn.cchc.gateway.route;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in upstream services for gateway tests: each echoes what reached it (method, path, query,
 * Authorization header, body, and how many requests it was answering at that moment) as JSON with
 * status 200, or the status asked for in {@code ?status=}, after {@code ?delay=} milliseconds if asked,
 * and serves a small fake OpenAPI document at {@code /q/openapi} ({@code src/test/resources/openapi/
 * plan.json} for plan, {@code report.json} for report). The kpi upstream is pointed at a closed port
 * to exercise the 503 path and the merged OpenAPI without kpi.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "cchc.gateway.upstreams.plan.url", "http://127.0.0.1:" + serve("plan"),
                "cchc.gateway.upstreams.kpi.url", "http://127.0.0.1:" + closedPort(),
                "cchc.gateway.upstreams.report.url", "http://127.0.0.1:" + serve("report"));
    }

    /** Starts one stand-in that serves {@code openapi/<name>.json} at /q/openapi; returns its port. */
    private int serve(String name) {
        Buffer openApi = openApi(name);
        AtomicInteger inFlight = new AtomicInteger();
        HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            if (req.path().equals("/q/openapi")) {
                if ("json".equals(req.getParam("format"))) {
                    req.response().putHeader("Content-Type", "application/json").end(openApi);
                } else { // as SmallRye: YAML unless JSON is asked for
                    req.response().putHeader("Content-Type", "application/yaml").end("openapi: 3.1.0\n");
                }
                return;
            }
            int concurrent = inFlight.incrementAndGet();
            JsonObject echo = new JsonObject()
                    .put("inFlight", concurrent)
                    .put("method", req.method().name())
                    .put("path", req.path())
                    .put("query", req.query())
                    .put("authorization", req.getHeader("Authorization"))
                    .put("forwardedHost", req.getHeader("X-Forwarded-Host"))
                    .put("requestId", req.getHeader("X-Request-Id"))
                    .put("body", body.toString());
            String status = req.getParam("status");
            String delay = req.getParam("delay");
            Runnable answer = () -> {
                inFlight.decrementAndGet();
                req.response().setStatusCode(status == null ? 200 : Integer.parseInt(status))
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"7\"")
                        .end(echo.encode());
            };
            if (delay == null) {
                answer.run();
            } else {
                vertx.setTimer(Long.parseLong(delay), t -> answer.run());
            }
        }));
        return server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
    }

    private static Buffer openApi(String name) {
        try (InputStream in = EchoUpstream.class.getResourceAsStream("/openapi/" + name + ".json")) {
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
