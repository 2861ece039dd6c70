package vn.cchc.kpi.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.cchc.kpi.indicator.IndicatorKind;
import vn.cchc.kpi.indicator.IndicatorUnit;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * Judges one measure of a target (đánh giá chỉ tiêu) against the value of its indicator over the
 * year to date (plain Java, no framework; the rules below are the contract of
 * {@code GET /api/v1/evaluations}).
 *
 * <p><b>The year.</b> The year runs from {@link Year#start()} (1 January, or the reporting regime's
 * 15 December of the previous year) to {@link Year#end()} (31 December, or 14 December with the
 * regime's start); it is <em>over</em> when the evaluation day {@link Year#asOf()} is its last day.
 *
 * <p><b>Not evaluable</b> ({@link EvaluationStatus#NOT_EVALUABLE}, with the reason, never guessed): a
 * flagged target (plan-service could not structure it); a comparator or unit this service does not
 * know; {@code TOP_GROUP} (the size of the leading group is not written in the plan); no indicator
 * code, or one missing from the catalogue; a threshold in another unit than the indicator's (e.g. a
 * COUNT target on a PERCENT indicator); {@code RANK_AT_MOST} on an indicator that is not a rank; a
 * relative change against a baseline of 0.
 *
 * <p><b>No data</b> ({@link EvaluationStatus#NO_DATA}): no measurement lies fully inside the
 * year-to-date window (for a rank: no rank published yet); for a change, no baseline value over the
 * same window of the baseline year.
 *
 * <p><b>Levels</b> (RATIO, PERCENT, SCORE, INDEX, RANK indicators: the value is a level, not a sum),
 * with the year-to-date value {@code v} and the threshold {@code t}:
 * <ul>
 *   <li>AT_LEAST: {@code v ≥ t} → MET; else AT_RISK while the year is not over (the rest of the year can
 *       lift the year's value), NOT_MET once it is. "100% hồ sơ đúng hạn" with 99.5% in June is AT_RISK,
 *       with 99.5% for the whole year NOT_MET; "SIPAS ≥ 86" with 87 is MET.</li>
 *   <li>AT_MOST mirrored: {@code v ≤ t} → MET; else AT_RISK / NOT_MET.</li>
 *   <li>EQUAL: {@code v = t} → MET; else AT_RISK / NOT_MET.</li>
 *   <li>RANK_AT_MOST (a rank, 1 is best): the latest rank {@code ≤ t} → MET; else AT_RISK / NOT_MET.</li>
 * </ul>
 *
 * <p><b>Counts</b> (COUNT indicators, summed over time, e.g. "ít nhất 02 cuộc đối thoại trong năm"): the
 * year-to-date count {@code c} is projected linearly to the year end,
 * {@code p = c × daysInYear ÷ daysElapsed} (both counted from {@link Year#start()}, ends included):
 * <ul>
 *   <li>AT_LEAST: {@code c ≥ t} → MET (already reached, a count cannot fall); else, at the year end
 *       NOT_MET; during the year {@code p < t} → AT_RISK, {@code p ≥ t} → ON_TRACK (not reached yet,
 *       but on course).</li>
 *   <li>AT_MOST mirrored: {@code c > t} → NOT_MET (already exceeded, for good); else, at the year end
 *       MET; during the year {@code p > t} → AT_RISK, {@code p ≤ t} → MET.</li>
 *   <li>EQUAL: {@code c > t} → NOT_MET; at the year end {@code c = t} → MET, else NOT_MET; during the year
 *       {@code c = t} → MET, {@code p ≥ t} → ON_TRACK, else AT_RISK.</li>
 * </ul>
 *
 * <p><b>Changes</b> (REDUCE_BY_AT_LEAST, INCREASE_BY_AT_LEAST): the baseline {@code b} is the value over
 * the same window of the baseline year (the one written, else the previous year), so that counts
 * compare like with like. A threshold in PERCENT is a relative change, {@code (v − b) ÷ b × 100}; any
 * other unit is an absolute change {@code v − b} in the indicator's unit. The achieved change
 * {@code a} (a fall counts positive for REDUCE) must reach the threshold: {@code a ≥ t} → MET; else
 * AT_RISK during the year, NOT_MET at its end.
 *
 * <p><b>Gap</b> (độ chênh lệch): {@code v − t} (negative = short of an AT_LEAST target, positive = over an
 * AT_MOST limit or behind a RANK_AT_MOST place); for changes {@code a − t} (negative = short).
 * Computed values are rounded half-up to {@link WindowAggregator#SCALE} decimals.
 */
public final class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetEvaluator() {
    }

    /** How a threshold is to be met; the comparators of plan-service's targets. */
    public enum Comparator {
        AT_LEAST, AT_MOST, EQUAL, REDUCE_BY_AT_LEAST, INCREASE_BY_AT_LEAST, TOP_GROUP, RANK_AT_MOST;

        /** @return true for the comparators judged on a change against a baseline */
        public boolean isChange() {
            return this == REDUCE_BY_AT_LEAST || this == INCREASE_BY_AT_LEAST;
        }

        static Comparator parse(String s) {
            if (s == null) {
                return null;
            }
            for (Comparator c : values()) {
                if (c.name().equals(s)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * The evaluation year.
     *
     * @param start first day of the year (1/1, or the regime's 15/12 of the previous year)
     * @param end   last day of the year (31/12, or 14/12 with the regime's start)
     * @param asOf  the evaluation day, within [start, end]
     */
    public record Year(LocalDate start, LocalDate end, LocalDate asOf) {

        public Year {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(asOf, "asOf");
            if (end.isBefore(start) || asOf.isBefore(start) || asOf.isAfter(end)) {
                throw new IllegalArgumentException("need start ≤ asOf ≤ end");
            }
        }

        /** @return days in the year, ends included */
        public long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        /** @return days from the start to the evaluation day, both included */
        public long elapsed() {
            return ChronoUnit.DAYS.between(start, asOf) + 1;
        }

        /** @return true when the evaluation day is the year's last day */
        public boolean over() {
            return !asOf.isBefore(end);
        }
    }

    /**
     * A measure as plan-service states it.
     *
     * @param flagged       whether its target is flagged (could not be structured)
     * @param comparator    comparator name
     * @param threshold     the value written, null for TOP_GROUP
     * @param unit          unit name of the threshold
     * @param indicatorCode indicator code, may be null
     */
    public record Measure(boolean flagged, String comparator, BigDecimal threshold, String unit, String indicatorCode) {
    }

    /**
     * The indicator as the catalogue defines it.
     *
     * @param kind its kind
     * @param unit its unit
     */
    public record IndicatorFacts(IndicatorKind kind, IndicatorUnit unit) {
    }

    /**
     * The verdict on one measure.
     *
     * @param status    the status
     * @param value     the year-to-date value judged, null without data
     * @param gap       value − threshold (changes: achieved change − threshold), null when not judged
     * @param projected the count projected to the year end (counts during the year only), else null
     * @param baseline  the baseline value (changes only), else null
     * @param change    the achieved change (changes only: a fall is positive for REDUCE), else null
     * @param reason    why, in plain words
     */
    public record Outcome(EvaluationStatus status, BigDecimal value, BigDecimal gap, BigDecimal projected,
                         BigDecimal baseline, BigDecimal change, String reason) {

        static Outcome of(EvaluationStatus status, String reason) {
            return new Outcome(status, null, null, null, null, null, reason);
        }
    }

    /**
     * Whether a measure can be judged by a number at all (the checks made before any value is read).
     *
     * @param m         the measure
     * @param indicator the catalogue's facts on its indicator, null when the code is not in the catalogue
     * @return null when it can be evaluated, else the reason it cannot
     */
    public static String notEvaluable(Measure m, IndicatorFacts indicator) {
        if (m.flagged()) {
            return "the target is flagged: plan-service could not read its measures, they must be set by hand";
        }
        Comparator c = Comparator.parse(m.comparator());
        if (c == null) {
            return "comparator " + m.comparator() + " is not known to kpi-service";
        }
        if (c == Comparator.TOP_GROUP) {
            return "the plan does not state the size of the leading group (nhóm đứng đầu), so no number decides it";
        }
        if (m.indicatorCode() == null || m.indicatorCode().isBlank()) {
            return "no indicator measures this clause (no indicatorCode): a person must choose one in plan-service";
        }
        if (indicator == null) {
            return "indicator " + m.indicatorCode() + " is not in the catalogue";
        }
        if (m.threshold() == null) {
            return "the clause has no threshold";
        }
        IndicatorUnit unit = parseUnit(m.unit());
        if (unit == null) {
            return "unit " + m.unit() + " is not known to kpi-service";
        }
        if (c == Comparator.RANK_AT_MOST) {
            return indicator.kind() == IndicatorKind.RANK ? null
                    : "a rank target needs a RANK indicator; " + m.indicatorCode() + " is " + indicator.kind();
        }
        if (c.isChange() && unit == IndicatorUnit.PERCENT) {
            return null; // a relative change, whatever the indicator's unit
        }
        if (unit != indicator.unit()) {
            return "the threshold is in " + unit + " but indicator " + m.indicatorCode() + " is in " + indicator.unit();
        }
        return null;
    }

    /**
     * Judges a measure that {@link #notEvaluable} admitted.
     *
     * @param m         the measure
     * @param indicator the catalogue's facts on its indicator
     * @param year      the evaluation year
     * @param value     the indicator's year-to-date value, null without data
     * @param baseline  for changes: the value over the same window of the baseline year, null without data;
     *                  ignored otherwise
     * @return the verdict
     * @throws IllegalArgumentException when the measure is not evaluable
     */
    public static Outcome evaluate(Measure m, IndicatorFacts indicator, Year year, BigDecimal value, BigDecimal baseline) {
        String why = notEvaluable(m, indicator);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        Comparator c = Comparator.parse(m.comparator());
        BigDecimal t = m.threshold();
        if (value == null) {
            return Outcome.of(EvaluationStatus.NO_DATA, indicator.kind() == IndicatorKind.RANK
                    ? "no rank of " + m.indicatorCode() + " has been recorded for the year so far"
                    : "no measurement of " + m.indicatorCode() + " lies fully inside the year-to-date window");
        }
        if (c.isChange()) {
            return change(c, m, year, value, baseline);
        }
        BigDecimal gap = WindowAggregator.plain(value.subtract(t));
        if (c == Comparator.RANK_AT_MOST) {
            return level(value.compareTo(t) <= 0, year, value, gap, "rank " + plain(value) + " against at most " + plain(t));
        }
        if (indicator.kind() == IndicatorKind.COUNT) {
            return count(c, year, value, t, gap);
        }
        String sign = switch (c) {
            case AT_LEAST -> value.compareTo(t) >= 0 ? " ≥ " : " < ";
            case AT_MOST -> value.compareTo(t) <= 0 ? " ≤ " : " > ";
            default -> value.compareTo(t) == 0 ? " = " : " ≠ ";
        };
        boolean met = switch (c) {
            case AT_LEAST -> value.compareTo(t) >= 0;
            case AT_MOST -> value.compareTo(t) <= 0;
            default -> value.compareTo(t) == 0;
        };
        return level(met, year, value, gap, "year-to-date " + plain(value) + sign + plain(t));
    }

    private static Outcome level(boolean met, Year year, BigDecimal value, BigDecimal gap, String what) {
        if (met) {
            return new Outcome(EvaluationStatus.MET, value, gap, null, null, null, what);
        }
        return year.over()
                ? new Outcome(EvaluationStatus.NOT_MET, value, gap, null, null, null, what + " at the year end")
                : new Outcome(EvaluationStatus.AT_RISK, value, gap, null, null, null, what + " with the year not over");
    }

    private static Outcome count(Comparator c, Year year, BigDecimal count, BigDecimal t, BigDecimal gap) {
        BigDecimal projected = year.over() ? null : project(count, year);
        String so = "year-to-date count " + plain(count);
        String proj = projected == null ? "" : ", projected " + plain(projected) + " by the year end ("
                + year.elapsed() + " of " + year.days() + " days elapsed)";
        EvaluationStatus status;
        String reason;
        switch (c) {
            case AT_LEAST -> {
                if (count.compareTo(t) >= 0) {
                    status = EvaluationStatus.MET;
                    reason = so + " ≥ " + plain(t);
                } else if (year.over()) {
                    status = EvaluationStatus.NOT_MET;
                    reason = so + " < " + plain(t) + " at the year end";
                } else if (projected.compareTo(t) < 0) {
                    status = EvaluationStatus.AT_RISK;
                    reason = so + " < " + plain(t) + proj + " < " + plain(t);
                } else {
                    status = EvaluationStatus.ON_TRACK;
                    reason = so + " < " + plain(t) + proj + " ≥ " + plain(t);
                }
            }
            case AT_MOST -> {
                if (count.compareTo(t) > 0) {
                    status = EvaluationStatus.NOT_MET;
                    reason = so + " > " + plain(t) + ": already over the limit";
                } else if (year.over()) {
                    status = EvaluationStatus.MET;
                    reason = so + " ≤ " + plain(t) + " at the year end";
                } else if (projected.compareTo(t) > 0) {
                    status = EvaluationStatus.AT_RISK;
                    reason = so + " ≤ " + plain(t) + proj + " > " + plain(t);
                } else {
                    status = EvaluationStatus.MET;
                    reason = so + " ≤ " + plain(t) + proj + " ≤ " + plain(t);
                }
            }
            default -> { // EQUAL
                if (count.compareTo(t) > 0) {
                    status = EvaluationStatus.NOT_MET;
                    reason = so + " > " + plain(t) + ": already past the exact number";
                } else if (count.compareTo(t) == 0) {
                    status = EvaluationStatus.MET;
                    reason = so + " = " + plain(t);
                } else if (year.over()) {
                    status = EvaluationStatus.NOT_MET;
                    reason = so + " < " + plain(t) + " at the year end";
                } else if (projected.compareTo(t) >= 0) {
                    status = EvaluationStatus.ON_TRACK;
                    reason = so + " < " + plain(t) + proj + " ≥ " + plain(t);
                } else {
                    status = EvaluationStatus.AT_RISK;
                    reason = so + " < " + plain(t) + proj + " < " + plain(t);
                }
            }
        }
        return new Outcome(status, count, gap, projected, null, null, reason);
    }

    private static Outcome change(Comparator c, Measure m, Year year, BigDecimal value, BigDecimal baseline) {
        if (baseline == null) {
            return new Outcome(EvaluationStatus.NO_DATA, value, null, null, null, null,
                    "no baseline value of " + m.indicatorCode() + " over the same window of the baseline year");
        }
        boolean relative = parseUnit(m.unit()) == IndicatorUnit.PERCENT;
        BigDecimal diff = value.subtract(baseline);
        if (relative && baseline.signum() == 0) {
            return new Outcome(EvaluationStatus.NOT_EVALUABLE, value, null, null, WindowAggregator.plain(baseline), null,
                    "a relative change against a baseline of 0 is undefined");
        }
        BigDecimal achieved = relative ? diff.multiply(HUNDRED).divide(baseline, WindowAggregator.SCALE, RoundingMode.HALF_UP) : diff;
        if (c == Comparator.REDUCE_BY_AT_LEAST) {
            achieved = achieved.negate();
        }
        achieved = WindowAggregator.plain(achieved);
        BigDecimal t = m.threshold();
        BigDecimal gap = WindowAggregator.plain(achieved.subtract(t));
        String what = (c == Comparator.REDUCE_BY_AT_LEAST ? "fell by " : "grew by ") + plain(achieved) + (relative ? "%" : "")
                + " from " + plain(baseline) + " to " + plain(value) + (achieved.compareTo(t) >= 0 ? " ≥ " : " < ") + plain(t)
                + (relative ? "%" : "");
        EvaluationStatus status = achieved.compareTo(t) >= 0 ? EvaluationStatus.MET
                : year.over() ? EvaluationStatus.NOT_MET : EvaluationStatus.AT_RISK;
        String reason = status == EvaluationStatus.NOT_MET ? what + " at the year end"
                : status == EvaluationStatus.AT_RISK ? what + " with the year not over" : what;
        return new Outcome(status, value, gap, null, WindowAggregator.plain(baseline), achieved, reason);
    }

    /**
     * @param count year-to-date count
     * @param year  the year
     * @return {@code count × days in year ÷ days elapsed}, rounded half-up to {@link WindowAggregator#SCALE} decimals
     */
    public static BigDecimal project(BigDecimal count, Year year) {
        return WindowAggregator.plain(count.multiply(BigDecimal.valueOf(year.days()))
                .divide(BigDecimal.valueOf(year.elapsed()), WindowAggregator.SCALE, RoundingMode.HALF_UP));
    }

    static IndicatorUnit parseUnit(String s) {
        if (s == null) {
            return null;
        }
        for (IndicatorUnit u : IndicatorUnit.values()) {
            if (u.name().equals(s)) {
                return u;
            }
        }
        return null;
    }

    private static String plain(BigDecimal v) {
        return WindowAggregator.plain(v).toPlainString();
    }
}
