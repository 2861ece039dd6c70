package vn.cchc.kpi.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import vn.cchc.kpi.indicator.Aggregation;

/**
 * The value of a parent unit computed from its children's values (tổng hợp lên cấp trên), by the
 * indicator's {@link Aggregation} (plain Java, no framework):
 * <ul>
 *   <li>RATIO_OF_SUMS: Σ children's numerators ÷ Σ children's denominators × 100. Never the mean of
 *       the children's ratios (DHIS2 lesson, METHODOLOGY.md A.13/A.14; fault kind F.1): ward A 1/1
 *       (100%) and ward B 50/100 (50%) make 51/101 = 50.495%, not 75%.</li>
 *   <li>SUM: Σ values (counts).</li>
 *   <li>MEAN: arithmetic mean of the values of the children that have data (each child weighs the
 *       same).</li>
 *   <li>MIN / MAX: smallest / largest child value (for a rank, MIN is the best-placed child).</li>
 * </ul>
 * A child without data contributes nothing and is listed with {@code hasData = false}; the result says
 * how many children had data, so a partial roll-up is visible as such. Ratios and means are rounded
 * half-up to {@link WindowAggregator#SCALE} decimals.
 */
public final class RollUp {

    private RollUp() {
    }

    /**
     * What one child brings to the parent's value.
     *
     * @param unitCode    child unit code
     * @param name        child unit name (Vietnamese), may be null
     * @param hasData     whether the child had any measurement for the window
     * @param value       the child's own value for the window, null without data
     * @param numerator   its Σ numerators (RATIO only), else null
     * @param denominator its Σ denominators (RATIO only), else null
     */
    public record Contribution(String unitCode, String name, boolean hasData, BigDecimal value,
                               BigDecimal numerator, BigDecimal denominator) {

        /**
         * @param unitCode child unit code
         * @param name     child unit name, may be null
         * @param r        the child's value over the window
         * @return the contribution read off the window value
         */
        public static Contribution of(String unitCode, String name, WindowAggregator.Result r) {
            return new Contribution(unitCode, name, r.hasData(), r.value(), r.numerator(), r.denominator());
        }
    }

    /**
     * The parent's computed value.
     *
     * @param aggregation      the rule applied
     * @param value            the computed value, null when no child had data
     * @param numerator        Σ numerators (RATIO_OF_SUMS only), else null
     * @param denominator      Σ denominators (RATIO_OF_SUMS only), else null
     * @param childrenTotal    number of children
     * @param childrenWithData number of children that had data
     * @param children         every child's contribution, in the order given
     */
    public record Result(Aggregation aggregation, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                         int childrenTotal, int childrenWithData, List<Contribution> children) {
    }

    /**
     * @param aggregation the indicator's roll-up rule
     * @param children    every child's contribution
     * @return the parent's value computed from the children that have data
     * @throws IllegalArgumentException when RATIO_OF_SUMS meets a child with data but no numerator or
     *                                  denominator
     */
    public static Result of(Aggregation aggregation, List<Contribution> children) {
        Objects.requireNonNull(aggregation, "aggregation");
        List<Contribution> withData = children.stream().filter(Contribution::hasData).toList();
        BigDecimal value = null;
        BigDecimal num = null;
        BigDecimal den = null;
        if (!withData.isEmpty()) {
            switch (aggregation) {
                case RATIO_OF_SUMS -> {
                    num = BigDecimal.ZERO;
                    den = BigDecimal.ZERO;
                    for (Contribution c : withData) {
                        if (c.numerator() == null || c.denominator() == null) {
                            throw new IllegalArgumentException("child " + c.unitCode() + " has no numerator and denominator");
                        }
                        num = num.add(c.numerator());
                        den = den.add(c.denominator());
                    }
                    num = WindowAggregator.plain(num);
                    den = WindowAggregator.plain(den);
                    value = WindowAggregator.ratio(num, den);
                }
                case SUM -> value = WindowAggregator.plain(withData.stream().map(Contribution::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                case MEAN -> value = withData.stream().map(Contribution::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(withData.size()), WindowAggregator.SCALE, RoundingMode.HALF_UP);
                case MIN -> value = WindowAggregator.plain(withData.stream().map(Contribution::value)
                        .min(BigDecimal::compareTo).orElseThrow());
                case MAX -> value = WindowAggregator.plain(withData.stream().map(Contribution::value)
                        .max(BigDecimal::compareTo).orElseThrow());
            }
        }
        return new Result(aggregation, value, num, den, children.size(), withData.size(), List.copyOf(children));
    }
}
