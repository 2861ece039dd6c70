package vn.cchc.gateway.openapi;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.problem.RouterProblems;

/**
 * {@code GET /api/openapi.json}: the merged OpenAPI document of the whole API (see
 * {@link MergedOpenApi}), public, for front-end teams, code generators and the gateway's Swagger UI.
 * It lies outside {@code /api/v1/}, so the proxy route and its token check never see it.
 *
 * <p>Answers 200 {@code application/json} with an {@code ETag} (a matching {@code If-None-Match}
 * gets 304). When an upstream's document could not be had, the answer is still 200, with the others,
 * the {@value OpenApiMerger#MISSING_UPSTREAMS} extension and a {@code Warning: 199} header naming the
 * missing upstreams. Other methods get 405 problem+json.
 */
@ApplicationScoped
public class OpenApiRoute {

    /** Path of the merged document on the gateway. */
    public static final String PATH = "/api/openapi.json";

    private static final Logger LOG = Logger.getLogger(OpenApiRoute.class);

    private final MergedOpenApi openApi;
    private final RouterProblems problems;

    /**
     * @param openApi  the merged document and its cache
     * @param problems problem details writer for the (unexpected) failure case
     */
    public OpenApiRoute(MergedOpenApi openApi, RouterProblems problems) {
        this.openApi = openApi;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
        router.route(PATH).handler(ctx -> {
            ctx.response().putHeader("Allow", "GET, HEAD");
            problems.send(ctx, ProblemType.METHOD_NOT_ALLOWED, "Only GET reads " + PATH);
        });
    }

    private void serve(RoutingContext ctx) {
        Context vertxContext = Vertx.currentContext();
        openApi.document().whenComplete((doc, failure) -> vertxContext.runOnContext(v -> {
            if (doc == null) {
                LOG.errorf(failure, "No merged OpenAPI document");
                ctx.response().putHeader("Retry-After", "5");
                problems.send(ctx, ProblemType.UPSTREAM_UNAVAILABLE, "The API description cannot be built right now");
                return;
            }
            send(ctx, doc);
        }));
    }

    private static void send(RoutingContext ctx, MergedOpenApi.Document doc) {
        var response = ctx.response();
        response.putHeader("ETag", doc.etag());
        response.putHeader("Cache-Control", "no-cache");
        if (!doc.missing().isEmpty()) {
            response.putHeader("Warning", "199 cchc-gateway \"Incomplete API description: no OpenAPI from "
                    + String.join(", ", doc.missing()) + "\"");
        }
        String ifNoneMatch = ctx.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, doc.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", "application/json");
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(doc.json().length)).end();
        } else {
            response.end(Buffer.buffer(doc.json()));
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
