package vn.cchc.kpi.indicator;

/**
 * The shortest period an indicator is measured for (kỳ đo). Longer periods are derived by
 * aggregating over time; the reporting windows themselves (cut-off dates) belong to report-service.
 */
public enum PeriodType {
    /** Monthly (tháng), e.g. dossiers from the one-stop system. */
    MONTH,
    /** Quarterly (quý). */
    QUARTER,
    /** Yearly (năm), e.g. PAR INDEX and SIPAS, published once a year. */
    YEAR
}
