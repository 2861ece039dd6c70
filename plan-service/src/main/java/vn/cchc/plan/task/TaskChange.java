package vn.cchc.plan.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.exchange.PlanDocument;

/**
 * Body of {@code PUT /api/v1/tasks/{id}}: the task as the plan now states it (điều chỉnh nhiệm vụ).
 * Outputs and assignments are replaced as a whole; status and progress change only through progress
 * reports.
 *
 * @param number      TT as written
 * @param title       the task as written
 * @param outputs     outputs (sản phẩm)
 * @param leader      leader in charge (lãnh đạo chủ trì)
 * @param assignments lead and coordinating units with their deadline, at least one
 * @param reason      why the plan changes (lý do điều chỉnh), kept with the revision
 */
@Schema(name = "TaskChange", description = "A task as the adjusted plan states it (điều chỉnh nhiệm vụ)")
public record TaskChange(
        @Size(max = 16) @Schema(example = "5") String number,
        @NotNull @Schema(example = "Ban hành Kế hoạch tuyên truyền CCHC năm 2026") String title,
        List<PlanDocument.OutputDoc> outputs,
        @Schema(example = "Phó Chủ tịch UBND phường phụ trách theo lĩnh vực") String leader,
        @NotNull List<PlanDocument.AssignmentDoc> assignments,
        @Size(max = 1000) @Schema(example = "Điều chỉnh thời hạn theo chỉ đạo của UBND Thành phố") String reason) {
}
