package vn.cchc.common.problem;

import java.util.List;

/**
 * A domain or authorization failure that must reach the client as a problem details body. Thrown by
 * services (never by entities); mapped by {@link ProblemExceptionMappers}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<Problem.FieldError> errors;

    /**
     * @param type   problem type, which fixes the HTTP status
     * @param detail what went wrong, safe to show to the caller
     */
    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /**
     * @param type   problem type, which fixes the HTTP status
     * @param detail what went wrong, safe to show to the caller
     * @param errors per-field errors (validation problems)
     */
    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** @return the problem type */
    public ProblemType type() {
        return type;
    }

    /** @return per-field errors, possibly empty */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** 404: the object does not exist or the caller may not know it exists. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** 403: the caller's role or unit does not allow the action. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** 409: the write conflicts with existing state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** 422: one field is invalid. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
