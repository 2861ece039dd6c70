package vn.cchc.kpi.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a layer accepts, on the hand-worked framework. */
class LayerRulesTest {

    private final FrameworkIndex fw = new FrameworkIndex(HandWorked.framework());

    private List<String> errors(Layer layer, List<LayerInput> in) {
        List<String> out = new ArrayList<>();
        LayerRules.check(fw, layer, in, code -> Optional.empty(), (f, m) -> out.add(f + ": " + m));
        return out;
    }

    @Test
    void pointsAboveTheMaximumOrNegativeAreRefused() {
        assertEquals(List.of("entries[0].score: must not exceed the leaf's maximum of 2 points"),
                errors(Layer.SELF, List.of(HandWorked.score("1.2.2", "2.5"))));
        assertEquals(List.of("entries[0].score: must not be negative"),
                errors(Layer.APPRAISAL, List.of(HandWorked.score("1.2.2", "-1"))));
        assertEquals(List.of("entries[0].value: at most four decimals and below 1,000,000,000"),
                errors(Layer.SELF, List.of(HandWorked.value("2.2", "1e12"))));
        assertEquals(List.of("entries[0].value: at most four decimals and below 1,000,000,000"),
                errors(Layer.SELF, List.of(HandWorked.value("2.1", "90.00001"))));
        assertEquals(List.of("entries[0].score: must not exceed the leaf's maximum of 6 points"),
                errors(Layer.SURVEY, List.of(HandWorked.score("3.1", "6.01"))));
    }

    @Test
    void eachLeafInItsLayerOnce() {
        List<String> e = errors(Layer.SELF, List.of(HandWorked.score("3.1", "5"), HandWorked.score("1.2", "3"),
                HandWorked.score("1.2.2", "1"), HandWorked.score("1.2.2", "1"), HandWorked.notApplicable("2.1"),
                HandWorked.score("2.2", "3"), HandWorked.value("B1", "50")));
        assertTrue(e.contains("entries[0].code: leaf 3.1 is scored by the sociological survey (PUT …/survey), not by SELF"), e.toString());
        assertTrue(e.get(1).startsWith("entries[1].code: no leaf 1.2 in the framework"), e.toString());
        assertTrue(e.contains("entries[3].code: leaf 1.2.2 is given twice"), e.toString());
        assertTrue(e.contains("entries[4].notApplicable: leaf 2.1 cannot be declared not applicable (không áp dụng)"), e.toString());
        assertTrue(e.contains("entries[5].score: leaf 2.2 is computed by its DEDUCTION rule: send the declared value, not points"), e.toString());
        assertTrue(e.contains("entries[6].value: leaf B1 takes points (score), not a value"), e.toString());
        assertEquals(6, e.size(), e.toString());
        assertEquals(List.of("entries[0].code: leaf 2.1 is not scored by the survey (its rule is RATIO)"),
                errors(Layer.SURVEY, List.of(HandWorked.value("2.1", "90"))));
    }

    @Test
    void selfPointsOnALeafNeedingEvidenceNeedEvidenceOrAnExplanation() {
        assertEquals(List.of("entries[0].evidence: leaf 1.1 requires evidence (Kế hoạch CCHC năm của UBND phường); "
                        + "attach it, or explain in note how the score was reached"),
                errors(Layer.SELF, List.of(HandWorked.value("1.1", "1"))));
        // no points claimed: nothing to prove; and the appraiser needs none
        assertEquals(List.of(), errors(Layer.SELF, List.of(HandWorked.value("1.1", "0"))));
        assertEquals(List.of(), errors(Layer.APPRAISAL, List.of(HandWorked.value("1.1", "1"))));
    }

    @Test
    void aLeafWithAnIndicatorTakesTheMeasuredValueWhenNoneIsDeclared() {
        List<String> e = new ArrayList<>();
        List<LayerScore> s = LayerRules.check(fw, Layer.SELF, List.of(new LayerInput("2.1", null, null, null, null, null)),
                code -> code.equals("TTHC_ON_TIME") ? Optional.of(new BigDecimal("97.5")) : Optional.empty(), (f, m) -> e.add(m));
        assertEquals(List.of(), e);
        // 4 × 97.5% = 3.90
        assertEquals(new BigDecimal("3.90"), s.get(0).points());
        assertEquals(ScoreSource.INDICATOR, s.get(0).source());
        assertEquals(List.of("entries[0].value: no value given and nothing measured for indicator TTHC_ON_TIME over the index year; declare the value"),
                errors(Layer.SELF, List.of(new LayerInput("2.1", null, null, null, null, null))));
        assertEquals(List.of("entries[0].value: is required (the declared value the DEDUCTION rule scores)"),
                errors(Layer.SELF, List.of(new LayerInput("2.2", null, null, null, null, null))));
    }
}
