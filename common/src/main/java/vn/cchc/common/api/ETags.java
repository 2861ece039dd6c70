package vn.cchc.common.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/**
 * Entity tags: for optimistic locking an object's ETag is its version number ({@code "3"}), which an update
 * must send back in {@code If-Match}; for conditional reads ({@link #noneMatch}) a representation's tag is
 * compared with {@code If-None-Match}.
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

    /**
     * Whether an {@code If-None-Match} header matches the current entity tag, by the weak comparison that
     * RFC 9110 (13.1.2) asks for: {@code "a"} and {@code W/"a"} are the same tag here, so that a proxy that
     * weakens tags still gets its 304. {@code *} matches any current representation; an unquoted tag is
     * taken as written (some clients leave the quotes out).
     *
     * @param ifNoneMatch the header value, may be null
     * @param current     the entity tag of the representation the request would get
     * @return true when the client already holds it (answer 304); false without the header
     */
    public static boolean noneMatch(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String h = ifNoneMatch.strip();
        if (h.equals("*")) {
            return true;
        }
        Matcher quoted = QUOTED_TAG.matcher(h);
        boolean any = false;
        while (quoted.find()) {
            any = true;
            if (quoted.group(1).equals(current.getValue())) {
                return true;
            }
        }
        if (any) {
            return false;
        }
        for (String bare : h.split(",")) {
            if (bare.strip().replaceFirst("^W/", "").equals(current.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** One entity tag of a list: optional {@code W/}, then the opaque tag in double quotes. */
    private static final Pattern QUOTED_TAG = Pattern.compile("(?:W/)?\"([^\"]*)\"");
}
