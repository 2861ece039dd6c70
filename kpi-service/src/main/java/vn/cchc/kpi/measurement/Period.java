package vn.cchc.kpi.measurement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measurement period label and its calendar dates (kỳ số liệu). Accepted labels (DESIGN.md, API
 * conventions), years 2000–2100:
 * <ul>
 *   <li>{@code 2026-03}: a month, 1/3/2026–31/3/2026;</li>
 *   <li>{@code 2026-Q1} … {@code 2026-Q4}: a quarter, e.g. Q1 = 1/1/2026–31/3/2026;</li>
 *   <li>{@code 2026-H1}, {@code 2026-H2}: a half year, 1/1–30/6 and 1/7–31/12;</li>
 *   <li>{@code 2026}: a year, 1/1–31/12.</li>
 * </ul>
 * The calendar dates are only the default window of a measurement; the reporting regime's cut-off
 * window (METHODOLOGY.md C.5: Q1 = 15/12 → 14/3) may replace them, see {@link #admitsWindow}.
 *
 * @param label the label as written, e.g. {@code 2026-Q1}
 * @param kind  its length
 * @param start first calendar day, inclusive
 * @param end   last calendar day, inclusive
 */
public record Period(String label, PeriodKind kind, LocalDate start, LocalDate end) {

    /** The label syntax, for bean validation and the OpenAPI description. */
    public static final String PATTERN = "^\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$";

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$");

    /**
     * @param label a period label, e.g. {@code 2026-Q1}
     * @return the period
     * @throws IllegalArgumentException when the label is not one of the accepted forms or the year is
     *                                  outside 2000–2100; the message says what is accepted
     */
    public static Period parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be a year (2026), a half year (2026-H1), a quarter (2026-Q1) or a month (2026-03)");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        String l = label.strip();
        if (m.group(2) != null) {
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            return new Period(l, PeriodKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
        }
        if (m.group(3) != null) {
            YearMonth first = YearMonth.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1);
            return new Period(l, PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if (m.group(4) != null) {
            YearMonth first = YearMonth.of(year, m.group(4).equals("1") ? 1 : 7);
            return new Period(l, PeriodKind.HALF_YEAR, first.atDay(1), first.plusMonths(5).atEndOfMonth());
        }
        return new Period(l, PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Whether a window the client gives may stand for this period. The reporting regime's cut-off
     * windows start in the month before the calendar period (the 15th of the previous month) and end
     * inside it (the 14th of the last month), and "if data cannot be cut off on those dates, use the
     * nearest date" (METHODOLOGY.md C.5). So: the window must end inside the calendar period and must
     * not start earlier than one month before the calendar period starts.
     *
     * @param windowStart first day covered, inclusive
     * @param windowEnd   last day covered, inclusive, not before {@code windowStart}
     * @return true when the window fits this period
     */
    public boolean admitsWindow(LocalDate windowStart, LocalDate windowEnd) {
        return !windowEnd.isBefore(start) && !windowEnd.isAfter(end) && !windowStart.isBefore(start.minusMonths(1));
    }
}
