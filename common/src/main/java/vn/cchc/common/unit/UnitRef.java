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
}
