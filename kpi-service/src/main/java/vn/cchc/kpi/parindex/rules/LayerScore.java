package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * One leaf of a layer, checked and scored.
 *
 * @param code          leaf code
 * @param value         the value the points were computed from (declared or measured), null for entered points
 * @param points        the points, scale 2; null when not applicable
 * @param notApplicable declared not applicable
 * @param source        where the points come from
 * @param evidence      supporting documents
 * @param text          explanation or reviewer's comment
 */
@Schema(name = "ParLayerScore", description = "A leaf in one layer: self (tự đánh giá), appraisal (thẩm định) or survey (điều tra xã hội học)")
public record LayerScore(String code, BigDecimal value, BigDecimal points, boolean notApplicable, ScoreSource source,
                         List<String> evidence, String text) {
}
