package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.cchc.kpi.parindex.model.Band;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.FrameworkNode;
import vn.cchc.kpi.parindex.model.RuleType;
import vn.cchc.kpi.parindex.model.ScoringRule;
import vn.cchc.kpi.parindex.model.Tier;

/**
 * The structural rules of a PAR INDEX framework (plain Java, no framework). Every broken rule is
 * reported with the JSON path of the field, e.g. {@code areas[0].children[1].maxPoints}:
 * <ul>
 *   <li>issuer, year (2000–2100, lastYear not before it), block, title, maxPoints &gt; 0 required;</li>
 *   <li>at least one area; depth at most 3 (area → criterion → sub-criterion); every node has a code
 *       (letters, digits, dots, hyphens) unique in the whole framework (bonus included), a name and a
 *       maximum &gt; 0 with at most two decimals;</li>
 *   <li>a node with children has no rule, and its maximum is exactly the sum of its children's; the
 *       areas' maxima add up to the framework's {@code maxPoints};</li>
 *   <li>a leaf has a rule: TIERS with tiers (minimum 0–100, strictly decreasing; share 0–1), DEDUCTION
 *       with points per unit &gt; 0, the other types with neither; an indicator only on computed rules;</li>
 *   <li>bonus leaves (điểm cộng): leaves only, never SURVEY, never "không áp dụng";</li>
 *   <li>bands: at least one, codes unique, minima 0–100 unique, one of them 0 so that every index has a band.</li>
 * </ul>
 */
public final class FrameworkValidator {

    /** Node codes: {@code 1}, {@code 1.2}, {@code 1.2.a}, {@code B1}. */
    public static final String NODE_CODE = "^[A-Za-z0-9]+([.\\-][A-Za-z0-9]+)*$";
    /** Issuer codes: a unit code ({@code HN}) or {@code BNV}. */
    public static final String ISSUER_CODE = "^[A-Z0-9]+(-[A-Z0-9]+)*$";
    /** Deepest level: area (1) → criterion (2) → sub-criterion (3). */
    public static final int MAX_DEPTH = 3;

    private FrameworkValidator() {
    }

    /**
     * @param d     the framework
     * @param error receives (field path, message) for every broken rule
     */
    public static void check(FrameworkDocument d, BiConsumer<String, String> error) {
        if (d == null) {
            error.accept("body", "is required");
            return;
        }
        if (blank(d.issuer())) {
            error.accept("issuer", "is required");
        } else if (!d.issuer().matches(ISSUER_CODE)) {
            error.accept("issuer", "must be a unit code such as HN, or BNV");
        }
        if (d.year() == null) {
            error.accept("year", "is required");
        } else if (d.year() < 2000 || d.year() > 2100) {
            error.accept("year", "must be between 2000 and 2100");
        } else if (d.lastYear() != null && d.lastYear() < d.year()) {
            error.accept("lastYear", "must not be before year " + d.year());
        }
        if (d.block() == null) {
            error.accept("block", "is required: PROVINCE, DEPARTMENT, WARD or COMMUNE");
        }
        if (blank(d.title())) {
            error.accept("title", "is required");
        }
        if (!positive(d.maxPoints())) {
            error.accept("maxPoints", "must be above 0 with at most two decimals");
        }
        checkBands(d.bands(), error);
        Set<String> codes = new HashSet<>();
        if (d.areaList().isEmpty()) {
            error.accept("areas", "at least one area (lĩnh vực) is required");
        }
        for (int i = 0; i < d.areaList().size(); i++) {
            checkNode(d.areaList().get(i), "areas[" + i + "]", 1, codes, false, error);
        }
        BigDecimal sum = sum(d.areaList());
        if (sum != null && positive(d.maxPoints()) && sum.compareTo(d.maxPoints()) != 0) {
            error.accept("maxPoints", "is " + plain(d.maxPoints()) + " but the areas' maxima add up to " + plain(sum));
        }
        for (int i = 0; i < d.bonusList().size(); i++) {
            checkNode(d.bonusList().get(i), "bonus[" + i + "]", MAX_DEPTH, codes, true, error);
        }
    }

    private static void checkNode(FrameworkNode n, String at, int depth, Set<String> codes, boolean bonus,
                                  BiConsumer<String, String> error) {
        if (n == null) {
            error.accept(at, "must be an object, not null");
            return;
        }
        if (blank(n.code())) {
            error.accept(at + ".code", "is required");
        } else if (!n.code().matches(NODE_CODE) || n.code().length() > 64) {
            error.accept(at + ".code", "must be letters and digits separated by dots or hyphens, e.g. 1.2.3 (at most 64)");
        } else if (!codes.add(n.code())) {
            error.accept(at + ".code", "code " + n.code() + " is used twice in the framework");
        }
        if (blank(n.name())) {
            error.accept(at + ".name", "is required");
        }
        if (!positive(n.maxPoints())) {
            error.accept(at + ".maxPoints", "must be above 0 with at most two decimals");
        }
        if (!n.leaf()) {
            if (bonus) {
                error.accept(at + ".children", "bonus points (điểm cộng) are leaves, without children");
            } else if (depth >= MAX_DEPTH) {
                error.accept(at + ".children", "at most " + MAX_DEPTH + " levels: area, criterion, sub-criterion");
            }
            if (n.rule() != null) {
                error.accept(at + ".rule", "only leaves carry a rule; this node's points are its children's");
            }
            if (n.notApplicableAllowed() != null && n.notApplicableAllowed()) {
                error.accept(at + ".notApplicableAllowed", "only leaves can be declared not applicable");
            }
            for (int i = 0; i < n.kids().size(); i++) {
                checkNode(n.kids().get(i), at + ".children[" + i + "]", depth + 1, codes, bonus, error);
            }
            BigDecimal sum = sum(n.kids());
            if (sum != null && positive(n.maxPoints()) && sum.compareTo(n.maxPoints()) != 0) {
                error.accept(at + ".maxPoints", "is " + plain(n.maxPoints()) + " but the children's maxima add up to " + plain(sum));
            }
            return;
        }
        checkRule(n.rule(), at + ".rule", error);
        if (bonus && n.rule() != null && n.rule().type() == RuleType.SURVEY) {
            error.accept(at + ".rule.type", "bonus points are not scored by the survey");
        }
        if (bonus && n.notApplicableAllowed() != null && n.notApplicableAllowed()) {
            error.accept(at + ".notApplicableAllowed", "bonus points cannot be declared not applicable");
        }
    }

    private static void checkRule(ScoringRule r, String at, BiConsumer<String, String> error) {
        if (r == null || r.type() == null) {
            error.accept(at + (r == null ? "" : ".type"), "a leaf needs a rule: YES_NO, RATIO, TIERS, DEDUCTION, MANUAL or SURVEY");
            return;
        }
        List<Tier> tiers = r.tiers() == null ? List.of() : r.tiers();
        if (r.type() == RuleType.TIERS) {
            if (tiers.isEmpty()) {
                error.accept(at + ".tiers", "a TIERS rule needs at least one tier");
            }
            BigDecimal previous = null;
            for (int i = 0; i < tiers.size(); i++) {
                Tier t = tiers.get(i);
                String ti = at + ".tiers[" + i + "]";
                if (t == null) {
                    error.accept(ti, "must be an object, not null");
                    continue;
                }
                if (t.minPercent() == null || t.minPercent().signum() < 0 || t.minPercent().compareTo(Scoring.HUNDRED) > 0) {
                    error.accept(ti + ".minPercent", "must be between 0 and 100");
                } else {
                    if (previous != null && t.minPercent().compareTo(previous) >= 0) {
                        error.accept(ti + ".minPercent", "tiers go from the highest minimum down, each lower than the one before");
                    }
                    previous = t.minPercent();
                }
                if (t.share() == null || t.share().signum() < 0 || t.share().compareTo(BigDecimal.ONE) > 0) {
                    error.accept(ti + ".share", "must be between 0 and 1 (share of the maximum)");
                }
            }
        } else if (!tiers.isEmpty()) {
            error.accept(at + ".tiers", "only a TIERS rule has tiers");
        }
        if (r.type() == RuleType.DEDUCTION) {
            if (r.deductionPerUnit() == null || r.deductionPerUnit().signum() <= 0) {
                error.accept(at + ".deductionPerUnit", "a DEDUCTION rule needs the points lost per unit, above 0");
            }
        } else if (r.deductionPerUnit() != null) {
            error.accept(at + ".deductionPerUnit", "only a DEDUCTION rule deducts per unit");
        }
        if (r.indicatorCode() != null && !r.type().computed()) {
            error.accept(at + ".indicatorCode", "only a rule computed from a value (YES_NO, RATIO, TIERS, DEDUCTION) reads an indicator");
        }
    }

    private static void checkBands(List<Band> bands, BiConsumer<String, String> error) {
        if (bands == null || bands.isEmpty()) {
            error.accept("bands", "at least one ranking group is required, e.g. A from 90");
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<BigDecimal> minima = new HashSet<>();
        boolean zero = false;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String at = "bands[" + i + "]";
            if (b == null) {
                error.accept(at, "must be an object, not null");
                continue;
            }
            if (blank(b.code())) {
                error.accept(at + ".code", "is required");
            } else if (!codes.add(b.code())) {
                error.accept(at + ".code", "band " + b.code() + " is given twice");
            }
            if (b.minPercent() == null || b.minPercent().signum() < 0 || b.minPercent().compareTo(Scoring.HUNDRED) > 0) {
                error.accept(at + ".minPercent", "must be between 0 and 100");
            } else {
                if (!minima.add(b.minPercent().stripTrailingZeros())) {
                    error.accept(at + ".minPercent", "two bands start at " + plain(b.minPercent()));
                }
                zero |= b.minPercent().signum() == 0;
            }
        }
        if (!zero) {
            error.accept("bands", "one band must start at 0, so that every index falls in a band");
        }
    }

    private static BigDecimal sum(List<FrameworkNode> nodes) {
        BigDecimal s = BigDecimal.ZERO;
        for (FrameworkNode n : nodes) {
            if (n == null || n.maxPoints() == null) {
                return null;
            }
            s = s.add(n.maxPoints());
        }
        return s;
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0 && v.stripTrailingZeros().scale() <= 2 && v.compareTo(new BigDecimal("10000")) < 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
