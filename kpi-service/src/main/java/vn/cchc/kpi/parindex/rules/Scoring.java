package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.cchc.kpi.parindex.model.ScoringRule;
import vn.cchc.kpi.parindex.model.Tier;

/**
 * Points of one leaf from its declared value (số liệu kê khai), by the leaf's rule (plain Java).
 * Points are rounded half up to 0.01 point, the precision published results use (e.g. 91,43).
 * <ul>
 *   <li>YES_NO: value 1 (có) → max, 0 (không) → 0; any other value is refused;</li>
 *   <li>RATIO: percentage v in 0–100 → max × v ÷ 100;</li>
 *   <li>TIERS: percentage v in 0–100 → max × share of the first tier with v ≥ its minimum, else 0;</li>
 *   <li>DEDUCTION: a whole count c ≥ 0 → max(0, max − c × points per unit);</li>
 *   <li>MANUAL and SURVEY take points, not a value.</li>
 * </ul>
 */
public final class Scoring {

    /** Scale of points and of the index: 0.01. */
    public static final int SCALE = 2;
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scoring() {
    }

    /**
     * @param rule  the leaf's rule (a computed type)
     * @param max   the leaf's maximum
     * @param value the declared value
     * @return the points, 0..max, scale 2
     * @throws IllegalArgumentException when the value does not fit the rule, with a message for the user
     */
    public static BigDecimal points(ScoringRule rule, BigDecimal max, BigDecimal value) {
        if (!rule.type().computed()) {
            throw new IllegalArgumentException("a " + rule.type() + " leaf takes points (score), not a value");
        }
        if (value == null) {
            throw new IllegalArgumentException("a value is required");
        }
        return switch (rule.type()) {
            case YES_NO -> {
                if (value.compareTo(BigDecimal.ONE) == 0) {
                    yield round(max);
                }
                if (value.signum() == 0) {
                    yield round(BigDecimal.ZERO);
                }
                throw new IllegalArgumentException("must be 1 (có, yes) or 0 (không, no)");
            }
            case RATIO -> round(max.multiply(percent(value)).divide(HUNDRED, 10, RoundingMode.HALF_UP));
            case TIERS -> {
                BigDecimal v = percent(value);
                for (Tier t : rule.tiers()) {
                    if (v.compareTo(t.minPercent()) >= 0) {
                        yield round(max.multiply(t.share()));
                    }
                }
                yield round(BigDecimal.ZERO);
            }
            case DEDUCTION -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("must be a whole count of 0 or more");
                }
                BigDecimal left = max.subtract(value.multiply(rule.deductionPerUnit()));
                yield round(left.signum() < 0 ? BigDecimal.ZERO : left);
            }
            default -> throw new IllegalStateException(rule.type().name());
        };
    }

    /**
     * Checks points entered by hand (MANUAL, SURVEY, bonus) against the leaf's maximum.
     *
     * @param max    the leaf's maximum
     * @param points the points entered
     * @return the points at scale 2
     * @throws IllegalArgumentException when negative, above the maximum or finer than 0.01
     */
    public static BigDecimal entered(BigDecimal max, BigDecimal points) {
        if (points == null) {
            throw new IllegalArgumentException("points (score) are required");
        }
        if (points.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (points.compareTo(max) > 0) {
            throw new IllegalArgumentException("must not exceed the leaf's maximum of " + FrameworkValidator.plain(max) + " points");
        }
        if (points.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("at most two decimals");
        }
        return round(points);
    }

    /**
     * Index = points ÷ applicable maximum × 100, half up to 0.01, at most 100 (bonus points cannot lift
     * it beyond 100; METHODOLOGY.md: the rounding rule and the cap are not published — an assumption).
     *
     * @param points        points obtained (bonus included)
     * @param applicableMax the maximum without the leaves declared not applicable
     * @return the index in per cent, or null when nothing is applicable
     */
    public static BigDecimal index(BigDecimal points, BigDecimal applicableMax) {
        if (applicableMax.signum() == 0) {
            return null;
        }
        BigDecimal i = points.multiply(HUNDRED).divide(applicableMax, SCALE, RoundingMode.HALF_UP);
        return i.compareTo(HUNDRED) > 0 ? HUNDRED.setScale(SCALE) : i;
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal v) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("must be a percentage between 0 and 100");
        }
        return v;
    }
}
