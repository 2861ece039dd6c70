package vn.cchc.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Problem details for what happens below the REST layer: a path no route matches, a method no route
 * accepts, an authentication failure raised by the HTTP security layer. Without this, Vert.x would
 * answer with an empty body or an HTML page.
 */
@ApplicationScoped
public class RouterProblems {

    private final ObjectMapper mapper;

    public RouterProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.errorHandler(404, ctx -> send(ctx, ProblemType.NOT_FOUND, "Nothing found at " + ctx.request().path()));
        router.errorHandler(413, ctx -> send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this service accepts"));
        router.errorHandler(405, ctx -> send(ctx, ProblemType.METHOD_NOT_ALLOWED,
                "Method " + ctx.request().method() + " is not allowed on " + ctx.request().path()));
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            Throwable f = ctx.failure();
            if (f instanceof AuthenticationFailedException || f instanceof UnauthorizedException) {
                // a token was sent and refused: say so (RFC 6750 §3.1)
                ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"cchc\", error=\"invalid_token\"");
                send(ctx, ProblemType.UNAUTHORIZED, "A valid bearer token from the cchc realm is required");
            } else {
                ctx.next();
            }
        });
    }

    /**
     * Writes a problem details response on a raw Vert.x context.
     *
     * @param ctx    the routing context, not yet answered
     * @param type   the problem type (fixes the status)
     * @param detail occurrence detail
     */
    public void send(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        Problem p = new Problem(type.uri(), type.title(), type.status(), detail, ctx.request().path(), List.of());
        String body;
        try {
            body = mapper.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        ctx.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
