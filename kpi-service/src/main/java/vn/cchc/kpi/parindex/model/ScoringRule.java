package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * The scoring rule of a leaf (cách tính điểm).
 *
 * @param type             the kind of rule
 * @param tiers            for {@link RuleType#TIERS}: tiers from the highest minimum down
 * @param deductionPerUnit for {@link RuleType#DEDUCTION}: points lost per counted unit
 * @param indicatorCode    optional indicator of the kpi catalogue whose value over the index year is
 *                         the declared value when the unit declares none (computed rules only)
 * @param description      the rule as the framework's text states it, Vietnamese
 */
@Schema(name = "ParScoringRule", description = "Scoring rule (cách tính điểm) of a leaf")
public record ScoringRule(RuleType type, List<Tier> tiers, BigDecimal deductionPerUnit, String indicatorCode,
                          String description) {
}
