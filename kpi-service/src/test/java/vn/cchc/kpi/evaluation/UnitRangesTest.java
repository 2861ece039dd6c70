package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnitRangesTest {

    private static List<String> units(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("HN-B%04d", i)).toList();
    }

    @Test
    void equalContiguousRangesCoveringEveryUnitOnce() {
        List<List<String>> r = UnitRanges.split(units(3321), 2, 200);
        assertEquals(List.of(1661, 1660), r.stream().map(List::size).toList());
        assertEquals(units(3321), r.stream().flatMap(List::stream).toList());
        assertEquals(List.of(34, 33, 33), UnitRanges.split(units(100), 3, 1).stream().map(List::size).toList());
    }

    @Test
    void fewUnitsStayInOneRange() {
        // a province of 40 communes stays one cursor with the default 50 per range; Hà Nội's 126 wards are two
        assertEquals(1, UnitRanges.split(units(40), 2, 50).size());
        assertEquals(2, UnitRanges.split(units(126), 2, 50).size());
        assertEquals(List.of(List.of("HN-BADINH")), UnitRanges.split(List.of("HN-BADINH"), 4, 1));
        assertEquals(List.of(), UnitRanges.split(List.of(), 2, 1));
        assertEquals(2, UnitRanges.split(units(2), 8, 1).size());
    }

    @Test
    void nonsenseBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> UnitRanges.split(units(3), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> UnitRanges.split(units(3), 2, 0));
    }
}
