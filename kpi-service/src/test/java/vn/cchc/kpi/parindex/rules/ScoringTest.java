package vn.cchc.kpi.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.parindex.model.RuleType;
import vn.cchc.kpi.parindex.model.ScoringRule;
import vn.cchc.kpi.parindex.model.Tier;

/** Each rule type on hand-computed values. */
class ScoringTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static ScoringRule rule(RuleType t) {
        return new ScoringRule(t, null, null, null, null);
    }

    private static final ScoringRule TIERS = new ScoringRule(RuleType.TIERS,
            List.of(new Tier(d("100"), d("1")), new Tier(d("90"), d("0.5"))), null, null, null);

    @Test
    void yesNo() {
        assertEquals(d("2.00"), Scoring.points(rule(RuleType.YES_NO), d("2"), d("1")));
        assertEquals(d("0.00"), Scoring.points(rule(RuleType.YES_NO), d("2"), d("0")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.points(rule(RuleType.YES_NO), d("2"), d("0.5")));
    }

    @Test
    void ratioTimesMaxRoundedHalfUpToTheHundredth() {
        // 1.5 × 33.335% = 0.500025 → 0.50; 3 × 66.5% = 1.995 → 2.00 (half up)
        assertEquals(d("0.50"), Scoring.points(rule(RuleType.RATIO), d("1.5"), d("33.335")));
        assertEquals(d("2.00"), Scoring.points(rule(RuleType.RATIO), d("3"), d("66.5")));
        assertEquals(d("3.60"), Scoring.points(rule(RuleType.RATIO), d("4"), d("90")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.points(rule(RuleType.RATIO), d("4"), d("100.01")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.points(rule(RuleType.RATIO), d("4"), d("-1")));
    }

    @Test
    void tiersFullHalfOrNothing() {
        assertEquals(d("2.00"), Scoring.points(TIERS, d("2"), d("100")));
        assertEquals(d("1.00"), Scoring.points(TIERS, d("2"), d("99.99")));
        assertEquals(d("1.00"), Scoring.points(TIERS, d("2"), d("90")));
        assertEquals(d("0.00"), Scoring.points(TIERS, d("2"), d("89.99")));
    }

    @Test
    void deductionsNeverGoBelowZero() {
        ScoringRule r = new ScoringRule(RuleType.DEDUCTION, null, d("0.25"), null, null);
        assertEquals(d("1.00"), Scoring.points(r, d("1"), d("0")));
        assertEquals(d("0.25"), Scoring.points(r, d("1"), d("3")));
        assertEquals(d("0.00"), Scoring.points(r, d("1"), d("9")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.points(r, d("1"), d("1.5")));
    }

    @Test
    void enteredPointsStayWithinZeroAndTheMaximum() {
        assertEquals(d("1.50"), Scoring.entered(d("2"), d("1.5")));
        assertEquals(d("2.00"), Scoring.entered(d("2"), d("2")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.entered(d("2"), d("2.01")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.entered(d("2"), d("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.entered(d("2"), d("1.005")));
        assertThrows(IllegalArgumentException.class, () -> Scoring.points(rule(RuleType.MANUAL), d("2"), d("1")));
    }

    @Test
    void indexIsPointsOverApplicableMaximum() {
        // Hà Nội's published 2023 result, 91.43%: e.g. 91.43 of 100
        assertEquals(d("91.43"), Scoring.index(d("91.43"), d("100")));
        // 14.40 of 18 = 80.00; 2 of 3 = 66.666… → 66.67
        assertEquals(d("80.00"), Scoring.index(d("14.40"), d("18")));
        assertEquals(d("66.67"), Scoring.index(d("2"), d("3")));
        assertNull(Scoring.index(d("0"), d("0")));
    }
}
