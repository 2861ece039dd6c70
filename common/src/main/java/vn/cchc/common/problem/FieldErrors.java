package vn.cchc.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the per-field errors of a rule check that bean validation cannot express (a window that
 * ends before it starts, a ratio averaged up the tree…) and reports them all at once as the same
 * 422 problem that bean validation produces: errors sorted by field, detail listing the fields.
 */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /**
     * @param field   JSON path of the field, e.g. {@code periods[0].windowEnd}
     * @param message why it is invalid
     * @return this, for chaining
     */
    public FieldErrors add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    /** @return true when no error was added */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @return the errors so far, sorted by field ({@link FieldOrder}: row [2] before row [10]) */
    public List<Problem.FieldError> sorted() {
        return errors.stream().sorted(Comparator.comparing(Problem.FieldError::field, FieldOrder.INSTANCE)).toList();
    }

    /**
     * @throws ProblemException 422 ({@link ProblemType#VALIDATION}) with every error, when there is any
     */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        List<Problem.FieldError> all = sorted();
        throw new ProblemException(ProblemType.VALIDATION,
                all.size() + " invalid field(s): " + all.stream().map(Problem.FieldError::field).distinct().toList(), all);
    }
}
