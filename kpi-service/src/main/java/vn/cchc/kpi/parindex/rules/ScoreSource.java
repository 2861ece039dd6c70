package vn.cchc.kpi.parindex.rules;

/** Where the points of a leaf in a layer come from. */
public enum ScoreSource {
    /** Entered as points (MANUAL, SURVEY, bonus). */
    ENTERED,
    /** Computed by the leaf's rule from a declared value. */
    COMPUTED,
    /** Computed by the leaf's rule from the unit's measured value of the rule's indicator over the index year. */
    INDICATOR,
    /** Declared not applicable (không áp dụng): no points, and the maximum leaves the applicable maximum. */
    NOT_APPLICABLE
}
