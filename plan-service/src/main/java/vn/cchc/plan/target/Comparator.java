package vn.cchc.plan.target;

/**
 * How a target's value is to be met ({@link TargetMeasure#comparator()}), as read from the wording of a
 * target sentence ("chỉ tiêu kết quả cần đạt được") of the 2026 plans in {@code shared/seeds/}.
 *
 * <p>Strict and non-strict bounds are not told apart: the plans' "trên 90%" (above 90%) reads as
 * {@link #AT_LEAST} 90 and "dưới 5%" (below 5%) as {@link #AT_MOST} 5, the boundary value included.
 */
public enum Comparator {

    /**
     * The measured value must be at least {@code value}: "tối thiểu 90%", "đạt tối thiểu 86%", "từ 90% trở
     * lên", "trên 90%", "ít nhất 02 cuộc", and "Phấn đấu 100% …", "100% hồ sơ …" (100% is a ceiling, so
     * at least 100 and exactly 100 are the same promise).
     */
    AT_LEAST,

    /** The measured value must be at most {@code value}: "không quá 5%", "dưới 5%", "tối đa 5 ngày". */
    AT_MOST,

    /** The measured value must equal {@code value}: "bằng 50%". */
    EQUAL,

    /**
     * The measure must fall by at least {@code value} (relative to {@code baselineYear} when given, else to
     * the previous period): "giảm tối thiểu 20% thời gian", "cắt giảm 50% … so với năm 2025".
     */
    REDUCE_BY_AT_LEAST,

    /** The measure must grow by at least {@code value}: "tăng … ít nhất 10%". */
    INCREASE_BY_AT_LEAST,

    /**
     * The unit must rank in the leading group, size not stated ({@code value} is null): "xếp trong nhóm
     * tỉnh, thành phố đứng đầu cả nước", "xếp trong nhóm các xã, phường có kết quả cao".
     */
    TOP_GROUP,

    /** The unit's rank must be {@code value} or better (a smaller number): "trong top 15 khối phường". */
    RANK_AT_MOST
}
