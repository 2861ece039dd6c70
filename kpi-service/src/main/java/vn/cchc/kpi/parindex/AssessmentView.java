package vn.cchc.kpi.parindex;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.parindex.model.PeerBlock;
import vn.cchc.kpi.parindex.model.RuleType;
import vn.cchc.kpi.parindex.rules.LayerScore;
import vn.cchc.kpi.parindex.rules.ParTotals;

/**
 * An assessment with its computed totals, and the official result beside them.
 *
 * @param id         id
 * @param unitCode   unit
 * @param unitName   unit name
 * @param parentCode parent unit
 * @param block      peer block
 * @param indexYear  index year
 * @param framework  framework key
 * @param stage      SELF_ASSESSMENT until the appraiser writes, then APPRAISAL (self scores are then closed)
 * @param result     computed result (appraised where appraised, else self; survey)
 * @param self       the self-assessment's own view
 * @param official   the officially published result, null until stored
 * @param difference official index − computed index, null unless both exist
 * @param areas      areas with their criteria and leaves (in lists: areas only)
 * @param bonus      bonus leaves (in lists: absent)
 * @param version    optimistic-lock version (ETag); every write moves it
 * @param updatedAt  last write
 * @param updatedBy  last writer
 */
@Schema(name = "ParAssessment", description = "A PAR INDEX assessment (kết quả chấm điểm Chỉ số CCHC) of a unit for an index year.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(Long id, String unitCode, String unitName, String parentCode, PeerBlock block, int indexYear,
                             FrameworkKey framework, String stage, Result result, Self self, Official official,
                             BigDecimal difference, List<Node> areas, List<Node> bonus, long version, Instant updatedAt,
                             String updatedBy) {

    /** The framework an assessment uses. */
    @Schema(name = "ParFrameworkKey", description = "The framework (bộ tiêu chí) an assessment uses")
    public record FrameworkKey(Long id, String issuer, int year, PeerBlock block, int edition, String title) {
    }

    /**
     * @param maxPoints     framework maximum
     * @param applicableMax maximum without leaves not applicable
     * @param points        points of the areas
     * @param bonus         bonus points (điểm cộng)
     * @param total         points + bonus
     * @param index         total ÷ applicableMax × 100 (at most 100)
     * @param band          band of the index
     * @param complete      every leaf has a final score
     * @param missing       leaves without a final score
     */
    @Schema(name = "ParResult", description = "Computed result (kết quả): points, bonus (điểm cộng), index (chỉ số) and band (xếp loại)")
    public record Result(BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal points, BigDecimal bonus, BigDecimal total,
                         BigDecimal index, String band, boolean complete, List<String> missing) {
    }

    /** The self view: points over the leaves the unit scores itself (survey leaves excluded). */
    @Schema(name = "ParSelfView", description = "The self-assessment (tự đánh giá) on its own")
    public record Self(BigDecimal applicableMax, BigDecimal points, BigDecimal bonus, BigDecimal index) {
    }

    /** The official result as stored. */
    @Schema(name = "ParOfficial", description = "Officially published result (kết quả công bố)")
    public record Official(BigDecimal index, BigDecimal points, Integer rank, String band, String source, LocalDate publishedOn) {
    }

    /** A node with its points; leaves with their layers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParNodeResult", description = "Area (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần) with its points")
    public record Node(String code, String name, BigDecimal maxPoints, BigDecimal applicableMax, BigDecimal selfPoints,
                       BigDecimal points, RuleType rule, Boolean notApplicable, LayerScore self, LayerScore appraisal,
                       LayerScore survey, List<Node> children) {

        static Node of(ParTotals.NodeResult n, boolean detail) {
            return new Node(n.code(), n.name(), n.maxPoints(), n.applicableMax(), n.selfPoints(), n.points(), n.rule(),
                    n.notApplicable(), n.self(), n.appraisal(), n.survey(),
                    detail ? n.children().stream().map(c -> of(c, true)).toList() : null);
        }
    }

    static AssessmentView of(ParAssessment a, ParTotals.Totals t, boolean appraised, boolean detail) {
        ParFramework f = a.framework;
        Official official = a.officialIndex == null ? null : new Official(a.officialIndex, a.officialPoints, a.officialRank,
                a.officialBand, a.officialSource, a.officialPublishedOn);
        BigDecimal difference = official == null || t.index() == null ? null : a.officialIndex.subtract(t.index());
        return new AssessmentView(a.id, a.unitCode, a.unitName, a.parentCode, a.block, a.indexYear,
                new FrameworkKey(f.id, f.issuer, f.year, f.block, f.edition, f.title),
                appraised ? "APPRAISAL" : "SELF_ASSESSMENT",
                new Result(t.maxPoints(), t.applicableMax(), t.points(), t.bonus(), t.total(), t.index(), t.band(), t.complete(), t.missing()),
                new Self(t.selfApplicableMax(), t.selfPoints(), t.selfBonus(), t.selfIndex()), official, difference,
                t.areas().stream().map(n -> Node.of(n, detail)).toList(),
                detail ? t.bonusLeaves().stream().map(n -> Node.of(n, true)).toList() : null,
                a.version, a.updatedAt, a.updatedBy);
    }
}
