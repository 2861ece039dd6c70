package vn.cchc.kpi.parindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the PAR INDEX assessment API. */
public final class ParBodies {

    private ParBodies() {
    }

    /**
     * Body of {@code POST /api/v1/par-index/assessments}.
     *
     * @param unitCode    the unit assessed
     * @param indexYear   the index year (năm đánh giá), e.g. 2025 assessed in 2026
     * @param frameworkId the framework, of the unit's peer block
     */
    @Schema(name = "NewParAssessment", description = "An assessment to open (mở kỳ chấm điểm Chỉ số CCHC) for a unit and index year.")
    public record NewAssessment(
            @Schema(description = "Unit code (mã đơn vị)", example = "HN-BADINH", required = true) String unitCode,
            @Schema(description = "Index year (năm đánh giá)", example = "2025", required = true) Integer indexYear,
            @Schema(description = "Framework id (bộ tiêu chí)", example = "51", required = true) Long frameworkId) {
    }

    /**
     * One leaf of the self-assessment.
     *
     * @param code          leaf code
     * @param value         declared value (số liệu kê khai) for YES_NO (1/0), RATIO and TIERS (%), DEDUCTION (count)
     * @param score         points for MANUAL and bonus leaves
     * @param notApplicable không áp dụng
     * @param evidence      references of supporting documents (tài liệu kiểm chứng)
     * @param note          explanation, e.g. how the score was computed when there is no document
     */
    @Schema(name = "ParSelfEntry", description = "Self-assessed leaf (điểm tự đánh giá)")
    public record SelfEntry(String code, BigDecimal value, BigDecimal score, Boolean notApplicable, List<String> evidence,
                            String note) {
    }

    /** @param entries every self-assessed leaf; the PUT replaces the whole self layer */
    @Schema(name = "ParSelfScores")
    public record SelfScores(List<SelfEntry> entries) {
    }

    /**
     * One leaf of the appraisal.
     *
     * @param code          leaf code
     * @param value         appraised value for computed rules
     * @param score         appraised points for MANUAL and bonus leaves
     * @param notApplicable the appraiser's decision on "không áp dụng"
     * @param comment       the reviewer's comment (ý kiến thẩm định)
     */
    @Schema(name = "ParAppraisalEntry", description = "Appraised leaf (điểm thẩm định); replaces the self score of that leaf")
    public record AppraisalEntry(String code, BigDecimal value, BigDecimal score, Boolean notApplicable, String comment) {
    }

    /** @param entries every appraised leaf; the PUT replaces the whole appraisal layer */
    @Schema(name = "ParAppraisal")
    public record Appraisal(List<AppraisalEntry> entries) {
    }

    /**
     * One SURVEY leaf.
     *
     * @param code  leaf code
     * @param score points from the survey
     * @param note  where they come from
     */
    @Schema(name = "ParSurveyEntry", description = "Points of a SURVEY leaf (điểm điều tra xã hội học)")
    public record SurveyEntry(String code, BigDecimal score, String note) {
    }

    /** @param entries every survey leaf; the PUT replaces the whole survey layer */
    @Schema(name = "ParSurveyScores")
    public record SurveyScores(List<SurveyEntry> entries) {
    }

    /**
     * The officially published result, stored beside the computed one.
     *
     * @param index       published index in per cent, 0–100 (e.g. 91.43)
     * @param points      published points, optional
     * @param rank        published rank, optional
     * @param band        published group, optional
     * @param source      where it was published
     * @param publishedOn publication day
     */
    @Schema(name = "ParOfficialResult", description = "Officially published result (kết quả công bố)")
    public record OfficialResult(BigDecimal index, BigDecimal points, Integer rank, String band, String source,
                                 LocalDate publishedOn) {
    }
}
