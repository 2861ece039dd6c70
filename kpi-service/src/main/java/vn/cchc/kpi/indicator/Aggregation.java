package vn.cchc.kpi.indicator;

/**
 * How values of child units combine into the parent's value (cách tổng hợp lên cấp trên). A ratio
 * must be recomputed from the summed numerators and denominators, never averaged: the mean of the
 * children's rates is the classic roll-up fault (METHODOLOGY.md, fault kind F.1).
 */
public enum Aggregation {
    /** Σ numerators ÷ Σ denominators; only for {@link IndicatorKind#RATIO}. */
    RATIO_OF_SUMS,
    /** Sum of the children's values; only for counts. */
    SUM,
    /** Arithmetic mean of the children's values. */
    MEAN,
    /** Smallest child value (for ranks: the best-placed child). */
    MIN,
    /** Largest child value. */
    MAX
}
