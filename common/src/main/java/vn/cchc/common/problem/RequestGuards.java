package vn.cchc.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, request URLs carrying a NUL byte ({@code %00}): PostgreSQL cannot
 * store or compare such text, and no legitimate code, name or search contains one.
 */
public class RequestGuards {

    @ServerRequestFilter(preMatching = true)
    public Response rejectNul(ContainerRequestContext ctx) {
        String raw = ctx.getUriInfo().getRequestUri().getRawPath() + "?" + ctx.getUriInfo().getRequestUri().getRawQuery();
        if (raw.toLowerCase(Locale.ROOT).contains("%00")) {
            return ProblemResponses.of(ProblemType.BAD_REQUEST, "The URL contains a NUL character (%00)",
                    ctx.getUriInfo().getRequestUri().getRawPath(), List.of());
        }
        return null;
    }
}
