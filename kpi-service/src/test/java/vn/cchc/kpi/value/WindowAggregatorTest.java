package vn.cchc.kpi.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.indicator.IndicatorKind;

/**
 * {@link WindowAggregator} on the reporting regime's overlapping cut-off windows (METHODOLOGY.md C.5):
 * Q1 15/12/2025–14/3/2026 ⊂ 6 months 15/12/2025–14/6/2026 ⊂ year 15/12/2025–14/12/2026.
 */
class WindowAggregatorTest {

    private static final LocalDate Q1_START = LocalDate.of(2025, 12, 15);
    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 14);
    private static final LocalDate Q2_START = LocalDate.of(2026, 3, 15);
    private static final LocalDate H1_END = LocalDate.of(2026, 6, 14);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 14);

    private static WindowAggregator.Sample ratio(long id, String period, LocalDate s, LocalDate e, int num, int den) {
        return new WindowAggregator.Sample(id, period, s, e, BigDecimal.valueOf(num * 100.0 / den), BigDecimal.valueOf(num), BigDecimal.valueOf(den));
    }

    private static WindowAggregator.Sample value(long id, String period, LocalDate s, LocalDate e, String v) {
        return new WindowAggregator.Sample(id, period, s, e, new BigDecimal(v), null, null);
    }

    private static final WindowAggregator.Sample Q1 = ratio(1, "2026-Q1", Q1_START, Q1_END, 90, 100);
    private static final WindowAggregator.Sample Q2 = ratio(2, "2026-Q2", Q2_START, H1_END, 190, 200);
    private static final WindowAggregator.Sample H1 = ratio(3, "2026-H1", Q1_START, H1_END, 285, 300);
    private static final WindowAggregator.Sample YEAR = ratio(4, "2026", Q1_START, YEAR_END, 580, 600);

    private static List<Long> ids(List<WindowAggregator.Sample> s) {
        return s.stream().map(WindowAggregator.Sample::id).toList();
    }

    @Test
    void q1WindowUsesQ1AndListsTheLongerOnesAsPartial() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, Q1_START, Q1_END, List.of(Q1, H1, YEAR));
        assertEquals(List.of(1L), ids(r.used()));
        assertEquals(List.of(3L, 4L), ids(r.partial()));
        assertEquals(new BigDecimal("90.0000"), r.value());
        assertEquals(new BigDecimal("90"), r.numerator());
        assertEquals(90, r.windowDays());
        assertTrue(r.complete());
    }

    @Test
    void sixMonthWindowPrefersTheSixMonthValueOverQ1AloneAndNeverAddsBoth() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, Q1_START, H1_END, List.of(Q1, H1, YEAR));
        assertEquals(List.of(3L), ids(r.used()));
        assertEquals(List.of(1L), ids(r.overlapping()));
        assertEquals(List.of(4L), ids(r.partial()));
        assertEquals(new BigDecimal("300"), r.denominator());
        assertEquals(new BigDecimal("95.0000"), r.value());
        assertEquals(182, r.coveredDays());
    }

    @Test
    void q1PlusQ2BeatTheSixMonthValueWhenTheyCoverTheSameDays() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, Q1_START, H1_END, List.of(H1, Q2, Q1));
        assertEquals(List.of(1L, 2L), ids(r.used()));
        assertEquals(List.of(3L), ids(r.overlapping()));
        // (90 + 190) / (100 + 200), the ratio of sums, not the mean of 90% and 95%
        assertEquals(new BigDecimal("93.3333"), r.value());
        assertEquals(new BigDecimal("280"), r.numerator());
        assertEquals(new BigDecimal("300"), r.denominator());
    }

    @Test
    void yearWindowUsesTheYearValueOverTheSixMonthsThatCoverLess() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, Q1_START, YEAR_END, List.of(Q1, Q2, H1, YEAR));
        assertEquals(List.of(4L), ids(r.used()));
        assertEquals(List.of(1L, 3L, 2L), ids(r.overlapping()));
        assertTrue(r.partial().isEmpty());
        assertEquals(new BigDecimal("96.6667"), r.value());
        assertTrue(r.complete());
    }

    @Test
    void yearWindowWithOnlyQuartersHasAGapAndSaysSo() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, Q1_START, YEAR_END, List.of(Q1, Q2));
        assertEquals(List.of(1L, 2L), ids(r.used()));
        assertEquals(182, r.coveredDays());
        assertEquals(365, r.windowDays());
        assertFalse(r.complete());
    }

    @Test
    void monthsArePreferredOverTheQuarterTheyMakeUp() {
        var jan = ratio(11, "2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 9, 10);
        var feb = ratio(12, "2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 18, 20);
        var mar = ratio(13, "2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 30, 30);
        var q1 = ratio(14, "2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 50, 60);
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of(q1, mar, jan, feb));
        assertEquals(List.of(11L, 12L, 13L), ids(r.used()));
        assertEquals(List.of(14L), ids(r.overlapping()));
        assertEquals(new BigDecimal("95.0000"), r.value()); // 57 / 60
    }

    @Test
    void aPartialOverlapIsNeitherSplitNorCounted() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of(Q1));
        assertNull(r.value());
        assertFalse(r.hasData());
        assertEquals(List.of(1L), ids(r.partial()));
        assertTrue(r.used().isEmpty());
    }

    @Test
    void measurementsOutsideTheWindowAreIgnored() {
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), List.of(Q1, YEAR));
        assertFalse(r.hasData());
        assertTrue(r.partial().isEmpty());
        assertEquals(0, r.coveredDays());
    }

    @Test
    void countsAddUp() {
        var a = value(1, "2025-H1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "1");
        var b = value(2, "2025-H2", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), "2");
        var r = WindowAggregator.aggregate(IndicatorKind.COUNT, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(a, b));
        assertEquals(WindowAggregator.Method.SUM, r.method());
        assertEquals(new BigDecimal("3"), r.value());
        assertNull(r.numerator());
    }

    @Test
    void percentagesAreWeightedByDays() {
        // January (31 days) at 80%, February (28 days) at 100%: (80 × 31 + 100 × 28) / 59 = 89.4915
        var jan = value(1, "2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "80");
        var feb = value(2, "2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "100");
        var r = WindowAggregator.aggregate(IndicatorKind.PERCENT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), List.of(jan, feb));
        assertEquals(WindowAggregator.Method.DAY_WEIGHTED_MEAN, r.method());
        assertEquals(new BigDecimal("89.4915"), r.value());
        assertEquals(WindowAggregator.Method.DAY_WEIGHTED_MEAN, WindowAggregator.methodFor(IndicatorKind.SCORE));
        assertEquals(WindowAggregator.Method.DAY_WEIGHTED_MEAN, WindowAggregator.methodFor(IndicatorKind.INDEX));
    }

    @Test
    void aRankIsTheLatestOne() {
        var y24 = value(1, "2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "12");
        var y25 = value(2, "2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "7");
        var r = WindowAggregator.aggregate(IndicatorKind.RANK, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of(y25, y24));
        assertEquals(new BigDecimal("7"), r.value());
        assertEquals(WindowAggregator.Method.LATEST, r.method());
    }

    @Test
    void mostDaysWinsOverMoreMeasurements() {
        // two months (59 days) against an overlapping quarter (90 days): the quarter covers more
        var jan = ratio(1, "2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 1, 1);
        var feb = ratio(2, "2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 1, 1);
        var q1 = ratio(3, "2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 1, 2);
        var r = WindowAggregator.aggregate(IndicatorKind.RATIO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of(jan, feb, q1));
        assertEquals(List.of(3L), ids(r.used()));
        assertEquals(List.of(1L, 2L), ids(r.overlapping()));
    }

    @Test
    void chainOfOverlapsIsSolvedExactlyNotGreedily() {
        // A (1–10), B (8–20), C (18–30): greedy by length would take B (13 days) alone; A + C cover 23
        var a = value(1, "a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10), "1");
        var b = value(2, "b", LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 20), "1");
        var c = value(3, "c", LocalDate.of(2026, 1, 18), LocalDate.of(2026, 1, 30), "1");
        var r = WindowAggregator.aggregate(IndicatorKind.COUNT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of(b, c, a));
        assertEquals(List.of(1L, 3L), ids(r.used()));
        assertEquals(new BigDecimal("2"), r.value());
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WindowAggregator.aggregate(IndicatorKind.RATIO, Q1_END, Q1_START, List.of()));
    }
}
