package vn.cchc.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that can leave a REST resource into an RFC 9457 problem details response.
 * Bad input never becomes a 500 and no stack trace leaves the service: unexpected faults are logged
 * with a reference that the 500 body repeats.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = ProblemResponses.of(e.type(), e.getMessage(), path(uri), e.errors());
        // a source that did not answer, or a service busy with enough already, may answer soon: say when to
        // retry, as the gateway's own 503 and 429 do
        boolean retry = e.type() == ProblemType.UPSTREAM_UNAVAILABLE || e.type() == ProblemType.TOO_MANY_REQUESTS;
        return retry ? Response.fromResponse(r).header("Retry-After", "5").build() : r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field, FieldOrder.INSTANCE))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION,
                errors.size() + " invalid field(s): " + errors.stream().map(Problem.FieldError::field).distinct().toList(),
                path(uri), errors);
    }

    // the subtypes are listed because Quarkus REST ships its own mappers for them, which would win
    /** Jackson's message for a repeated field, followed by its name and a closing quote. */
    private static final String DUPLICATE = "Duplicate field '";

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith(DUPLICATE) && original.endsWith("'")) {
            // strict duplicate detection (StrictJson): name the field, since which value counts would be a guess,
            // with its place in the body ([12].period), since a bulk write has thousands of rows
            String name = original.substring(DUPLICATE.length(), original.length() - 1);
            String where = e.getProcessor() instanceof JsonParser p ? jsonPath(p.getParsingContext(), name) : name;
            return ProblemResponses.of(ProblemType.BAD_REQUEST, "The field '" + where + "' appears more than once in an object", path(uri),
                    List.of(new Problem.FieldError(where, "appears more than once")));
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            // a cut-off body: no field is wrong, the JSON ends too early
            field = "";
        }
        if (field.isEmpty()) {
            // the parser's own message names Java classes: say where, not what the code looked like
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return ProblemResponses.of(ProblemType.BAD_REQUEST, "The request body is not valid JSON for this endpoint" + at,
                    path(uri), List.of());
        }
        String reason = e instanceof UnrecognizedPropertyException ? "is not a field of this resource"
                : e instanceof InvalidFormatException f && f.getOriginalMessage().startsWith("text ") ? f.getOriginalMessage()
                : e instanceof ValueInstantiationException v ? refusedByConstructor(v)
                : "has the wrong type or format";
        return ProblemResponses.of(ProblemType.BAD_REQUEST, "The field '" + field + "' " + reason, path(uri),
                List.of(new Problem.FieldError(field, reason)));
    }

    /**
     * Why a body's object could not be made: its record's constructor refused it. A missing field it needs is
     * thrown as {@code Objects.requireNonNull(field, "field")}, a rule between fields as an
     * IllegalArgumentException written for the caller (e.g. "value is required for AT_LEAST"); anything else
     * may name code, so it is not repeated.
     */
    private static String refusedByConstructor(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof NullPointerException && message.matches("[a-zA-Z]+")) {
            return "needs its field '" + message + "'";
        }
        if (cause instanceof IllegalArgumentException && !message.isBlank()) {
            return "is refused: " + message;
        }
        return "has the wrong type or format";
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(ProblemType.UNAUTHORIZED,
                        "A valid bearer token from the cchc realm is required", path(uri), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cchc\"")
                .build();
    }

    @ServerExceptionMapper
    public Response issuerUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("Token issuer unreachable on %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(ProblemResponses.of(ProblemType.UPSTREAM_UNAVAILABLE,
                "The token issuer (Keycloak) cannot be reached to verify your token; try again shortly",
                path(uri), List.of())).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this action", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONFLICT,
                "The object was changed by someone else; read it again and retry", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getResponse().getEntity() instanceof Problem p) {
            // already a problem (a parameter converter's answer): RequestGuards.completeProblem adds its path
            return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps what the parser refused (a repeated field, broken syntax): say what and where
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing found at " + path(uri);
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path(uri);
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not read that Content-Type; its request body media types are in the API description "
                    + "(/api/openapi.json): application/json, and text/csv where an endpoint takes a CSV upload";
            case NOT_ACCEPTABLE -> "This endpoint cannot produce the media type in Accept";
            default -> truncate(e.getMessage());
        };
        Response.ResponseBuilder r = Response.fromResponse(
                ProblemResponses.of(type, detail, path(uri), List.of())).status(status);
        // keep Allow on 405 so clients can discover the permitted methods
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            r.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return r.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        String ref = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s, reference %s", path(uri), ref);
        return ProblemResponses.of(ProblemType.INTERNAL, "Unexpected error; reference " + ref, path(uri), List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldName(ConstraintViolation<?> v) {
        // "create.body.code" -> "code": drop the method name and the parameter name
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The path of field {@code name} of the object being read, as {@link #jsonPath(JsonMappingException)} writes it. */
    private static String jsonPath(JsonStreamContext inner, String name) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        parts.push(name);
        for (JsonStreamContext c = inner.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(sb.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return sb.toString();
    }

    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
