package vn.cchc.gateway.route;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.problem.RouterProblems;
import vn.cchc.gateway.ratelimit.RateLimitConfig;
import vn.cchc.gateway.ratelimit.RateLimiter;

/**
 * Forwards {@code /api/v1/**} to the owning service with Vert.x's HTTP reverse proxy, after checking
 * the bearer token. The caller's {@code Authorization} header is passed on unchanged, and every
 * service checks the token again (defence in depth). Without a valid token: 401 problem+json; a path
 * no service owns: 404 problem+json; a service that does not answer: 503 problem+json; a user or
 * client application over its rate: 429 problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final RouterProblems problems;
    private final RouteTable table;
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    /** null when rate limiting is switched off */
    private final RateLimiter limiter;

    public ProxyRoutes(GatewayConfig config, RateLimitConfig limits, RouterProblems problems) {
        this.config = config;
        this.problems = problems;
        this.limiter = limits.enabled() ? new RateLimiter(limits.perUser(), limits.perClient()) : null;
        Map<String, List<String>> prefixes = config.upstreams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().prefixes()));
        this.table = new RouteTable(prefixes);
    }

    void install(@Observes Router router, Vertx vertx) {
        // no idle timeout on pooled connections: one closing under a request just handed to it showed
        // clients a spurious 503; unused connections are dropped after a keep-alive period well below
        // the services' own idle timeout instead
        GatewayConfig.UpstreamClient c = config.client();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) c.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setKeepAliveTimeout((int) Math.max(1, c.keepAliveTimeout().toSeconds())),
                new PoolOptions().setHttp1MaxSize(c.maxPoolSize()).setMaxWaitQueueSize(c.maxWaitQueueSize()));
        config.upstreams().forEach((name, upstream) -> {
            URI url = URI.create(upstream.url());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(url.getPort(), url.getHost())
                    .addInterceptor(new Forwarded())
                    .addInterceptor(new UnavailableAsProblem(name));
            proxies.put(name, proxy);
        });
        router.route("/api/v1/*").handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && tooLarge(length)) {
            // answer at once, and let the rest of the body drain unread: closing the connection under a
            // client still sending would show it a broken pipe instead of this problem
            ctx.request().handler(chunk -> { });
            problems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + config.maxBodySize().asLongValue() + " bytes");
            return;
        }
        // hold the body until the token is checked, so that no chunk is lost meanwhile
        ctx.request().pause();
        Context vertxContext = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> vertxContext.runOnContext(v -> forwardAuthenticated(ctx, identity)),
                failure -> vertxContext.runOnContext(v -> authenticationFailed(ctx, failure)));
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > config.maxBodySize().asLongValue();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void authenticationFailed(RoutingContext ctx, Throwable failure) {
        if (ctx.response().headWritten()) {
            return; // the security layer's failure handler has already answered 401
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                // Keycloak is down: the token was not judged, so 401 would be a lie
                ctx.request().resume();
                ctx.response().putHeader("Retry-After", "5");
                problems.send(ctx, ProblemType.UPSTREAM_UNAVAILABLE,
                        "The token issuer (Keycloak) cannot be reached to verify your token; try again shortly");
                return;
            }
        }
        unauthorized(ctx);
    }

    private void forwardAuthenticated(RoutingContext ctx, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorized(ctx);
            return;
        }
        if (overLimit(ctx, identity)) {
            return;
        }
        String path = ctx.normalizedPath();
        var upstream = table.upstreamFor(path);
        if (upstream.isEmpty()) {
            ctx.request().resume();
            problems.send(ctx, ProblemType.NOT_FOUND, "No service owns " + path);
            return;
        }
        proxies.get(upstream.get()).handle(ctx.request());
    }

    /** Answers 429 problem+json with Retry-After when the caller's user or client bucket is empty. */
    private boolean overLimit(RoutingContext ctx, SecurityIdentity identity) {
        if (limiter == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return false;
        }
        Object azp = jwt.getClaim("azp");
        long retryAfter = limiter.check(jwt.getSubject(), azp == null ? null : azp.toString());
        if (retryAfter == 0) {
            return false;
        }
        ctx.request().resume();
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        problems.send(ctx, ProblemType.TOO_MANY_REQUESTS,
                "Too many requests from your account or application; retry after " + retryAfter + " s");
        return true;
    }

    private void unauthorized(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            return;
        }
        ctx.request().resume();
        boolean sent = ctx.request().getHeader("Authorization") != null;
        ctx.response().putHeader("WWW-Authenticate",
                sent ? "Bearer realm=\"cchc\", error=\"invalid_token\"" : "Bearer realm=\"cchc\"");
        problems.send(ctx, ProblemType.UNAUTHORIZED, "A valid bearer token from the cchc realm is required");
    }

    /**
     * Tells the service where the client really called (X-Forwarded-Host/Proto/For), so that the
     * Location of a created object names the gateway, not the service's internal address.
     */
    private static final class Forwarded implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            var in = context.request().proxiedRequest();
            var headers = context.request().headers();
            headers.set("X-Forwarded-Host", in.authority() == null ? in.host() : in.authority().toString());
            headers.set("X-Forwarded-Proto", in.scheme());
            if (in.remoteAddress() != null) {
                headers.set("X-Forwarded-For", in.remoteAddress().hostAddress());
            }
            return context.sendRequest();
        }
    }

    /** Answers 503 problem+json when the upstream cannot be reached, instead of an empty 502. */
    private static final class UnavailableAsProblem implements ProxyInterceptor {
        private final String upstream;

        UnavailableAsProblem(String upstream) {
            this.upstream = upstream;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(err -> {
                LOG.warnf("Upstream %s unreachable for %s: %s", upstream, context.request().getURI(), err.toString());
                String body = "{\"type\":\"" + ProblemType.UPSTREAM_UNAVAILABLE.uri() + "\",\"title\":\""
                        + ProblemType.UPSTREAM_UNAVAILABLE.title() + "\",\"status\":503,\"detail\":\"The "
                        + upstream + " service did not answer; try again shortly\"}";
                ProxyResponse r = context.request().response()
                        .setStatusCode(503)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Retry-After", "5")
                        .setBody(Body.body(Buffer.buffer(body)));
                return Future.succeededFuture(r);
            });
        }
    }
}
