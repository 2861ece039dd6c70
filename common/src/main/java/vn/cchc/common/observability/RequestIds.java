package vn.cchc.common.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id ({@code X-Request-Id}) that follows it through the gateway and the
 * services and appears in every log line and access-log entry, so that an operator can find one
 * call's whole story across processes.
 *
 * <p>An incoming id is kept when it is a plausible id (1–128 characters of letters, digits,
 * {@code . _ -}); otherwise (absent, or anything that could forge log lines) a random UUID replaces it.
 * The id is written back into the request headers (the gateway's proxy forwards it upstream, the access
 * log reads it there), echoed in the response header, and put in the logging MDC under
 * {@value #MDC_KEY} (Quarkus keeps MDC on the request's Vert.x context, so worker threads see it).
 */
@ApplicationScoped
public class RequestIds {

    /** Header carrying the id (de-facto standard name). */
    public static final String HEADER = "X-Request-Id";
    /** MDC key, used as {@code %X{requestId}} in the log format. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    void install(@Observes Filters filters) {
        // before security and routing, so that even a refused request is logged with its id
        filters.register(this::tag, 10_000);
    }

    private void tag(RoutingContext ctx) {
        String id = accept(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        // set just before the headers go out: behind the gateway the service's own copy is replaced, not doubled
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        MDC.put(MDC_KEY, id);
        ctx.next();
    }

    /**
     * @param incoming the client's {@code X-Request-Id}, may be null
     * @return the incoming id when acceptable, else a new random UUID
     */
    public static String accept(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
