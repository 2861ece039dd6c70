package vn.cchc.kpi.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorKind;
import vn.cchc.kpi.indicator.IndicatorUnit;

/**
 * The content rules of a measurement, the same for a single write, a JSON batch and a CSV file
 * (plain Java). Unit visibility and the write right are checked by {@link MeasurementService}.
 * <ul>
 *   <li>period: a valid label ({@link Period}) of the indicator's period type or longer
 *       ({@link PeriodKind#fits});</li>
 *   <li>window: both days or neither (then the calendar period); end not before start; a window that
 *       fits the period ({@link Period#admitsWindow}); not ending after today in Vietnam
 *       ({@link vn.cchc.common.time.VietnamTime}): a period that has not ended yet cannot be measured
 *       with its calendar window;</li>
 *   <li>RATIO: numerator and denominator, no value; denominator &gt; 0; 0 ≤ numerator ≤ denominator
 *       (every ratio of the catalogue is a share, measured in PERCENT); value = 100 × num ÷ den at 6
 *       decimals;</li>
 *   <li>other kinds: a value, no numerator or denominator; PERCENT unit: 0–100; COUNT: a whole number
 *       ≥ 0; RANK: a whole number ≥ 1; SCORE and INDEX: ≥ 0;</li>
 *   <li>numbers: at most 14 digits before the point; values 6 decimals, numerators and denominators 4;
 *       note at most 2000 characters.</li>
 * </ul>
 */
final class MeasurementRules {

    static final int NOTE_MAX = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    private MeasurementRules() {
    }

    /**
     * A row that passed every rule, with its window and value resolved.
     *
     * @param indicator   the indicator
     * @param period      the parsed period
     * @param windowStart first day covered
     * @param windowEnd   last day covered
     * @param value       the value (computed for a ratio)
     * @param numerator   numerator, ratios only
     * @param denominator denominator, ratios only
     * @param note        NFC note or null
     */
    record Checked(Indicator indicator, Period period, LocalDate windowStart, LocalDate windowEnd, BigDecimal value,
                   BigDecimal numerator, BigDecimal denominator, String note) {
    }

    /**
     * @param in        the row
     * @param indicator the row's indicator, null when unknown (the caller reports that)
     * @param today     today in Vietnam
     * @param error     receives (field, message) for every broken rule, with the field names of
     *                  {@link NewMeasurement}
     * @return the checked row, or null when a rule is broken (or the indicator is unknown)
     */
    static Checked check(NewMeasurement in, Indicator indicator, LocalDate today, BiConsumer<String, String> error) {
        Counter c = new Counter(error);
        Period period = null;
        if (in.period() == null || in.period().isBlank()) {
            c.add("period", "is required");
        } else {
            try {
                period = Period.parse(in.period());
                if (indicator != null && !period.kind().fits(indicator.periodType)) {
                    c.add("period", "indicator " + indicator.code + " is measured by " + indicator.periodType
                            + "; a " + period.kind() + " period is shorter (give the indicator's period or a longer one)");
                }
            } catch (IllegalArgumentException e) {
                c.add("period", e.getMessage());
            }
        }
        LocalDate ws = in.windowStart();
        LocalDate we = in.windowEnd();
        if ((ws == null) != (we == null)) {
            c.add(ws == null ? "windowStart" : "windowEnd",
                    "give both windowStart and windowEnd, or neither for the calendar period");
        } else if (ws != null && we.isBefore(ws)) {
            c.add("windowEnd", "must not be before windowStart " + ws);
        } else if (period != null) {
            if (ws == null) {
                ws = period.start();
                we = period.end();
                if (we.isAfter(today)) {
                    c.add("period", period.label() + " has not ended yet (it ends " + we + ", today is " + today
                            + " in Vietnam); give the cut-off window if it has closed");
                }
            } else if (!period.admitsWindow(ws, we)) {
                c.add("windowEnd", "window " + ws + ".." + we + " does not fit " + period.label()
                        + ": it must end between " + period.start() + " and " + period.end()
                        + " and start on or after " + period.start().minusMonths(1));
            } else if (we.isAfter(today)) {
                c.add("windowEnd", "is in the future (today is " + today + " in Vietnam)");
            }
        }
        BigDecimal value = in.value();
        BigDecimal num = in.numerator();
        BigDecimal den = in.denominator();
        if (indicator != null) {
            if (indicator.kind == IndicatorKind.RATIO) {
                if (value != null) {
                    c.add("value", "is computed for the RATIO indicator " + indicator.code + "; send numerator and denominator");
                }
                if (num == null) {
                    c.add("numerator", "is required for the RATIO indicator " + indicator.code);
                }
                if (den == null) {
                    c.add("denominator", "is required for the RATIO indicator " + indicator.code);
                }
                boolean numOk = num != null && number(c, "numerator", num, 4);
                boolean denOk = den != null && number(c, "denominator", den, 4);
                if (numOk && num.signum() < 0) {
                    c.add("numerator", "must not be negative");
                    numOk = false;
                }
                if (denOk && den.signum() <= 0) {
                    c.add("denominator", den.signum() == 0 ? "must not be 0 (no dossiers: record no value for the period)"
                            : "must be greater than 0");
                    denOk = false;
                }
                if (numOk && denOk && num.compareTo(den) > 0) {
                    c.add("numerator", "must not exceed the denominator " + den.toPlainString() + " (a share is at most 100%)");
                }
                if (numOk && denOk && num.compareTo(den) <= 0) {
                    value = num.multiply(HUNDRED).divide(den, 6, RoundingMode.HALF_UP);
                }
            } else {
                if (num != null) {
                    c.add("numerator", "only RATIO indicators take a numerator; send value");
                }
                if (den != null) {
                    c.add("denominator", "only RATIO indicators take a denominator; send value");
                }
                if (value == null) {
                    c.add("value", "is required for the " + indicator.kind + " indicator " + indicator.code);
                } else if (number(c, "value", value, 6)) {
                    valueRange(c, indicator, value);
                }
            }
        }
        String note = in.note() == null || in.note().isBlank() ? null : VietnameseText.nfc(in.note());
        if (note != null && note.length() > NOTE_MAX) {
            c.add("note", "must be at most " + NOTE_MAX + " characters");
        }
        if (c.errors > 0 || indicator == null || period == null) {
            return null;
        }
        return new Checked(indicator, period, ws, we, value, num == null ? null : num.stripTrailingZeros(),
                den == null ? null : den.stripTrailingZeros(), note);
    }

    private static void valueRange(Counter c, Indicator indicator, BigDecimal v) {
        boolean whole = v.stripTrailingZeros().scale() <= 0;
        switch (indicator.kind) {
            case COUNT -> {
                if (v.signum() < 0) {
                    c.add("value", "a count must not be negative");
                } else if (!whole) {
                    c.add("value", "a count is a whole number");
                }
            }
            case RANK -> {
                if (!whole || v.compareTo(BigDecimal.ONE) < 0) {
                    c.add("value", "a rank is a whole number from 1 (1st is best)");
                }
            }
            default -> {
                if (v.signum() < 0) {
                    c.add("value", "must not be negative");
                } else if (indicator.unit == IndicatorUnit.PERCENT && v.compareTo(HUNDRED) > 0) {
                    c.add("value", "a percentage is between 0 and 100");
                }
            }
        }
    }

    private static boolean number(Counter c, String field, BigDecimal v, int decimals) {
        if (v.abs().compareTo(LIMIT) >= 0) {
            c.add(field, "is too large");
            return false;
        }
        if (v.stripTrailingZeros().scale() > decimals) {
            c.add(field, "has more than " + decimals + " decimals");
            return false;
        }
        return true;
    }

    /** Forwards errors and counts them. */
    private static final class Counter {
        private final BiConsumer<String, String> sink;
        private int errors;

        Counter(BiConsumer<String, String> sink) {
            this.sink = sink;
        }

        void add(String field, String message) {
            errors++;
            sink.accept(field, message);
        }
    }
}
