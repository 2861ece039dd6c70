package vn.cchc.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Refuses, before any resource runs, request URLs carrying a NUL byte ({@code %00}): PostgreSQL cannot
 * store or compare such text, and no legitimate code, name or search contains one; and a body without a
 * {@code Content-Type}, which an endpoint that reads JSON and CSV would otherwise read as whichever
 * matched first. Also completes problems answered without their {@code instance}.
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

    @ServerRequestFilter(preMatching = true)
    public Response requireBodyType(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean body = length != null ? !length.strip().equals("0") : ctx.getHeaderString("Transfer-Encoding") != null;
        if (body && ctx.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request has a body but no Content-Type: send "
                    + "application/json, or text/csv where an endpoint takes a CSV upload", ctx.getUriInfo().getRequestUri().getRawPath(),
                    List.of());
        }
        return null;
    }

    /**
     * Completes a problem answered without its {@code instance}: a parameter converter's 400
     * ({@code StrictParams}) is answered as it was thrown, before any exception mapper could add the path.
     */
    @ServerResponseFilter
    public void completeProblem(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p && p.instance() == null) {
            response.setEntity(new Problem(p.type(), p.title(), p.status(), p.detail(), request.getUriInfo().getRequestUri().getRawPath(),
                    p.errors()), null, response.getMediaType());
        }
    }
}
