package vn.cchc.kpi.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competition ranking with ties: equal index → equal rank, the next rank skipped. */
class ParRankingTest {

    private static ParRanking.Entry e(String unit, String index) {
        return new ParRanking.Entry(unit, index == null ? null : new BigDecimal(index));
    }

    @Test
    void theHandWorkedWardsRank1_1_3() {
        // Ba Đình and the test ward W1 both reach 80.00, W2 58.50 (see ParTotalsTest): 1, 1, 3
        List<ParRanking.Ranked> r = ParRanking.rank(List.of(e("HN-W2", "58.50"), e("HN-W1", "80.00"), e("HN-BADINH", "80")));
        assertEquals(List.of("HN-BADINH", "HN-W1", "HN-W2"), r.stream().map(ParRanking.Ranked::unitCode).toList());
        assertEquals(List.of(1, 1, 3), r.stream().map(ParRanking.Ranked::rank).toList());
        assertEquals(List.of(true, true, false), r.stream().map(ParRanking.Ranked::tied).toList());
    }

    @Test
    void tiesAreJudgedAtTheHundredthAndUnitsWithoutIndexComeLastUnranked() {
        List<ParRanking.Ranked> r = ParRanking.rank(List.of(e("D", null), e("C", "90.004"), e("B", "90.001"), e("A", "95"),
                e("E", "89.99")));
        assertEquals(List.of("A", "B", "C", "E", "D"), r.stream().map(ParRanking.Ranked::unitCode).toList());
        java.util.List<Integer> ranks = new java.util.ArrayList<>(r.stream().map(ParRanking.Ranked::rank).toList());
        assertEquals(java.util.Arrays.asList(1, 2, 2, 4, null), ranks);
    }
}
