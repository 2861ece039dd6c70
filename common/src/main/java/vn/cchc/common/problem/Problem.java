package vn.cchc.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}), the only error shape any
 * cchc service or the gateway returns.
 *
 * @param type     stable problem type, {@code urn:cchc:problem:<slug>}; clients switch on it
 * @param title    short human summary of the type (English)
 * @param status   the HTTP status code, repeated from the response line
 * @param detail   what went wrong in this occurrence; never a stack trace
 * @param instance the request path that failed
 * @param errors   per-field errors for validation problems; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    /** Media type of every error body (RFC 9457 §3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field of a request.
     *
     * @param field   JSON path of the field in the request body or the parameter name, e.g. {@code code}
     * @param message why it is invalid
     */
    public record FieldError(String field, String message) {
    }
}
