package vn.cchc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.common.api.Versions;

class FieldErrorsTest {

    @Test
    void nothingToReportThrowsNothing() {
        new FieldErrors().throwIfAny();
        Versions.requireCurrent("Unit HN", 3, 3);
    }

    @Test
    void errorsComeOutSortedByFieldAsOne422() {
        ProblemException e = assertThrows(ProblemException.class, () -> new FieldErrors()
                .add("periods[1].dueDate", "must not be before windowEnd 2026-06-14")
                .add("periods[0].windowEnd", "must not be before windowStart 2026-03-14")
                .add("periods[0].windowEnd", "second complaint")
                .throwIfAny());
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(List.of("periods[0].windowEnd", "periods[0].windowEnd", "periods[1].dueDate"),
                e.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("3 invalid field(s): [periods[0].windowEnd, periods[1].dueDate]", e.getMessage());
    }

    @Test
    void rowsComeOutInNumberOrder() {
        ProblemException e = assertThrows(ProblemException.class, () -> new FieldErrors()
                .add("[10].value", "must be at most 100")
                .add("[2].value", "must be at most 100")
                .add("[2].period", "is not a month label")
                .add("line[100].unit", "unknown unit")
                .add("line[9].unit", "unknown unit")
                .throwIfAny());
        assertEquals(List.of("[2].period", "[2].value", "[10].value", "line[9].unit", "line[100].unit"),
                e.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void aStaleVersionIs412() {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.requireCurrent("Indicator SIPAS", 2, 1));
        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
        assertEquals("Indicator SIPAS is at version 2, not 1; read it again", e.getMessage());
    }
}
