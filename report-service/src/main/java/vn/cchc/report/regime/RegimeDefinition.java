package vn.cchc.report.regime;

import java.util.List;

/**
 * The editable part of a regime, common to {@link NewReportingRegime} and
 * {@link ReportingRegimeChange}, so that creation and update apply the same rules.
 */
interface RegimeDefinition {

    /** @return Vietnamese name as entered */
    String name();

    /** @return portal connector name, may be null */
    String portal();

    /** @return codes of the units owing the regime, null for the issuer's direct children */
    List<String> owedBy();

    /** @return the document that sets the regime, may be null */
    String basis();

    /** @return the periods, in any order */
    List<RegimePeriod> periods();
}
