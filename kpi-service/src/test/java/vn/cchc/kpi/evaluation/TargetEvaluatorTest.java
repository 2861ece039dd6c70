package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.indicator.IndicatorKind;
import vn.cchc.kpi.indicator.IndicatorUnit;

/**
 * {@link TargetEvaluator}: the seed targets' forms ("100% hồ sơ đúng hạn", "SIPAS tối thiểu 86%",
 * "ít nhất 02 cuộc đối thoại", "tối thiểu 80% thanh toán trực tuyến") judged mid-year and at the year end.
 */
class TargetEvaluatorTest {

    private static final TargetEvaluator.IndicatorFacts RATIO = new TargetEvaluator.IndicatorFacts(IndicatorKind.RATIO, IndicatorUnit.PERCENT);
    private static final TargetEvaluator.IndicatorFacts PERCENT = new TargetEvaluator.IndicatorFacts(IndicatorKind.PERCENT, IndicatorUnit.PERCENT);
    private static final TargetEvaluator.IndicatorFacts COUNT = new TargetEvaluator.IndicatorFacts(IndicatorKind.COUNT, IndicatorUnit.COUNT);
    private static final TargetEvaluator.IndicatorFacts RANK = new TargetEvaluator.IndicatorFacts(IndicatorKind.RANK, IndicatorUnit.RANK);
    private static final TargetEvaluator.IndicatorFacts DAYS = new TargetEvaluator.IndicatorFacts(IndicatorKind.SCORE, IndicatorUnit.DAYS);

    /** 2026, not a leap year: 365 days. */
    private static TargetEvaluator.Year asOf(String day) {
        return new TargetEvaluator.Year(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.parse(day));
    }

    private static final TargetEvaluator.Year MID = asOf("2026-06-30");   // 181 of 365 days
    private static final TargetEvaluator.Year END = asOf("2026-12-31");

    private static TargetEvaluator.Measure m(String comparator, String threshold, String unit, String code) {
        return new TargetEvaluator.Measure(false, comparator, threshold == null ? null : new BigDecimal(threshold), unit, code);
    }

    private static TargetEvaluator.Outcome eval(TargetEvaluator.Measure m, TargetEvaluator.IndicatorFacts f, TargetEvaluator.Year y,
                                                String value) {
        return TargetEvaluator.evaluate(m, f, y, value == null ? null : new BigDecimal(value), null);
    }

    private static final TargetEvaluator.Measure ON_TIME_100 = m("AT_LEAST", "100", "PERCENT", "TTHC_ON_TIME");
    private static final TargetEvaluator.Measure SIPAS_86 = m("AT_LEAST", "86", "PERCENT", "SIPAS");
    private static final TargetEvaluator.Measure DIALOGUES_2 = m("AT_LEAST", "2", "COUNT", "CITIZEN_DIALOGUES");
    private static final TargetEvaluator.Measure PAYMENT_80 = m("AT_LEAST", "80", "PERCENT", "TTHC_ONLINE_PAYMENT");

    // --- "Phấn đấu 100% hồ sơ TTHC được giải quyết đúng hạn" (a ratio level)

    @Test
    void hundredPercentOnTimeMetWhenEveryDossierIsOnTime() {
        var o = eval(ON_TIME_100, RATIO, MID, "100");
        assertEquals(EvaluationStatus.MET, o.status());
        assertEquals(0, o.gap().signum());
        assertNull(o.projected());
    }

    @Test
    void hundredPercentOnTimeShortMidYearIsAtRiskNotYetNotMet() {
        var o = eval(ON_TIME_100, RATIO, MID, "99.1667");
        assertEquals(EvaluationStatus.AT_RISK, o.status());
        assertEquals(new BigDecimal("-0.8333"), o.gap());
        assertTrue(o.reason().contains("not over"), o.reason());
    }

    @Test
    void hundredPercentOnTimeShortAtTheYearEndIsNotMet() {
        var o = eval(ON_TIME_100, RATIO, END, "99.9");
        assertEquals(EvaluationStatus.NOT_MET, o.status());
        assertEquals(new BigDecimal("-0.1"), o.gap());
    }

    @Test
    void aLevelIsJudgedExactlyWithoutRounding() {
        assertEquals(EvaluationStatus.AT_RISK, eval(ON_TIME_100, RATIO, MID, "99.9999").status());
    }

    // --- "Chỉ số SIPAS đạt tối thiểu 86%" (a percent level)

    @Test
    void sipasAtOrAboveEightySixIsMet() {
        assertEquals(EvaluationStatus.MET, eval(SIPAS_86, PERCENT, END, "86").status());
        var o = eval(SIPAS_86, PERCENT, END, "87.25");
        assertEquals(EvaluationStatus.MET, o.status());
        assertEquals(new BigDecimal("1.25"), o.gap());
    }

    @Test
    void sipasBelowIsAtRiskDuringTheYearAndNotMetAtItsEnd() {
        assertEquals(EvaluationStatus.AT_RISK, eval(SIPAS_86, PERCENT, MID, "85.9").status());
        assertEquals(EvaluationStatus.NOT_MET, eval(SIPAS_86, PERCENT, END, "85.9").status());
    }

    @Test
    void sipasWithoutAPublishedValueIsNoData() {
        var o = eval(SIPAS_86, PERCENT, MID, null);
        assertEquals(EvaluationStatus.NO_DATA, o.status());
        assertNull(o.gap());
        assertNull(o.value());
    }

    // --- "tối thiểu 80% hồ sơ được thanh toán trực tuyến"

    @Test
    void onlinePaymentEightyPercent() {
        assertEquals(EvaluationStatus.MET, eval(PAYMENT_80, RATIO, MID, "80").status());
        assertEquals(EvaluationStatus.MET, eval(PAYMENT_80, RATIO, MID, "91.5").status());
        assertEquals(EvaluationStatus.AT_RISK, eval(PAYMENT_80, RATIO, MID, "79.99").status());
        var end = eval(PAYMENT_80, RATIO, END, "75");
        assertEquals(EvaluationStatus.NOT_MET, end.status());
        assertEquals(new BigDecimal("-5"), end.gap());
    }

    // --- "Tổ chức ít nhất 02 cuộc đối thoại trong năm" (a count, projected)

    @Test
    void twoDialoguesHeldIsMetEvenMidYear() {
        var o = eval(DIALOGUES_2, COUNT, asOf("2026-03-31"), "2");
        assertEquals(EvaluationStatus.MET, o.status());
        assertEquals(0, o.gap().signum());
    }

    @Test
    void oneDialogueByJuneProjectsToTwoAndIsOnTrack() {
        // 1 × 365 ÷ 181 = 2.0166 ≥ 2
        var o = eval(DIALOGUES_2, COUNT, MID, "1");
        assertEquals(EvaluationStatus.ON_TRACK, o.status());
        assertEquals(new BigDecimal("2.0166"), o.projected());
        assertEquals(new BigDecimal("-1"), o.gap());
    }

    @Test
    void oneDialogueByAugustProjectsBelowTwoAndIsAtRisk() {
        // 1 × 365 ÷ 243 (1/1..31/8) = 1.5021 < 2
        var o = eval(DIALOGUES_2, COUNT, asOf("2026-08-31"), "1");
        assertEquals(EvaluationStatus.AT_RISK, o.status());
        assertEquals(new BigDecimal("1.5021"), o.projected());
    }

    @Test
    void noDialogueYetProjectsToZeroAndIsAtRisk() {
        var o = eval(DIALOGUES_2, COUNT, asOf("2026-03-31"), "0");
        assertEquals(EvaluationStatus.AT_RISK, o.status());
        assertEquals(0, o.projected().signum());
    }

    @Test
    void oneDialogueAtTheYearEndIsNotMetWithoutProjection() {
        var o = eval(DIALOGUES_2, COUNT, END, "1");
        assertEquals(EvaluationStatus.NOT_MET, o.status());
        assertNull(o.projected());
        assertEquals(EvaluationStatus.MET, eval(DIALOGUES_2, COUNT, END, "3").status());
    }

    @Test
    void onTheFirstDayTheProjectionIsTheCountTimesTheYear() {
        var o = eval(DIALOGUES_2, COUNT, asOf("2026-01-01"), "0");
        assertEquals(EvaluationStatus.AT_RISK, o.status());
        assertEquals(EvaluationStatus.ON_TRACK, eval(m("AT_LEAST", "400", "COUNT", "X"), COUNT, asOf("2026-01-01"), "2").status());
    }

    // --- AT_MOST mirrored

    @Test
    void atMostCountAlreadyOverIsNotMetForGood() {
        var o = eval(m("AT_MOST", "5", "COUNT", "COMPLAINTS"), COUNT, MID, "6");
        assertEquals(EvaluationStatus.NOT_MET, o.status());
        assertEquals(new BigDecimal("1"), o.gap());
    }

    @Test
    void atMostCountProjectedOverIsAtRiskElseMet() {
        // 3 × 365 ÷ 181 = 6.0497 > 5
        var risk = eval(m("AT_MOST", "5", "COUNT", "COMPLAINTS"), COUNT, MID, "3");
        assertEquals(EvaluationStatus.AT_RISK, risk.status());
        assertEquals(new BigDecimal("6.0497"), risk.projected());
        // 2 × 365 ÷ 181 = 4.0331 ≤ 5
        assertEquals(EvaluationStatus.MET, eval(m("AT_MOST", "5", "COUNT", "COMPLAINTS"), COUNT, MID, "2").status());
        assertEquals(EvaluationStatus.MET, eval(m("AT_MOST", "5", "COUNT", "COMPLAINTS"), COUNT, END, "5").status());
    }

    @Test
    void atMostLevelMirrorsAtLeast() {
        var limit = m("AT_MOST", "5", "PERCENT", "LATE_SHARE");
        assertEquals(EvaluationStatus.MET, eval(limit, RATIO, MID, "5").status());
        var risk = eval(limit, RATIO, MID, "6.5");
        assertEquals(EvaluationStatus.AT_RISK, risk.status());
        assertEquals(new BigDecimal("1.5"), risk.gap());
        assertEquals(EvaluationStatus.NOT_MET, eval(limit, RATIO, END, "6.5").status());
        assertEquals(EvaluationStatus.MET, eval(m("AT_MOST", "5", "DAYS", "DELAY"), DAYS, END, "4.5").status());
    }

    // --- EQUAL

    @Test
    void equalLevelAndCount() {
        var half = m("EQUAL", "50", "PERCENT", "X");
        assertEquals(EvaluationStatus.MET, eval(half, PERCENT, END, "50").status());
        assertEquals(EvaluationStatus.AT_RISK, eval(half, PERCENT, MID, "49").status());
        assertEquals(EvaluationStatus.NOT_MET, eval(half, PERCENT, END, "51").status());
        var four = m("EQUAL", "4", "COUNT", "X");
        assertEquals(EvaluationStatus.NOT_MET, eval(four, COUNT, MID, "5").status());
        assertEquals(EvaluationStatus.MET, eval(four, COUNT, MID, "4").status());
        assertEquals(EvaluationStatus.ON_TRACK, eval(four, COUNT, MID, "2").status());
        assertEquals(EvaluationStatus.AT_RISK, eval(four, COUNT, MID, "1").status());
        assertEquals(EvaluationStatus.NOT_MET, eval(four, COUNT, END, "3").status());
    }

    // --- ranks

    @Test
    void rankAtMostFifteen() {
        var top15 = m("RANK_AT_MOST", "15", "RANK", "PAR_INDEX_RANK");
        assertEquals(EvaluationStatus.MET, eval(top15, RANK, END, "15").status());
        var behind = eval(top15, RANK, MID, "18");
        assertEquals(EvaluationStatus.AT_RISK, behind.status());
        assertEquals(new BigDecimal("3"), behind.gap());
        assertEquals(EvaluationStatus.NOT_MET, eval(top15, RANK, END, "18").status());
        var none = eval(top15, RANK, MID, null);
        assertEquals(EvaluationStatus.NO_DATA, none.status());
        assertTrue(none.reason().contains("no rank"), none.reason());
    }

    // --- changes against a baseline

    @Test
    void reduceByTwentyPercentRelativeToTheBaseline() {
        var cut = m("REDUCE_BY_AT_LEAST", "20", "PERCENT", "PROCESS_DAYS");
        // 10 → 7.5 days: fell by 25% ≥ 20%
        var met = TargetEvaluator.evaluate(cut, DAYS, MID, new BigDecimal("7.5"), new BigDecimal("10"));
        assertEquals(EvaluationStatus.MET, met.status());
        assertEquals(new BigDecimal("25"), met.change());
        assertEquals(new BigDecimal("5"), met.gap());
        assertEquals(new BigDecimal("10"), met.baseline());
        // 10 → 9: fell by 10%
        var risk = TargetEvaluator.evaluate(cut, DAYS, MID, new BigDecimal("9"), new BigDecimal("10"));
        assertEquals(EvaluationStatus.AT_RISK, risk.status());
        assertEquals(new BigDecimal("-10"), risk.gap());
        assertEquals(EvaluationStatus.NOT_MET, TargetEvaluator.evaluate(cut, DAYS, END, new BigDecimal("9"), new BigDecimal("10")).status());
    }

    @Test
    void increaseByAbsoluteInTheIndicatorsUnit() {
        var more = m("INCREASE_BY_AT_LEAST", "3", "COUNT", "CITIZEN_DIALOGUES");
        var o = TargetEvaluator.evaluate(more, COUNT, END, new BigDecimal("5"), new BigDecimal("2"));
        assertEquals(EvaluationStatus.MET, o.status());
        assertEquals(new BigDecimal("3"), o.change());
    }

    @Test
    void aChangeWithoutBaselineIsNoDataAndAgainstZeroNotEvaluable() {
        var cut = m("REDUCE_BY_AT_LEAST", "20", "PERCENT", "PROCESS_DAYS");
        var o = TargetEvaluator.evaluate(cut, DAYS, MID, new BigDecimal("7.5"), null);
        assertEquals(EvaluationStatus.NO_DATA, o.status());
        assertTrue(o.reason().contains("baseline"), o.reason());
        assertEquals(EvaluationStatus.NOT_EVALUABLE, TargetEvaluator.evaluate(cut, DAYS, MID, new BigDecimal("7.5"), BigDecimal.ZERO).status());
    }

    // --- what cannot be evaluated, never guessed

    @Test
    void notEvaluableReasons() {
        assertTrue(TargetEvaluator.notEvaluable(m("TOP_GROUP", null, "RANK", "PAR_INDEX_RANK"), RANK).contains("leading group"));
        assertTrue(TargetEvaluator.notEvaluable(m("AT_LEAST", "80", "PERCENT", null), null).contains("no indicator"));
        assertTrue(TargetEvaluator.notEvaluable(m("AT_LEAST", "80", "PERCENT", "NOPE"), null).contains("not in the catalogue"));
        assertTrue(TargetEvaluator.notEvaluable(new TargetEvaluator.Measure(true, "AT_LEAST", BigDecimal.TEN, "PERCENT", "SIPAS"), PERCENT)
                .contains("flagged"));
        assertTrue(TargetEvaluator.notEvaluable(m("ABOUT", "80", "PERCENT", "SIPAS"), PERCENT).contains("ABOUT"));
        assertTrue(TargetEvaluator.notEvaluable(m("AT_LEAST", "2", "COUNT", "SIPAS"), PERCENT).contains("COUNT"));
        assertTrue(TargetEvaluator.notEvaluable(m("AT_LEAST", "2", "HOURS", "SIPAS"), PERCENT).contains("HOURS"));
        assertTrue(TargetEvaluator.notEvaluable(m("RANK_AT_MOST", "15", "RANK", "SIPAS"), PERCENT).contains("RANK indicator"));
        assertNull(TargetEvaluator.notEvaluable(SIPAS_86, PERCENT));
        assertNull(TargetEvaluator.notEvaluable(m("REDUCE_BY_AT_LEAST", "20", "PERCENT", "X"), DAYS));
        assertThrows(IllegalArgumentException.class, () -> eval(m("TOP_GROUP", null, "RANK", "PAR_INDEX_RANK"), RANK, MID, "1"));
    }

    // --- the year

    @Test
    void yearOfTheReportingRegimeAndItsBounds() {
        var regime = new TargetEvaluator.Year(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 6, 14));
        assertEquals(365, regime.days());
        assertEquals(182, regime.elapsed());
        assertEquals(false, regime.over());
        assertEquals(true, new TargetEvaluator.Year(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14)).over());
        assertEquals(366, new TargetEvaluator.Year(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2028, 1, 1)).days());
        assertThrows(IllegalArgumentException.class,
                () -> new TargetEvaluator.Year(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
        // 1 dialogue in the regime's first half year: 1 × 365 ÷ 182 = 2.0055
        assertEquals(new BigDecimal("2.0055"), TargetEvaluator.project(BigDecimal.ONE, regime));
    }
}
