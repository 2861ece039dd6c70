package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cchc.kpi.parindex.model.Band;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.FrameworkNode;
import vn.cchc.kpi.parindex.model.RuleType;

/**
 * Points per node, per area and in total, the index and the band of one assessment (plain Java,
 * METHODOLOGY.md C.1/C.6).
 * <ul>
 *   <li>A leaf's final points: SURVEY leaves take the survey layer; other leaves take the appraisal
 *       (thẩm định) when the appraiser scored that leaf, else the self-assessment. A leaf with no
 *       final score counts 0 and is listed in {@code missing} (the result is then not complete).</li>
 *   <li>"Không áp dụng" (decided by the same layer as the points) removes the leaf's maximum from the
 *       applicable maximum of its criterion, area and the whole framework.</li>
 *   <li>A node's points and applicable maximum are the sums over its leaves.</li>
 *   <li>Bonus points (điểm cộng) are added to the points obtained, outside the maximum.</li>
 *   <li>Index = (points + bonus) ÷ applicable maximum × 100, half up to 0.01, capped at 100
 *       ({@link Scoring#index}); band = the band with the highest minimum the index reaches.</li>
 *   <li>The self view: the unit's own points over the leaves it scores itself (survey leaves excluded),
 *       with its own "không áp dụng" decisions, and the index of that.</li>
 * </ul>
 */
public final class ParTotals {

    /**
     * One node with its points.
     *
     * @param code          node code
     * @param name          node name
     * @param maxPoints     maximum points
     * @param applicableMax maximum without the leaves finally declared not applicable
     * @param selfPoints    points by the self-assessment (survey leaves give none)
     * @param points        final points
     * @param rule          leaves: the rule type
     * @param notApplicable leaves: finally declared not applicable
     * @param self          leaves: the self-assessed entry, if any
     * @param appraisal     leaves: the appraised entry, if any
     * @param survey        leaves: the survey entry, if any
     * @param children      children, empty for a leaf
     */
    public record NodeResult(String code, String name, BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal selfPoints,
                             BigDecimal points, RuleType rule, Boolean notApplicable, LayerScore self, LayerScore appraisal,
                             LayerScore survey, List<NodeResult> children) {
    }

    /**
     * The computed result.
     *
     * @param maxPoints         framework maximum (e.g. 100)
     * @param applicableMax     maximum without the leaves finally not applicable
     * @param points            final points of the areas
     * @param bonus             final bonus points
     * @param total             points + bonus
     * @param index             total ÷ applicableMax × 100, null when nothing is applicable
     * @param band              band code of the index, null without index
     * @param selfApplicableMax self view: maximum of the self-scored leaves the unit did not declare not applicable
     * @param selfPoints        self view: points of the areas
     * @param selfBonus         self view: bonus points
     * @param selfIndex         self view: (selfPoints + selfBonus) ÷ selfApplicableMax × 100
     * @param complete          true when every leaf has a final score
     * @param missing           codes of the leaves without a final score
     * @param areas             the areas with their criteria and leaves
     * @param bonusLeaves       the bonus leaves
     */
    public record Totals(BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal points, BigDecimal bonus, BigDecimal total,
                         BigDecimal index, String band, BigDecimal selfApplicableMax, BigDecimal selfPoints, BigDecimal selfBonus,
                         BigDecimal selfIndex, boolean complete, List<String> missing, List<NodeResult> areas,
                         List<NodeResult> bonusLeaves) {
    }

    private ParTotals() {
    }

    /**
     * @param document  the framework (valid)
     * @param self      self-assessed leaves by code
     * @param appraisal appraised leaves by code
     * @param survey    survey leaves by code
     * @return the totals
     */
    public static Totals compute(FrameworkDocument document, Map<String, LayerScore> self, Map<String, LayerScore> appraisal,
                                 Map<String, LayerScore> survey) {
        Acc acc = new Acc();
        List<NodeResult> areas = new ArrayList<>();
        for (FrameworkNode area : document.areaList()) {
            areas.add(node(area, self, appraisal, survey, acc));
        }
        List<NodeResult> bonus = new ArrayList<>();
        BigDecimal bonusPoints = zero();
        BigDecimal selfBonus = zero();
        for (FrameworkNode b : document.bonusList()) {
            LayerScore s = self.get(b.code());
            LayerScore a = appraisal.get(b.code());
            LayerScore fin = a != null ? a : s;
            BigDecimal p = fin == null ? zero() : fin.points();
            BigDecimal sp = s == null ? zero() : s.points();
            bonusPoints = bonusPoints.add(p);
            selfBonus = selfBonus.add(sp);
            bonus.add(new NodeResult(b.code(), b.name(), b.maxPoints(), zero(), sp, p, b.rule().type(), false, s, a, null, List.of()));
        }
        BigDecimal points = sum(areas, NodeResult::points);
        BigDecimal applicable = sum(areas, NodeResult::applicableMax);
        BigDecimal total = points.add(bonusPoints);
        BigDecimal index = Scoring.index(total, applicable);
        BigDecimal selfPoints = sum(areas, NodeResult::selfPoints);
        BigDecimal selfIndex = Scoring.index(selfPoints.add(selfBonus), acc.selfApplicable);
        return new Totals(Scoring.round(document.maxPoints()), applicable, points, bonusPoints, total, index,
                band(document.bands(), index), acc.selfApplicable, selfPoints, selfBonus, selfIndex,
                acc.missing.isEmpty(), List.copyOf(acc.missing), areas, bonus);
    }

    /**
     * @param bands the framework's bands
     * @param index an index, may be null
     * @return the code of the band with the highest minimum that the index reaches, null for no index
     */
    public static String band(List<Band> bands, BigDecimal index) {
        if (index == null) {
            return null;
        }
        return bands.stream().sorted(Comparator.comparing(Band::minPercent).reversed())
                .filter(b -> index.compareTo(b.minPercent()) >= 0).map(Band::code).findFirst().orElse(null);
    }

    private static final class Acc {
        BigDecimal selfApplicable = zero();
        final List<String> missing = new ArrayList<>();
    }

    private static NodeResult node(FrameworkNode n, Map<String, LayerScore> self, Map<String, LayerScore> appraisal,
                                   Map<String, LayerScore> survey, Acc acc) {
        if (!n.leaf()) {
            List<NodeResult> kids = n.kids().stream().map(k -> node(k, self, appraisal, survey, acc)).toList();
            return new NodeResult(n.code(), n.name(), Scoring.round(n.maxPoints()), sum(kids, NodeResult::applicableMax),
                    sum(kids, NodeResult::selfPoints), sum(kids, NodeResult::points), null, null, null, null, null, kids);
        }
        boolean isSurvey = n.rule().type() == RuleType.SURVEY;
        LayerScore s = isSurvey ? null : self.get(n.code());
        LayerScore a = isSurvey ? null : appraisal.get(n.code());
        LayerScore v = isSurvey ? survey.get(n.code()) : null;
        LayerScore fin = isSurvey ? v : a != null ? a : s;
        boolean na = fin != null && fin.notApplicable();
        if (fin == null) {
            acc.missing.add(n.code());
        }
        BigDecimal max = Scoring.round(n.maxPoints());
        BigDecimal points = fin == null || na ? zero() : fin.points();
        BigDecimal selfPoints = s == null || s.notApplicable() ? zero() : s.points();
        if (!isSurvey && (s == null || !s.notApplicable())) {
            acc.selfApplicable = acc.selfApplicable.add(max);
        }
        return new NodeResult(n.code(), n.name(), max, na ? zero() : max, selfPoints, points, n.rule().type(), na, s, a, v, List.of());
    }

    private static BigDecimal sum(List<NodeResult> nodes, java.util.function.Function<NodeResult, BigDecimal> f) {
        return nodes.stream().map(f).reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal zero() {
        return Scoring.round(BigDecimal.ZERO);
    }
}
