package vn.cchc.common.problem;

import java.net.URI;

/**
 * The catalogue of problem types used across cchc-platform. The type URI is a stable contract for
 * clients; the title is the same for every occurrence of a type (RFC 9457 §3.1.1).
 */
public enum ProblemType {
    /** Malformed request: unreadable JSON, wrong parameter syntax (400). */
    BAD_REQUEST("bad-request", "Bad request", 400),
    /** Missing, expired or invalid bearer token (401). */
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    /** Authenticated, but the role or the org unit does not allow it (403). */
    FORBIDDEN("forbidden", "Forbidden", 403),
    /** No such resource, or not visible to the caller (404). */
    NOT_FOUND("not-found", "Not found", 404),
    /** The resource exists but not with this method (405). */
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    /** No representation acceptable to the client (406). */
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    /** The write conflicts with the current state: duplicate key, stale version (409). */
    CONFLICT("conflict", "Conflict", 409),
    /** A precondition such as {@code If-Match} failed (412). */
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    /** An update was sent without {@code If-Match} (428). */
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    /** Request body too large (413). */
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    /** Request body in a media type the endpoint does not read (415). */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    /** Well-formed but invalid content; see {@code errors} per field (422). */
    VALIDATION("validation", "Validation failed", 422),
    /** The caller sent more requests than its rate allows; {@code Retry-After} says when to try again (429). */
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    /** A downstream service did not answer (502/503/504). */
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Upstream service unavailable", 503),
    /** An unexpected server fault; the detail carries a reference to the log, nothing more (500). */
    INTERNAL("internal", "Internal error", 500);

    private final URI type;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.type = URI.create("urn:cchc:problem:" + slug);
        this.title = title;
        this.status = status;
    }

    /** @return the stable type URI, e.g. {@code urn:cchc:problem:not-found} */
    public URI uri() {
        return type;
    }

    /** @return the human title of this type */
    public String title() {
        return title;
    }

    /** @return the default HTTP status of this type */
    public int status() {
        return status;
    }

    /**
     * Maps an HTTP status to the problem type clients expect for it.
     *
     * @param status an HTTP status code
     * @return the matching type; {@link #INTERNAL} for unknown 5xx, {@link #BAD_REQUEST} for unknown 4xx
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? (status == 502 || status == 504 ? UPSTREAM_UNAVAILABLE : INTERNAL) : BAD_REQUEST;
    }

    /**
     * Builds a problem body of this type.
     *
     * @param detail   occurrence-specific explanation
     * @param instance the request path
     * @return the problem, with this type's default status
     */
    public Problem problem(String detail, String instance) {
        return new Problem(type, title, status, detail, instance, null);
    }
}
