package vn.cchc.kpi.measurement;

import vn.cchc.kpi.indicator.PeriodType;

/**
 * The length of a measurement's period label (loại kỳ số liệu): a month, a quarter, a half year
 * (the cumulative 6-month report, báo cáo 6 tháng) or a year.
 */
public enum PeriodKind {
    /** {@code 2026-03}: tháng. */
    MONTH(1),
    /** {@code 2026-Q1}: quý. */
    QUARTER(3),
    /** {@code 2026-H1}: 6 tháng (first or second half year). */
    HALF_YEAR(6),
    /** {@code 2026}: năm. */
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** @return the calendar length in months */
    public int months() {
        return months;
    }

    /**
     * Whether a measurement of this length may be recorded for an indicator of the given period type:
     * the indicator's own period or a longer one, because the reporting regime asks for quarters, the
     * cumulative 6 months and the year (DESIGN.md: "a quarterly indicator can be read for a quarter, a
     * half year and a year"). A YEAR indicator (SIPAS, PAR INDEX) takes years only; a MONTH indicator
     * takes every length.
     *
     * @param type the indicator's period type (kỳ đo)
     * @return true when this length is at least the indicator's period
     */
    public boolean fits(PeriodType type) {
        int shortest = switch (type) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
        return months >= shortest;
    }
}
