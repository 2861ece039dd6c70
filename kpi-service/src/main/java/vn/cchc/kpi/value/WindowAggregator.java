package vn.cchc.kpi.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.cchc.kpi.indicator.IndicatorKind;

/**
 * The value of one indicator for one unit over any date window, computed from that unit's current
 * measurements (plain Java, no framework; the rules below are the contract of
 * {@code GET /api/v1/values}).
 *
 * <p>Why windows: the reporting regime's cut-off windows do not align with calendar periods
 * (METHODOLOGY.md C.5: Q1 = 15/12–14/3, the 6-month report is cumulative from 15/12, the year runs
 * 15/12–14/12), so Q1 ⊂ 6 months ⊂ year overlap, and a value may be asked for any window
 * (DHIS2 lesson A.13.3/A.14: a reporting period is an explicit date range).
 *
 * <p><b>Which measurements count</b> (all dates inclusive):
 * <ol>
 *   <li><b>Inside</b>: a measurement counts only when its window lies fully inside the asked window
 *       ({@code from ≤ windowStart} and {@code windowEnd ≤ to}). One that only partly overlaps is
 *       never split or pro-rated; it is listed in {@link Result#partial()} and not counted.</li>
 *   <li><b>No double counting</b>: among the measurements inside, the aggregator picks a set of
 *       pairwise non-overlapping ones that (a) covers the most days of the window, and among those
 *       (b) has the most measurements, i.e. the finest granularity (months over the quarter they make
 *       up, Q1 + Q2 over the 6-month value). Ties beyond that keep the earlier-ending measurements.
 *       So with Q1 (15/12–14/3) and the 6-month value (15/12–14/6) inside a window, the 6-month
 *       value is used (more days) and Q1 is listed in {@link Result#overlapping()}; with Q1, Q2 and
 *       the 6-month value, Q1 + Q2 are used. The choice is an exact maximum (weighted interval
 *       scheduling), not a greedy guess.</li>
 *   <li><b>Coverage</b> is reported, not hidden: {@link Result#coveredDays()} against
 *       {@link Result#windowDays()}; a window with gaps still gets a value from what is there.</li>
 * </ol>
 *
 * <p><b>How the chosen measurements combine</b>, by indicator kind ({@link #methodFor}):
 * <ul>
 *   <li>RATIO: Σ numerators ÷ Σ denominators × 100, never the mean of the ratios (DHIS2 lesson
 *       A.14; METHODOLOGY.md F.1);</li>
 *   <li>COUNT: the sum of the values;</li>
 *   <li>PERCENT, SCORE, INDEX: the mean of the values weighted by the days each covers
 *       (Σ value × days ÷ Σ days), so a quarter weighs three times a month;</li>
 *   <li>RANK: the value of the latest-ending measurement (a rank is a position, not a quantity).</li>
 * </ul>
 * Ratios and means are rounded half-up to {@link #SCALE} decimals; sums are exact.
 */
public final class WindowAggregator {

    /** Decimals kept in computed ratios and means. */
    public static final int SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WindowAggregator() {
    }

    /** How the chosen measurements of a window combine into one value. */
    public enum Method {
        /** Σ numerators ÷ Σ denominators × 100 (RATIO). */
        RATIO_OF_SUMS,
        /** Σ values (COUNT). */
        SUM,
        /** Σ value × days ÷ Σ days (PERCENT, SCORE, INDEX). */
        DAY_WEIGHTED_MEAN,
        /** The latest-ending value (RANK). */
        LATEST
    }

    /**
     * One current measurement, reduced to what the aggregation needs.
     *
     * @param id          measurement id
     * @param period      its period label, e.g. {@code 2026-Q1}
     * @param start       first day it covers, inclusive
     * @param end         last day it covers, inclusive
     * @param value       its value (for a ratio, 100 × numerator ÷ denominator)
     * @param numerator   numerator, for ratios only, else null
     * @param denominator denominator, for ratios only, else null
     */
    public record Sample(long id, String period, LocalDate start, LocalDate end, BigDecimal value,
                         BigDecimal numerator, BigDecimal denominator) {

        public Sample {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end before start");
            }
        }

        /** @return days covered, both ends included */
        public long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        boolean overlaps(Sample o) {
            return !start.isAfter(o.end) && !o.start.isAfter(end);
        }
    }

    /**
     * The value of a window.
     *
     * @param from        first day asked for, inclusive
     * @param to          last day asked for, inclusive
     * @param method      how the used measurements were combined
     * @param value       the value, null when no measurement lies inside the window
     * @param numerator   Σ numerators of the used measurements (RATIO only), else null
     * @param denominator Σ denominators of the used measurements (RATIO only), else null
     * @param windowDays  days in the asked window
     * @param coveredDays days covered by the used measurements
     * @param used        the measurements counted, by start date
     * @param overlapping inside the window but not counted, because they overlap ones that are
     * @param partial     only partly inside the window: listed, never counted
     */
    public record Result(LocalDate from, LocalDate to, Method method, BigDecimal value, BigDecimal numerator,
                         BigDecimal denominator, long windowDays, long coveredDays, List<Sample> used,
                         List<Sample> overlapping, List<Sample> partial) {

        /** @return true when at least one measurement was counted */
        public boolean hasData() {
            return value != null;
        }

        /** @return true when the used measurements cover every day of the window */
        public boolean complete() {
            return coveredDays == windowDays;
        }
    }

    /**
     * @param kind an indicator kind
     * @return how measurements of that kind combine over time
     */
    public static Method methodFor(IndicatorKind kind) {
        return switch (kind) {
            case RATIO -> Method.RATIO_OF_SUMS;
            case COUNT -> Method.SUM;
            case PERCENT, SCORE, INDEX -> Method.DAY_WEIGHTED_MEAN;
            case RANK -> Method.LATEST;
        };
    }

    /**
     * Computes the value of a window from one unit's current measurements of one indicator.
     *
     * @param kind    the indicator's kind, which fixes the {@link Method}
     * @param from    first day of the window, inclusive
     * @param to      last day of the window, inclusive, not before {@code from}
     * @param samples the unit's current measurements of the indicator; any that do not touch the window
     *                are ignored (not listed)
     * @return the value with the measurements used, the overlapping ones left out and the partial ones
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or a ratio sample lacks its
     *                                  numerator or denominator
     */
    public static Result aggregate(IndicatorKind kind, LocalDate from, LocalDate to, Collection<Sample> samples) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        Method method = methodFor(kind);
        List<Sample> inside = new ArrayList<>();
        List<Sample> partial = new ArrayList<>();
        for (Sample s : samples) {
            if (s.end().isBefore(from) || s.start().isAfter(to)) {
                continue;
            }
            if (!s.start().isBefore(from) && !s.end().isAfter(to)) {
                inside.add(s);
            } else {
                partial.add(s);
            }
        }
        List<Sample> used = finestCover(inside);
        List<Sample> overlapping = inside.stream().filter(s -> !used.contains(s)).sorted(BY_START).toList();
        long windowDays = ChronoUnit.DAYS.between(from, to) + 1;
        long covered = used.stream().mapToLong(Sample::days).sum();
        BigDecimal value = null;
        BigDecimal num = null;
        BigDecimal den = null;
        if (!used.isEmpty()) {
            switch (method) {
                case RATIO_OF_SUMS -> {
                    num = BigDecimal.ZERO;
                    den = BigDecimal.ZERO;
                    for (Sample s : used) {
                        if (s.numerator() == null || s.denominator() == null) {
                            throw new IllegalArgumentException("ratio measurement " + s.id() + " lacks numerator or denominator");
                        }
                        num = num.add(s.numerator());
                        den = den.add(s.denominator());
                    }
                    num = plain(num);
                    den = plain(den);
                    value = ratio(num, den);
                }
                case SUM -> value = plain(used.stream().map(Sample::value).reduce(BigDecimal.ZERO, BigDecimal::add));
                case DAY_WEIGHTED_MEAN -> {
                    BigDecimal weighted = BigDecimal.ZERO;
                    for (Sample s : used) {
                        weighted = weighted.add(s.value().multiply(BigDecimal.valueOf(s.days())));
                    }
                    value = weighted.divide(BigDecimal.valueOf(covered), SCALE, RoundingMode.HALF_UP);
                }
                case LATEST -> value = plain(used.stream().max(Comparator.comparing(Sample::end)
                        .thenComparing(Sample::start)).orElseThrow().value());
            }
        }
        return new Result(from, to, method, value, num, den, windowDays, covered,
                used.stream().sorted(BY_START).toList(), overlapping, partial.stream().sorted(BY_START).toList());
    }

    /**
     * @param numerator   Σ numerators
     * @param denominator Σ denominators, may be zero
     * @return 100 × numerator ÷ denominator at {@link #SCALE} decimals, null when the denominator is zero
     */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * @param v a number
     * @return the same number without trailing zeros, never in exponent form (5.000000 → 5, 0.500 → 0.5)
     */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static final Comparator<Sample> BY_START = Comparator.comparing(Sample::start).thenComparing(Sample::end)
            .thenComparingLong(Sample::id);

    /**
     * Weighted interval scheduling: the non-overlapping subset with the most days covered, then the
     * most measurements. Exact, O(n²) in the number of measurements inside one window (a few dozen).
     */
    private static List<Sample> finestCover(List<Sample> inside) {
        List<Sample> s = new ArrayList<>(inside);
        s.sort(Comparator.comparing(Sample::end).thenComparing(Sample::start).thenComparingLong(Sample::id));
        int n = s.size();
        long[] days = new long[n + 1];
        int[] count = new int[n + 1];
        boolean[] take = new boolean[n + 1];
        int[] prev = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            Sample cur = s.get(i - 1);
            int p = 0;
            for (int j = i - 1; j >= 1; j--) {
                if (s.get(j - 1).end().isBefore(cur.start())) {
                    p = j;
                    break;
                }
            }
            prev[i] = p;
            long withDays = days[p] + cur.days();
            int withCount = count[p] + 1;
            if (withDays > days[i - 1] || (withDays == days[i - 1] && withCount > count[i - 1])) {
                days[i] = withDays;
                count[i] = withCount;
                take[i] = true;
            } else {
                days[i] = days[i - 1];
                count[i] = count[i - 1];
            }
        }
        List<Sample> chosen = new ArrayList<>();
        for (int i = n; i >= 1; ) {
            if (take[i]) {
                chosen.add(s.get(i - 1));
                i = prev[i];
            } else {
                i--;
            }
        }
        return chosen;
    }
}
