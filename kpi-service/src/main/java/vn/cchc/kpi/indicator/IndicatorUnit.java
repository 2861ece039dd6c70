package vn.cchc.kpi.indicator;

/** Unit of measure of an indicator's value (đơn vị tính). */
public enum IndicatorUnit {
    /** Per cent, 0–100 (%). */
    PERCENT,
    /** A number of items (số lượng: hồ sơ, cuộc, văn bản…). */
    COUNT,
    /** Calendar days (ngày). */
    DAYS,
    /** Points of a scoring framework (điểm). */
    POINTS,
    /** A rank position (thứ hạng). */
    RANK
}
