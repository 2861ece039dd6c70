package vn.cchc.plan.deadline;

/**
 * How often a {@link DeadlineKind#RECURRING} task repeats. Forms are those of the 2026 plans in
 * {@code shared/seeds/} and their usual variants.
 */
public enum Recurrence {

    /** All the time, no fixed date ("Thường xuyên", "Liên tục"). */
    CONTINUOUS,

    /** Every month ("Hằng tháng", "Hàng tháng", "Định kỳ hằng tháng"). */
    MONTHLY,

    /** Every quarter ("Định kỳ tháng cuối quý", "Hằng quý", "Hàng quý"). */
    QUARTERLY,

    /**
     * With each periodic CCHC report of the reporting regime (Q1, 6 months, Q3, year): "Báo cáo kết quả
     * thực hiện (lồng ghép trong kỳ Báo cáo CCHC)", "... (lồng ghép trong Báo cáo kết quả CCHC)". The
     * report-service's regime gives the actual due days.
     */
    EACH_REPORTING_PERIOD,

    /** Every year ("Hằng năm", "Hàng năm", "Định kỳ hằng năm"). */
    YEARLY
}
