package vn.cchc.kpi.evaluation;

/**
 * How much of each target a batch evaluation ({@code GET /api/v1/evaluations/units}) answers: the
 * verdicts are the same in every form, only the answer's size differs (about 1.7 kB per target in
 * {@link #FULL}, a tenth of it in {@link #COMPACT}, nothing per target in {@link #COUNTS}).
 */
public enum EvaluationDetail {
    /** Each target as {@code GET /api/v1/evaluations} gives it: sentence, clauses, reason, trend, measurements used. */
    FULL,
    /** Each target's verdicts only: indicator, threshold, status, value, numerator, denominator, gap (report-service's read). */
    COMPACT,
    /** Only the counts per unit (số chỉ tiêu đạt / không đạt / …). */
    COUNTS
}
