package vn.cchc.common.persistence;

import java.sql.SQLException;

/**
 * Recognises a write refused by a named unique constraint, the database's last word on a race that a
 * service's own "does it exist?" check lost (two creates of the same code at once). Works on the JDBC
 * cause chain, whatever the ORM wraps it in.
 */
public final class UniqueViolation {

    /** SQLSTATE of a unique violation (PostgreSQL {@code unique_violation}, SQL standard class 23). */
    static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /**
     * @param e          an exception thrown by a flush or commit
     * @param constraint the constraint's name as in the migration, e.g. {@code indicator_code_uk}
     * @return true when {@code e} or one of its causes is a unique violation of that constraint
     */
    public static boolean of(Throwable e, String constraint) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
