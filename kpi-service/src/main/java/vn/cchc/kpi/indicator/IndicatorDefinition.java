package vn.cchc.kpi.indicator;

/**
 * The editable part of an indicator, common to {@link NewIndicator} and {@link IndicatorChange}, so
 * that creation and update apply the same normalisation and the same consistency rules.
 */
interface IndicatorDefinition {

    /** @return Vietnamese name as entered */
    String nameVi();

    /** @return English name as entered */
    String nameEn();

    /** @return kind of number */
    IndicatorKind kind();

    /** @return which way is better */
    Direction direction();

    /** @return unit of measure */
    IndicatorUnit unit();

    /** @return shortest measurement period */
    PeriodType periodType();

    /** @return roll-up rule */
    Aggregation aggregation();

    /** @return free-text description, may be null */
    String description();
}
