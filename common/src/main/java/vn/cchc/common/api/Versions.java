package vn.cchc.common.api;

import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * The lost-update check of every {@code PUT}: the version the client last read (from
 * {@code If-Match}, see {@link ETags#versionFromIfMatch}) must still be the stored one.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * @param what     the object, as the message should name it, e.g. {@code Indicator TTHC_ON_TIME}
     * @param current  the stored version
     * @param expected the version the client last read
     * @throws ProblemException 412 when they differ
     */
    public static void requireCurrent(String what, long current, long expected) {
        if (current != expected) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    what + " is at version " + current + ", not " + expected + "; read it again");
        }
    }
}
