package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ranking group (nhóm xếp loại) of a framework, e.g. A from 90%, B from 80% (METHODOLOGY.md C.1).
 *
 * @param code       short code, e.g. {@code A}
 * @param minPercent lowest index (0–100) in the group
 * @param name       Vietnamese name, e.g. "Nhóm A"
 */
@Schema(name = "ParBand", description = "Ranking group (nhóm xếp loại), e.g. A from 90%")
public record Band(String code, BigDecimal minPercent, String name) {
}
