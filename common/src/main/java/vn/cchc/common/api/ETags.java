package vn.cchc.common.api;

import jakarta.ws.rs.core.EntityTag;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * Entity tags for optimistic locking: an object's ETag is its version number ({@code "3"}); an update
 * must send it back in {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    /** @return the strong entity tag of a version */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Reads the version from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}).
     *
     * @param ifMatch the header value, may be null
     * @return the version the client last read
     * @throws ProblemException 428 when the header is missing, 412 when it is not a version of ours
     */
    public static long versionFromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you last read in If-Match, so a concurrent change is not overwritten");
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " matches no version");
        }
    }
}
