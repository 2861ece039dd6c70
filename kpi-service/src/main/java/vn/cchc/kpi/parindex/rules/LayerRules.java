package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.cchc.kpi.parindex.model.FrameworkNode;
import vn.cchc.kpi.parindex.model.RuleType;

/**
 * Checks and scores the leaves of one layer of an assessment (plain Java). Errors carry the path
 * {@code entries[i].field}:
 * <ul>
 *   <li>the code must name a leaf of the framework (criteria with sub-criteria are scored through
 *       them), once per request;</li>
 *   <li>SURVEY leaves are scored only in the SURVEY layer, and the SURVEY layer scores only them;</li>
 *   <li>"không áp dụng" only where the leaf allows it, and then without value or points;</li>
 *   <li>MANUAL, SURVEY and bonus leaves take points (score) within 0..max, at most two decimals;
 *       computed leaves (YES_NO, RATIO, TIERS, DEDUCTION) take the declared value and the points follow
 *       from the rule ({@link Scoring}); a computed leaf with an indicator and no value takes the unit's
 *       measured value over the index year, and is refused when there is none;</li>
 *   <li>self layer: points above 0 on a leaf that requires evidence need evidence or an explanation
 *       (KH 307/KH-UBND: "có tài liệu kiểm chứng", or explain how the score was computed).</li>
 * </ul>
 */
public final class LayerRules {

    /** Most evidence references per leaf. */
    public static final int MAX_EVIDENCE = 20;
    /** Declared values stay below this (a count or a percentage; the column holds 10 digits before the point). */
    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000000");
    /** Longest evidence reference, explanation or comment. */
    public static final int MAX_TEXT = 2000;

    /** The unit's measured value of an indicator over the index year, for leaves that read one. */
    @FunctionalInterface
    public interface IndicatorValues {
        /**
         * @param indicatorCode indicator of the kpi catalogue
         * @return the value over the index year, empty when nothing was measured
         */
        Optional<BigDecimal> valueOf(String indicatorCode);
    }

    private LayerRules() {
    }

    /**
     * @param fw     the framework's leaves
     * @param layer  the layer written
     * @param inputs the leaves sent
     * @param values measured values, for computed leaves with an indicator and no declared value
     * @param error  receives (field path, message) per broken rule
     * @return the scored leaves (those without errors), in input order
     */
    public static List<LayerScore> check(FrameworkIndex fw, Layer layer, List<LayerInput> inputs, IndicatorValues values,
                                         BiConsumer<String, String> error) {
        List<LayerScore> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "entries[" + i + "]";
            LayerInput in = inputs.get(i);
            if (in == null) {
                error.accept(at, "must be an object, not null");
                continue;
            }
            if (in.code() == null || in.code().isBlank()) {
                error.accept(at + ".code", "is required");
                continue;
            }
            Optional<FrameworkIndex.Leaf> found = fw.leaf(in.code());
            if (found.isEmpty()) {
                error.accept(at + ".code", "no leaf " + in.code() + " in the framework (a criterion with sub-criteria is scored through them)");
                continue;
            }
            if (!seen.add(in.code())) {
                error.accept(at + ".code", "leaf " + in.code() + " is given twice");
                continue;
            }
            // a leaf with any error is not returned
            int[] errors = {0};
            LayerScore s = one(found.get(), layer, in, values, at, (f, m) -> {
                errors[0]++;
                error.accept(f, m);
            });
            if (s != null && errors[0] == 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static LayerScore one(FrameworkIndex.Leaf leaf, Layer layer, LayerInput in, IndicatorValues values, String at,
                                  BiConsumer<String, String> error) {
        FrameworkNode n = leaf.node();
        RuleType type = n.rule().type();
        List<String> evidence = evidence(in.evidence(), at, error);
        if (in.text() != null && in.text().length() > MAX_TEXT) {
            error.accept(at + (layer == Layer.APPRAISAL ? ".comment" : ".note"), "at most " + MAX_TEXT + " characters");
        }
        boolean survey = type == RuleType.SURVEY;
        if (layer == Layer.SURVEY && !survey) {
            error.accept(at + ".code", "leaf " + n.code() + " is not scored by the survey (its rule is " + type + ")");
            return null;
        }
        if (layer != Layer.SURVEY && survey) {
            error.accept(at + ".code", "leaf " + n.code() + " is scored by the sociological survey (PUT …/survey), not by " + layer);
            return null;
        }
        if (Boolean.TRUE.equals(in.notApplicable())) {
            if (!Boolean.TRUE.equals(n.notApplicableAllowed())) {
                error.accept(at + ".notApplicable", "leaf " + n.code() + " cannot be declared not applicable (không áp dụng)");
            }
            if (in.value() != null || in.score() != null) {
                error.accept(at + ".notApplicable", "a leaf declared not applicable takes no value and no points");
            }
            return new LayerScore(n.code(), null, null, true, ScoreSource.NOT_APPLICABLE, evidence, in.text());
        }
        LayerScore s;
        if (leaf.bonus() || !type.computed()) {
            if (in.value() != null) {
                error.accept(at + ".value", "leaf " + n.code() + " takes points (score), not a value");
                return null;
            }
            try {
                s = new LayerScore(n.code(), null, Scoring.entered(n.maxPoints(), in.score()), false, ScoreSource.ENTERED, evidence, in.text());
            } catch (IllegalArgumentException e) {
                error.accept(at + ".score", e.getMessage());
                return null;
            }
        } else {
            if (in.score() != null) {
                error.accept(at + ".score", "leaf " + n.code() + " is computed by its " + type + " rule: send the declared value, not points");
                return null;
            }
            BigDecimal value = in.value();
            ScoreSource source = ScoreSource.COMPUTED;
            if (value != null && (value.stripTrailingZeros().scale() > 4 || value.abs().compareTo(MAX_VALUE) >= 0)) {
                error.accept(at + ".value", "at most four decimals and below 1,000,000,000");
                return null;
            }
            if (value == null) {
                String indicator = n.rule().indicatorCode();
                if (indicator == null) {
                    error.accept(at + ".value", "is required (the declared value the " + type + " rule scores)");
                    return null;
                }
                value = values.valueOf(indicator).orElse(null);
                if (value == null) {
                    error.accept(at + ".value", "no value given and nothing measured for indicator " + indicator
                            + " over the index year; declare the value");
                    return null;
                }
                source = ScoreSource.INDICATOR;
            }
            try {
                s = new LayerScore(n.code(), value, Scoring.points(n.rule(), n.maxPoints(), value), false, source, evidence, in.text());
            } catch (IllegalArgumentException e) {
                error.accept(at + ".value", e.getMessage());
                return null;
            }
        }
        if (layer == Layer.SELF && n.evidence() != null && s.points().signum() > 0 && evidence.isEmpty()
                && (in.text() == null || in.text().isBlank())) {
            error.accept(at + ".evidence", "leaf " + n.code() + " requires evidence (" + n.evidence()
                    + "); attach it, or explain in note how the score was reached");
        }
        return s;
    }

    private static List<String> evidence(List<String> in, String at, BiConsumer<String, String> error) {
        if (in == null) {
            return List.of();
        }
        if (in.size() > MAX_EVIDENCE) {
            error.accept(at + ".evidence", "at most " + MAX_EVIDENCE + " references");
        }
        for (int j = 0; j < in.size(); j++) {
            String e = in.get(j);
            if (e == null || e.isBlank()) {
                error.accept(at + ".evidence[" + j + "]", "must not be blank");
            } else if (e.length() > 1000) {
                error.accept(at + ".evidence[" + j + "]", "at most 1000 characters");
            }
        }
        return List.copyOf(in.stream().filter(e -> e != null && !e.isBlank()).toList());
    }
}
