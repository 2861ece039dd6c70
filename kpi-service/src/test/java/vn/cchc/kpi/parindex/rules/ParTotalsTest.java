package vn.cchc.kpi.parindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.parindex.model.FrameworkDocument;

/**
 * The hand-worked example, end to end through the rules (framework: parindex/hand-worked-framework.json,
 * 20 points: area 1 = 6 (1.1 YES_NO 2; 1.2 = 1.2.1 TIERS 2 + 1.2.2 MANUAL 2, may be not applicable),
 * area 2 = 8 (2.1 RATIO 4 from TTHC_ON_TIME; 2.2 DEDUCTION 4, 1 point per dossier), area 3 = 6
 * (3.1 SURVEY 6), bonus B1 MANUAL 1; bands A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 0).
 *
 * <pre>
 * Phường Ba Đình, index year 2025
 *   self:      1.1 có (1)            → 2.00
 *              1.2.1 95%  (≥ 90 → ½) → 1.00
 *              1.2.2 không áp dụng   → –, maximum 2 leaves the applicable maximum
 *              2.1 90%  → 4 × 0.90   → 3.60
 *              2.2 1 dossier → 4 − 1 → 3.00
 *              B1 bonus               → 0.50
 *              self view: 2 + 1 + 3.60 + 3 = 9.60 of 2 + 2 + 4 + 4 = 12 (survey leaf excluded);
 *                         (9.60 + 0.50) ÷ 12 × 100 = 84.1666… → 84.17
 *   appraisal: 2.1 85% (the TTHC system's figure) → 4 × 0.85 = 3.40, replaces 3.60
 *   survey:    3.1 → 4.50
 *   areas:     1: 2.00 + 1.00 = 3.00 of applicable 4 (max 6)
 *              2: 3.40 + 3.00 = 6.40 of 8
 *              3: 4.50 of 6
 *   points 3.00 + 6.40 + 4.50 = 13.90; bonus 0.50; total 14.40
 *   applicable maximum 20 − 2 = 18; index 14.40 ÷ 18 × 100 = 80.00 → band B (80 ≤ 80.00 &lt; 90)
 *
 * Xã Dân Hòa (commune block, same structure): 1.1 có 2.00, 1.2.1 100% 2.00, 1.2.2 2.00, 2.1 96% 3.84,
 *   2.2 0 dossiers 4.00, survey 5.40, no bonus: 19.24 of 20 → 96.20 → A
 * </pre>
 */
class ParTotalsTest {

    private final FrameworkDocument fw = HandWorked.framework();
    private final FrameworkIndex index = new FrameworkIndex(fw);

    private Map<String, LayerScore> layer(Layer layer, List<LayerInput> in) {
        List<String> errors = new ArrayList<>();
        List<LayerScore> out = LayerRules.check(index, layer, in, code -> Optional.empty(), (f, m) -> errors.add(f + ": " + m));
        assertEquals(List.of(), errors);
        return out.stream().collect(Collectors.toMap(LayerScore::code, Function.identity()));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theFrameworkOfTheExampleIsValid() {
        List<String> errors = new ArrayList<>();
        FrameworkValidator.check(fw, (f, m) -> errors.add(f + ": " + m));
        assertEquals(List.of(), errors);
    }

    @Test
    void baDinhSelfAppraisedAndSurveyedComesTo80AndBandB() {
        var self = layer(Layer.SELF, HandWorked.badinhSelf());
        var appraisal = layer(Layer.APPRAISAL, List.of(
                new LayerInput("2.1", d("85"), null, null, null, "Theo Hệ thống giải quyết TTHC: 85%")));
        var survey = layer(Layer.SURVEY, List.of(HandWorked.score("3.1", "4.5")));

        ParTotals.Totals t = ParTotals.compute(fw, self, appraisal, survey);

        assertEquals(d("2.00"), self.get("1.1").points());
        assertEquals(d("1.00"), self.get("1.2.1").points());
        assertEquals(d("3.60"), self.get("2.1").points());
        assertEquals(d("3.00"), self.get("2.2").points());
        assertEquals(d("9.60"), t.selfPoints());
        assertEquals(d("12.00"), t.selfApplicableMax());
        assertEquals(d("84.17"), t.selfIndex());

        assertEquals(d("3.00"), t.areas().get(0).points());
        assertEquals(d("4.00"), t.areas().get(0).applicableMax());
        assertEquals(d("6.00"), t.areas().get(0).maxPoints());
        assertEquals(d("6.40"), t.areas().get(1).points());
        assertEquals(d("3.40"), t.areas().get(1).children().get(0).points());
        assertEquals(d("3.60"), t.areas().get(1).children().get(0).selfPoints());
        assertEquals(d("4.50"), t.areas().get(2).points());
        assertEquals(d("13.90"), t.points());
        assertEquals(d("0.50"), t.bonus());
        assertEquals(d("14.40"), t.total());
        assertEquals(d("18.00"), t.applicableMax());
        assertEquals(d("80.00"), t.index());
        assertEquals("B", t.band());
        assertTrue(t.complete());
    }

    @Test
    void danHoaComesTo96Point20AndBandA() {
        var self = layer(Layer.SELF, List.of(
                new LayerInput("1.1", BigDecimal.ONE, null, null, null, "Kế hoạch số 5/KH-UBND"),
                HandWorked.value("1.2.1", "100"), HandWorked.score("1.2.2", "2"), HandWorked.value("2.1", "96"),
                HandWorked.value("2.2", "0")));
        var survey = layer(Layer.SURVEY, List.of(HandWorked.score("3.1", "5.4")));
        ParTotals.Totals t = ParTotals.compute(fw, self, Map.of(), survey);
        assertEquals(d("19.24"), t.total());
        assertEquals(d("20.00"), t.applicableMax());
        assertEquals(d("96.20"), t.index());
        assertEquals("A", t.band());
    }

    @Test
    void withoutAppraisalOrSurveyTheSelfScoresCountAndTheSurveyLeafIsMissing() {
        var self = layer(Layer.SELF, HandWorked.badinhSelf());
        ParTotals.Totals t = ParTotals.compute(fw, self, Map.of(), Map.of());
        // 9.60 + 0.50 = 10.10 of 18 (the survey leaf counts 0 but stays in the maximum) = 56.11
        assertEquals(d("10.10"), t.total());
        assertEquals(d("56.11"), t.index());
        assertEquals("D", t.band());
        assertFalse(t.complete());
        assertEquals(List.of("3.1"), t.missing());
    }

    @Test
    void theAppraiserCanOverruleNotApplicable() {
        var self = layer(Layer.SELF, HandWorked.badinhSelf());
        // the reviewer finds 1.2.2 applicable after all and gives 0: the maximum is back to 20
        var appraisal = layer(Layer.APPRAISAL, List.of(new LayerInput("1.2.2", null, d("0"), false, null, "Phường có cơ quan trực thuộc")));
        var survey = layer(Layer.SURVEY, List.of(HandWorked.score("3.1", "4.5")));
        ParTotals.Totals t = ParTotals.compute(fw, self, appraisal, survey);
        // 2 + 1 + 0 + 3.60 + 3 + 4.50 = 14.10 + 0.50 = 14.60 of 20 = 73.00 → C
        assertEquals(d("14.60"), t.total());
        assertEquals(d("20.00"), t.applicableMax());
        assertEquals(d("73.00"), t.index());
        assertEquals("C", t.band());
    }

    @Test
    void bonusCannotLiftTheIndexAbove100() {
        var self = layer(Layer.SELF, List.of(new LayerInput("1.1", BigDecimal.ONE, null, null, List.of("KH số 3"), null), HandWorked.value("1.2.1", "100"),
                HandWorked.score("1.2.2", "2"), HandWorked.value("2.1", "100"), HandWorked.value("2.2", "0"), HandWorked.score("B1", "1")));
        var survey = layer(Layer.SURVEY, List.of(HandWorked.score("3.1", "6")));
        ParTotals.Totals t = ParTotals.compute(fw, self, Map.of(), survey);
        assertEquals(d("21.00"), t.total());
        assertEquals(d("100.00"), t.index());
        assertEquals("A", t.band());
    }

    @Test
    void bandsAreData() {
        assertEquals("A", ParTotals.band(fw.bands(), d("90.00")));
        assertEquals("B", ParTotals.band(fw.bands(), d("89.99")));
        assertEquals("D", ParTotals.band(fw.bands(), d("0")));
        assertNull(ParTotals.band(fw.bands(), null));
    }
}
