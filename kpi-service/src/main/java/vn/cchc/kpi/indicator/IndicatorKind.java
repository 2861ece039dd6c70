package vn.cchc.kpi.indicator;

/**
 * What kind of number an indicator is (loại chỉ tiêu). The kind fixes how a value is entered and how
 * it may roll up the unit tree (see {@link Aggregation}).
 */
public enum IndicatorKind {
    /**
     * Numerator over denominator, shown as a percentage (tỷ lệ), e.g. on-time TTHC dossiers over all
     * dossiers settled. Rolls up only as {@link Aggregation#RATIO_OF_SUMS}.
     */
    RATIO,
    /** A percentage reported as such, with no numerator and denominator behind it (e.g. SIPAS). */
    PERCENT,
    /** A count of things (số lượng), e.g. dialogues with citizens held in the year. */
    COUNT,
    /** Points awarded against a scoring rule (điểm), e.g. a PAR INDEX criterion. */
    SCORE,
    /** A composite index (chỉ số) on a fixed scale, e.g. PAR INDEX out of 100 points. */
    INDEX,
    /** A position in a ranking (xếp hạng); 1 is best. */
    RANK
}
