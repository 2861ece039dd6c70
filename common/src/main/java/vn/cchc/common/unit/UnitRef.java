package vn.cchc.common.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An org unit as plan-service's registry returns it ({@code GET /api/v1/units/{code}}), reduced to
 * what other services need (authorization checks, roll-up children). Fields plan-service adds later are ignored.
 *
 * @param code       unit code, e.g. {@code HN-BADINH} (mã đơn vị)
 * @param name       Vietnamese name, e.g. "Phường Ba Đình" (tên đơn vị)
 * @param parentCode parent unit code, null for a province-level root
 * @param path       codes from the root to the unit, e.g. {@code [HN, HN-BADINH]}; the input of every
 *                   {@link vn.cchc.common.security.Caller} check
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitRef(String code, String name, String parentCode, List<String> path) {

    /** The shape of every unit code plan-service stores: upper-case letters and digits in hyphen-separated groups. */
    public static final String CODE_PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)*$";
    /** The longest unit code plan-service stores (its {@code org_unit.code} column). */
    public static final int CODE_MAX = 64;

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(CODE_PATTERN);

    /**
     * @param code a unit code as a client sent it
     * @return true when plan-service could hold a unit with that code (shape and length); a code that
     *         cannot be there need not be asked for
     */
    public static boolean possibleCode(String code) {
        return code != null && code.length() <= CODE_MAX && CODE.matcher(code).matches();
    }
}
