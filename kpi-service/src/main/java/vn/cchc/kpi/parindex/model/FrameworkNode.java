package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * A node of a PAR INDEX framework: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion
 * (tiêu chí thành phần). A node with children carries no rule and its maximum is the sum of theirs; a
 * leaf carries a rule.
 *
 * @param code                 code unique in the framework, e.g. {@code 1}, {@code 1.2}, {@code 1.2.1}
 * @param name                 Vietnamese name
 * @param maxPoints            maximum points (điểm tối đa), at most two decimals
 * @param rule                 leaves only: how the points are computed
 * @param notApplicableAllowed leaves only: whether a unit may declare it "không áp dụng", which removes
 *                             its maximum from the applicable maximum
 * @param evidence             leaves only: the evidence required (yêu cầu và tài liệu kiểm chứng); when
 *                             set, a self-assessed score above 0 needs evidence or an explanation
 * @param assumption           true when the node's name or points are not taken from a published text
 * @param note                 where the values come from, or what is assumed
 * @param children             criteria of an area, sub-criteria of a criterion; empty for a leaf
 */
@Schema(name = "ParFrameworkNode", description = "Area (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần) with maximum points (điểm tối đa)")
public record FrameworkNode(String code, String name, BigDecimal maxPoints, ScoringRule rule,
                            Boolean notApplicableAllowed, String evidence, Boolean assumption, String note,
                            List<FrameworkNode> children) {

    /** @return true when the node has no children */
    public boolean leaf() {
        return children == null || children.isEmpty();
    }

    /** @return the children, never null */
    public List<FrameworkNode> kids() {
        return children == null ? List.of() : children;
    }
}
