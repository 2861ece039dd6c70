package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One tier of a {@link RuleType#TIERS} rule: a percentage of at least {@code minPercent} earns
 * {@code share} × the leaf's maximum.
 *
 * @param minPercent lowest percentage (0–100) that reaches this tier
 * @param share      share of the maximum earned, 0–1 (1 = full, 0.5 = half)
 */
@Schema(name = "ParTier", description = "Tier of a TIERS rule (mức điểm)")
public record Tier(BigDecimal minPercent, BigDecimal share) {
}
