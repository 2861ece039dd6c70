package vn.cchc.kpi.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.indicator.Aggregation;

/** {@link RollUp}: a parent's value from its children, by each aggregation rule. */
class RollUpTest {

    private static RollUp.Contribution ratio(String unit, int num, int den) {
        return new RollUp.Contribution(unit, unit, true, WindowAggregator.ratio(BigDecimal.valueOf(num), BigDecimal.valueOf(den)),
                BigDecimal.valueOf(num), BigDecimal.valueOf(den));
    }

    private static RollUp.Contribution value(String unit, String v) {
        return new RollUp.Contribution(unit, unit, true, new BigDecimal(v), null, null);
    }

    private static RollUp.Contribution none(String unit) {
        return new RollUp.Contribution(unit, unit, false, null, null, null);
    }

    @Test
    void ratioOfSumsNotMeanOfRatios() {
        // ward A 1/1 = 100%, ward B 50/100 = 50%: 51/101 = 50.495%, not the mean 75%
        var r = RollUp.of(Aggregation.RATIO_OF_SUMS, List.of(ratio("A", 1, 1), ratio("B", 50, 100)));
        assertEquals(new BigDecimal("50.4950"), r.value());
        assertEquals(new BigDecimal("51"), r.numerator());
        assertEquals(new BigDecimal("101"), r.denominator());
        assertEquals(2, r.childrenWithData());
    }

    @Test
    void childrenWithoutDataAreListedButLeftOut() {
        var r = RollUp.of(Aggregation.RATIO_OF_SUMS, List.of(ratio("A", 9, 10), none("B"), ratio("C", 1, 10)));
        assertEquals(new BigDecimal("50.0000"), r.value());
        assertEquals(3, r.childrenTotal());
        assertEquals(2, r.childrenWithData());
        assertEquals(3, r.children().size());
    }

    @Test
    void noChildWithDataGivesNoValue() {
        var r = RollUp.of(Aggregation.SUM, List.of(none("A")));
        assertNull(r.value());
        assertEquals(0, r.childrenWithData());
        assertNull(RollUp.of(Aggregation.MEAN, List.of()).value());
    }

    @Test
    void sumMeanMinMax() {
        var children = List.of(value("A", "2"), value("B", "5"), none("C"), value("D", "1"));
        assertEquals(new BigDecimal("8"), RollUp.of(Aggregation.SUM, children).value());
        assertEquals(new BigDecimal("2.6667"), RollUp.of(Aggregation.MEAN, children).value());
        assertEquals(new BigDecimal("1"), RollUp.of(Aggregation.MIN, children).value());
        assertEquals(new BigDecimal("5"), RollUp.of(Aggregation.MAX, children).value());
        assertNull(RollUp.of(Aggregation.SUM, children).numerator());
    }
}
