package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One leaf of a layer as a caller sends it.
 *
 * @param code          leaf code
 * @param value         declared value for computed rules (1/0, a percentage, a count)
 * @param score         points for MANUAL, SURVEY and bonus leaves
 * @param notApplicable "không áp dụng"
 * @param evidence      references of supporting documents (tài liệu kiểm chứng), self layer
 * @param text          the unit's explanation (self) or the reviewer's comment (appraisal)
 */
public record LayerInput(String code, BigDecimal value, BigDecimal score, Boolean notApplicable, List<String> evidence,
                         String text) {
}
