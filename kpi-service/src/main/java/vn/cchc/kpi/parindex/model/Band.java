package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;

/**
 * A ranking group (nhóm xếp loại) of a framework, e.g. A from 90%, B from 80% (METHODOLOGY.md C.1).
 *
 * @param code       short code, e.g. {@code A}
 * @param minPercent lowest index (0–100) in the group
 * @param name       Vietnamese name, e.g. "Nhóm A"
 */
public record Band(String code, BigDecimal minPercent, String name) {
}
