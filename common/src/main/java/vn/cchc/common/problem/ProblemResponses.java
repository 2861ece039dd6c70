package vn.cchc.common.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds JAX-RS responses carrying a {@link Problem} body with the right media type. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * @param type     problem type (fixes the status)
     * @param detail   occurrence detail
     * @param instance request path
     * @param errors   per-field errors, may be empty
     * @return a response with status {@code type.status()} and an {@code application/problem+json} body
     */
    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
