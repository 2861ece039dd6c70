package vn.cchc.report.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.report.regime.ReportingPeriod;
import vn.cchc.report.regime.ReportingRegime;

/**
 * Which regimes a unit owes and the dates a report is assembled over (plain Java; {@code RegimeDutyTest}).
 * A unit owes a regime issued by a unit above it when the regime names it in {@code owedBy}, or, when
 * the regime names no one, when the issuer is its direct parent (a city's wards and departments; a
 * ward's divisions for the ward's internal regime).
 */
public final class RegimeDuty {

    private RegimeDuty() {
    }

    /**
     * @param regime   a regime
     * @param unitPath codes from the root to the unit, the unit last
     * @return whether the unit owes the regime's reports
     */
    public static boolean owes(ReportingRegime regime, List<String> unitPath) {
        if (unitPath.size() < 2) {
            return false;
        }
        String unit = unitPath.get(unitPath.size() - 1);
        int at = unitPath.indexOf(regime.unitCode);
        if (at < 0 || at == unitPath.size() - 1) {
            return false;
        }
        return regime.owedBy == null ? at == unitPath.size() - 2 : regime.owedBy.contains(unit);
    }

    /**
     * @param regime a regime
     * @param code   a period code
     * @return the period, if the regime has it
     */
    public static Optional<ReportingPeriod> period(ReportingRegime regime, String code) {
        return regime.periods.stream().filter(p -> p.code.equals(code)).findFirst();
    }

    /**
     * The day a report's numbers are taken at: the end of the cut-off window (the due date when the
     * regime gives no window), or today when that day has not come yet.
     *
     * @param period the period
     * @param today  today in Vietnam
     * @return the cut-off day
     */
    public static LocalDate cutOff(ReportingPeriod period, LocalDate today) {
        LocalDate end = period.windowEnd != null ? period.windowEnd : period.dueDate;
        return end.isAfter(today) ? today : end;
    }

    /**
     * The first day of the year-to-date window the targets are judged over: the earliest window start
     * of the regime's year when it falls between 1 December of the year before and 1 January (Hà Nội:
     * 15/12, the NĐ 09 cut-off), otherwise 1 January.
     *
     * @param regime the regime
     * @return the first day
     */
    public static LocalDate yearFrom(ReportingRegime regime) {
        LocalDate jan1 = LocalDate.of(regime.year, 1, 1);
        LocalDate dec1 = jan1.minusMonths(1);
        return regime.periods.stream().map(p -> p.windowStart).filter(d -> d != null && !d.isBefore(dec1) && !d.isAfter(jan1))
                .min(LocalDate::compareTo).orElse(jan1);
    }
}
