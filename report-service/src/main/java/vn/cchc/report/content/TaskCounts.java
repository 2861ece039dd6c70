package vn.cchc.report.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tasks per status as of the cut-off end (from plan-service's task summary).
 *
 * @param total            tasks (tổng số nhiệm vụ)
 * @param done             hoàn thành
 * @param inProgress       đang thực hiện
 * @param notStarted       chưa triển khai
 * @param cancelled        không thực hiện
 * @param overdue          quá hạn: due on or before the cut-off end and not done then
 * @param outputsDelivered outputs (sản phẩm) of the tasks done; 0 when the tasks were not listed
 */
@Schema(name = "ReportTaskCounts", description = "Số nhiệm vụ: hoàn thành, đang thực hiện, chưa triển khai, quá hạn; sản phẩm đã hoàn thành")
public record TaskCounts(long total, long done, long inProgress, long notStarted, long cancelled, long overdue, long outputsDelivered) {

    /** No tasks. */
    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0, 0, 0);
}
