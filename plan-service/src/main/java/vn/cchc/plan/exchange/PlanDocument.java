package vn.cchc.plan.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.plan.PlanStatus;
import vn.cchc.plan.target.TargetMeasure;
import vn.cchc.plan.task.TaskStatus;

/**
 * A whole plan in the exchange format {@code cchc-plan/1}: what {@code POST /api/v1/plans/import}
 * reads and {@code GET /api/v1/plans/{id}/export} writes, so that an export re-imports to an equal
 * plan. Also the format of the transcribed seed plans in {@code deploy/demo/plans/}.
 *
 * @param format         always {@value #FORMAT}
 * @param unitCode       the issuing unit (đơn vị ban hành), e.g. HN-BADINH
 * @param year           plan year
 * @param title          title as written
 * @param documentNumber số văn bản, null while a draft
 * @param documentDate   ngày ban hành, null while a draft
 * @param issuer         the issuing body as written, e.g. "Ủy ban nhân dân phường Ba Đình"
 * @param status         DRAFT, ISSUED or CLOSED
 * @param parent         the plan it concretises (unit and year), or null
 * @param source         where it came from (a file name)
 * @param groups         groups of targets and tasks in document order
 * @param targets        targets in document order
 * @param tasks          tasks in document order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanDocument", description = "A whole plan (kế hoạch CCHC) in the exchange format cchc-plan/1")
public record PlanDocument(
        @Schema(example = "cchc-plan/1", required = true) String format,
        @Schema(example = "HN-BADINH", required = true) String unitCode,
        @Schema(example = "2026", required = true) Integer year,
        @Schema(example = "Kế hoạch Cải cách hành chính nhà nước năm 2026 của phường Ba Đình", required = true) String title,
        @Schema(description = "Document number (số văn bản); null in a draft") String documentNumber,
        @Schema(description = "Issue date (ngày ban hành); null in a draft") LocalDate documentDate,
        @Schema(description = "Issuing body (cơ quan ban hành)", example = "Ủy ban nhân dân phường Ba Đình") String issuer,
        PlanStatus status,
        @Schema(description = "The plan this one concretises (kế hoạch cấp trên)") PlanRef parent,
        String source,
        List<GroupDoc> groups,
        List<TargetDoc> targets,
        List<TaskDoc> tasks) {

    /** The format tag this version reads and writes. */
    public static final String FORMAT = "cchc-plan/1";

    /**
     * @param unitCode unit of the parent plan
     * @param year     its year
     */
    @Schema(name = "PlanRef", description = "The plan of a unit and year (kế hoạch của đơn vị, năm)")
    public record PlanRef(@Schema(example = "HN") String unitCode, @Schema(example = "2026") Integer year) {
    }

    /**
     * @param key   the document's number for the group, e.g. "1"
     * @param area  the reform area, or null for a group of the plan's own
     * @param label the label as written (tên nhóm nhiệm vụ)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanGroupDoc", description = "A group of targets and tasks as the document numbers and labels it (nhóm nhiệm vụ)")
    public record GroupDoc(@Schema(description = "The document's numbering (số thứ tự nhóm)", example = "3") String key,
                           @Schema(description = "Reform area (lĩnh vực CCHC); absent for a group of the plan's own") ReformArea area,
                           @Schema(description = "Label as written (tên nhóm)", example = "Cải cách thủ tục hành chính") String label) {
    }

    /**
     * @param ref       unique within the plan, e.g. "T3"
     * @param group     key of its group
     * @param text      the sentence verbatim (chỉ tiêu kết quả cần đạt được)
     * @param parentRef ref of the parent plan's target it derives from, or null
     * @param measures  structured measures; null on import means "parse the sentence"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetDoc", description = "A target (chỉ tiêu kết quả cần đạt được) in a plan document")
    public record TargetDoc(@Schema(description = "Unique within the plan", example = "T2") String ref,
                            @Schema(description = "Group key; absent for a plan-wide target", example = "1") String group,
                            @Schema(description = "The sentence verbatim (nội dung chỉ tiêu)",
                                    example = "Chỉ số SIPAS của Thành phố đạt tối thiểu 86%") String text,
                            @Schema(description = "Ref of the parent plan's target it derives from (chỉ tiêu cấp trên)") String parentRef,
                            @Schema(description = "Structured measures; absent on import = parse the sentence") List<TargetMeasure> measures) {
    }

    /**
     * @param ref         unique within the plan, e.g. "12" or "3.2"
     * @param group       key of its group
     * @param number      TT as written
     * @param title       the task (nhiệm vụ) as written
     * @param outputs     outputs (sản phẩm)
     * @param leader      leader in charge (lãnh đạo chủ trì), a role
     * @param assignments lead/coordinators/deadline combinations, at least one
     * @param parentRef   ref of the parent plan's task it concretises, or null
     * @param status      execution status; null on import means NOT_STARTED
     * @param progress    percent done; null on import means 0
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TaskDoc", description = "A task (nhiệm vụ) in a plan document: one row of the appendix")
    public record TaskDoc(@Schema(description = "Unique within the plan", example = "12") String ref,
                          @Schema(description = "Group key (nhóm)", example = "1") String group,
                          @Schema(description = "TT as written (số thứ tự)", example = "12") String number,
                          @Schema(description = "The task as written (nhiệm vụ)",
                                  example = "Xây dựng Kế hoạch và tổ chức Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính lần thứ III năm 2026") String title,
                          @Schema(description = "Outputs (sản phẩm)") List<OutputDoc> outputs,
                          @Schema(description = "Leader in charge, a role (lãnh đạo chủ trì)", example = "Phó Chủ tịch UBND Thành phố phụ trách") String leader,
                          @Schema(description = "Lead, coordinators and deadline; at least one (phân công)") List<AssignmentDoc> assignments,
                          @Schema(description = "Ref of the parent plan's task it concretises (nhiệm vụ cấp trên)") String parentRef,
                          @Schema(description = "Status (tình trạng); absent on import = NOT_STARTED") TaskStatus status,
                          @Schema(description = "Percent done (tiến độ, %)", example = "0") Integer progress) {
    }

    /**
     * @param name     output (sản phẩm), e.g. "Kế hoạch"
     * @param deadline its own milestone as written, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OutputDoc", description = "An output of a task (sản phẩm) with its own milestone when the document gives one")
    public record OutputDoc(@Schema(description = "Output as written (sản phẩm)", example = "Ban hành Kế hoạch") String name,
                            @Schema(description = "Its own milestone as written (mốc thời gian)", example = "Tháng 3/2026") String deadline) {
    }

    /**
     * @param lead         lead units (cơ quan chủ trì) as written
     * @param coordinators coordinating units (cơ quan phối hợp) as written
     * @param deadline     thời gian hoàn thành as written
     */
    @Schema(name = "AssignmentDoc", description = "Who leads, who coordinates, by when (phân công thực hiện)")
    public record AssignmentDoc(
            @Schema(description = "Lead units as written (cơ quan chủ trì)", example = "[\"Sở Nội vụ\"]") List<String> lead,
            @Schema(description = "Coordinating units as written (cơ quan phối hợp)", example = "[\"Sở, Ban, Ngành\", \"UBND các xã, phường\"]") List<String> coordinators,
            @Schema(description = "Deadline as written (thời gian hoàn thành)", example = "Quý I/2026") String deadline) {
    }
}
