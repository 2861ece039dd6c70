package vn.cchc.kpi.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competition ranking with ties: 1, 2, 2, 4; units without a value last, unranked. */
class RankerTest {

    private static Ranker.Entry e(String unit, String value) {
        return new Ranker.Entry(unit, value == null ? null : new BigDecimal(value));
    }

    @Test
    void equalValuesShareARankAndTheNextSkips() {
        List<Ranker.Ranked> r = Ranker.rank(List.of(e("D", "80"), e("B", "85.00"), e("A", "90"), e("C", "85"), e("E", null)), true);
        assertEquals(List.of("A", "B", "C", "D", "E"), r.stream().map(Ranker.Ranked::unit).toList());
        assertEquals(Arrays.asList(1, 2, 2, 4, null), r.stream().map(Ranker.Ranked::rank).toList());
    }

    @Test
    void lowerIsBetterReversesTheOrder() {
        List<Ranker.Ranked> r = Ranker.rank(List.of(e("A", "3"), e("B", "1"), e("C", "1")), false);
        assertEquals(List.of("B", "C", "A"), r.stream().map(Ranker.Ranked::unit).toList());
        assertEquals(List.of(1, 1, 3), r.stream().map(Ranker.Ranked::rank).toList());
    }

    @Test
    void valuesEqualToFourDecimalsTie() {
        List<Ranker.Ranked> r = Ranker.rank(List.of(e("A", "65.83333"), e("B", "65.83331")), true);
        assertEquals(List.of(1, 1), r.stream().map(Ranker.Ranked::rank).toList());
    }
}
