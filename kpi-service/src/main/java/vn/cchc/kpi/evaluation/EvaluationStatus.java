package vn.cchc.kpi.evaluation;

/** Outcome of evaluating one measure of a target (kết quả đánh giá chỉ tiêu), see {@link TargetEvaluator}. */
public enum EvaluationStatus {
    /** Met as of the evaluation day (đạt). */
    MET,
    /** Missed, and the year (or the count already spent) cannot change it any more (không đạt). */
    NOT_MET,
    /** Missed so far while the year is not over, or a count projected to miss (có nguy cơ không đạt). */
    AT_RISK,
    /**
     * A count not reached yet whose linear projection reaches the threshold by the year end (đúng tiến độ):
     * neither met nor at risk.
     */
    ON_TRACK,
    /** No measurement to judge by (chưa có số liệu): no value in the window, no rank, no baseline. */
    NO_DATA,
    /** The measure cannot be judged by a number at all (không đánh giá được): the reason says why. */
    NOT_EVALUABLE
}
