package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;

/**
 * One tier of a {@link RuleType#TIERS} rule: a percentage of at least {@code minPercent} earns
 * {@code share} × the leaf's maximum.
 *
 * @param minPercent lowest percentage (0–100) that reaches this tier
 * @param share      share of the maximum earned, 0–1 (1 = full, 0.5 = half)
 */
public record Tier(BigDecimal minPercent, BigDecimal share) {
}
