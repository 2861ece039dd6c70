package vn.cchc.common.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    private static final SQLException DUPLICATE = new SQLException(
            "ERROR: duplicate key value violates unique constraint \"indicator_code_uk\"", "23505");

    @Test
    void findsTheNamedConstraintDownTheCauseChain() {
        RuntimeException wrapped = new RuntimeException("could not execute statement", new IllegalStateException(DUPLICATE));
        assertTrue(UniqueViolation.of(wrapped, "indicator_code_uk"));
    }

    @Test
    void otherConstraintsAndOtherFaultsAreNotIt() {
        assertFalse(UniqueViolation.of(DUPLICATE, "reporting_regime_unit_year_uk"));
        assertFalse(UniqueViolation.of(new SQLException("violates check constraint \"indicator_code_uk\"", "23514"), "indicator_code_uk"));
        assertFalse(UniqueViolation.of(new RuntimeException("boom"), "indicator_code_uk"));
    }
}
