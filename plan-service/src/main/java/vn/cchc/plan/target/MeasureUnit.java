package vn.cchc.plan.target;

/**
 * Unit of a {@link TargetMeasure}'s value; the same units as the indicator catalogue of kpi-service.
 */
public enum MeasureUnit {

    /** Per cent, 0–100 for levels ("100% hồ sơ"), or the size of a change ("giảm 20%"). */
    PERCENT,

    /** A number of items or occurrences ("ít nhất 02 cuộc đối thoại"). */
    COUNT,

    /** Calendar days ("không quá 5 ngày"); working days ("ngày làm việc") are not read. */
    DAYS,

    /** Points of a scoring framework such as the PAR INDEX ("đạt 85 điểm"). */
    POINTS,

    /** A rank position or group ("top 15", "nhóm … đứng đầu"); 1 is best. */
    RANK
}
