package vn.cchc.kpi.indicator;

/** Which way an indicator improves (chiều đánh giá), used to judge a value against a target. */
public enum Direction {
    /** More is better, e.g. the share of dossiers settled on time. */
    HIGHER_IS_BETTER,
    /** Less is better, e.g. a rank (1st beats 15th) or days of delay. */
    LOWER_IS_BETTER
}
