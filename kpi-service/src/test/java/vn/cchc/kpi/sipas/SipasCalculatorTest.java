package vn.cchc.kpi.sipas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SipasCalculator} on a hand-computed sample. Four questionnaires (levels per question):
 * <pre>
 *            ACCESS_1 PROC_1 OFF_1 OFF_2 RES_1 FB_1   online service
 *   R1          5       4      5     3     4     2     no
 *   R2          4       5      4     4     5     4     yes
 *   R3          3       2      5     2     4     3     no
 *   R4          5       4      1     -     2     5     yes
 * </pre>
 * THRESHOLD (level ≥ 4): ACCESS_1 3/4 = 75; PROC_1 3/4 = 75; OFF_1 3/4 = 75, OFF_2 1/3 = 33.3333…, so
 * OFFICIALS = (75 + 33.3333…) ÷ 2 = 54.1667; RES_1 3/4 = 75; FB_1 2/4 = 50. SIPAS = (75 + 75 + 54.1666… + 75 + 50) ÷ 5
 * = 329.1666… ÷ 5 = 65.8333. Online respondents only (R2, R4): 100, 100, (50 + 100) ÷ 2 = 75, 50, 100 → 425 ÷ 5 = 85.
 * MEAN_SCORE: ACCESS_1 mean (5 + 4 + 3 + 5) ÷ 4 = 4.25 → (4.25 − 1) ÷ 4 × 100 = 81.25.
 */
class SipasCalculatorTest {

    /** The sample as counts per level 1..5. */
    static List<SipasCalculator.QuestionCounts> sample() {
        return List.of(
                q("ACCESS_1", SipasElementCode.ACCESS, 0, 0, 1, 1, 2),
                q("PROC_1", SipasElementCode.PROCEDURES, 0, 1, 0, 2, 1),
                q("OFF_1", SipasElementCode.OFFICIALS, 1, 0, 0, 1, 2),
                q("OFF_2", SipasElementCode.OFFICIALS, 0, 1, 1, 1, 0),
                q("RES_1", SipasElementCode.RESULTS, 0, 1, 0, 2, 1),
                q("FB_1", SipasElementCode.FEEDBACK, 0, 1, 1, 1, 1));
    }

    static SipasCalculator.QuestionCounts q(String code, SipasElementCode e, long... counts) {
        return new SipasCalculator.QuestionCounts(code, code, e, counts);
    }

    @Test
    void thresholdRatesPerQuestionElementAndOverall() {
        SipasCalculator.Result r = SipasCalculator.compute(sample(), Formula.THRESHOLD, 4);
        assertEquals(new BigDecimal("65.8333"), r.overall());
        assertEquals(new BigDecimal("75.0000"), r.elements().get(0).rate());
        assertEquals(new BigDecimal("54.1667"), r.elements().get(2).rate());
        assertEquals(new BigDecimal("33.3333"), r.elements().get(2).questions().get(1).rate());
        assertEquals(3, r.elements().get(2).questions().get(1).answers());
        assertEquals(new BigDecimal("50.0000"), r.elements().get(4).rate());
        assertEquals(List.of(0L, 1L, 1L, 1L, 1L), r.elements().get(4).questions().get(0).counts());
    }

    @Test
    void theThresholdIsConfiguration() {
        // level ≥ 3 counts: ACCESS 4/4, PROC 3/4, OFF (3/4 + 2/3) ÷ 2 = 70.8333…, RES 3/4, FB 3/4 → 395.8333… ÷ 5 = 79.1667
        assertEquals(new BigDecimal("79.1667"), SipasCalculator.compute(sample(), Formula.THRESHOLD, 3).overall());
    }

    @Test
    void meanScoreMapsTheMeanLevelOntoZeroToHundred() {
        SipasCalculator.Result r = SipasCalculator.compute(sample(), Formula.MEAN_SCORE, 4);
        assertEquals(new BigDecimal("81.2500"), r.elements().get(0).rate());
        assertEquals(new BigDecimal("4.2500"), r.elements().get(0).questions().get(0).meanLevel());
    }

    @Test
    void nothingAnsweredHasNoRate() {
        SipasCalculator.Result r = SipasCalculator.compute(List.of(q("ACCESS_1", SipasElementCode.ACCESS, 0, 0, 0, 0, 0)), Formula.THRESHOLD, 4);
        assertNull(r.overall());
        assertNull(r.elements().get(0).rate());
        assertEquals(5, r.elements().size());
    }

    @Test
    void sampleSizeFollowsTheFormulaRoundedUp() {
        assertEquals(385, SipasCalculator.sampleSize(10_000, new BigDecimal("0.05"))); // 10000 ÷ 26 = 384.6
        assertEquals(80, SipasCalculator.sampleSize(100, new BigDecimal("0.05")));     // 100 ÷ 1.25 = 80 exactly
        assertEquals(1, SipasCalculator.sampleSize(1, new BigDecimal("0.05")));
        assertThrows(IllegalArgumentException.class, () -> SipasCalculator.sampleSize(0, new BigDecimal("0.05")));
        assertThrows(IllegalArgumentException.class, () -> SipasCalculator.sampleSize(10, BigDecimal.ONE));
    }
}
