package vn.cchc.report.content;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One task of the plan as it stood at the cut-off end.
 *
 * @param taskId   task id in plan-service
 * @param number   TT as written in the plan
 * @param title    the task (nhiệm vụ) as written
 * @param outputs  outputs (sản phẩm) as written
 * @param leads    lead units (cơ quan chủ trì) as written
 * @param dueDate  earliest due date, may be null
 * @param status   NOT_STARTED, IN_PROGRESS, DONE, CANCELLED (chưa triển khai, đang thực hiện, hoàn thành, không thực hiện)
 * @param progress percent done (tiến độ, %)
 * @param overdue  overdue at the cut-off end (quá hạn)
 */
@Schema(name = "ReportTaskLine", description = "Một nhiệm vụ tại thời điểm chốt số liệu")
public record TaskLine(long taskId, String number, String title, List<String> outputs, List<String> leads, LocalDate dueDate,
                       String status, int progress, boolean overdue) {
}
