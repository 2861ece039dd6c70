package vn.cchc.gateway.route;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A stand-in upstream service for gateway tests: it echoes what reached it (method, path, query,
 * Authorization header, body) as JSON with status 200, or the status asked for in {@code ?status=}.
 * The kpi upstream is pointed at a closed port to exercise the 503 path.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("method", req.method().name())
                    .put("path", req.path())
                    .put("query", req.query())
                    .put("authorization", req.getHeader("Authorization"))
                    .put("forwardedHost", req.getHeader("X-Forwarded-Host"))
                    .put("body", body.toString());
            String status = req.getParam("status");
            req.response().setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", "\"7\"")
                    .end(echo.encode());
        }));
        int port = server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
        return Map.of(
                "cchc.gateway.upstreams.plan.url", "http://127.0.0.1:" + port,
                "cchc.gateway.upstreams.kpi.url", "http://127.0.0.1:" + closedPort(),
                "cchc.gateway.upstreams.report.url", "http://127.0.0.1:" + port);
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
