package vn.cchc.plan.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/tasks/{id}/updates}: a dated progress report (báo cáo tiến độ) with
 * evidence (tài liệu kiểm chứng). It moves the task's progress and status; the history is kept.
 *
 * @param reportedOn     date of the report; today when absent; never in the future
 * @param progress       percent done, 0..100
 * @param status         new status; DONE needs progress 100
 * @param note           what was done (kết quả thực hiện)
 * @param evidenceNumber document number of the evidence, e.g. "25/KH-UBND"
 * @param evidenceDate   its date
 * @param evidenceUrl    a link to it
 */
@Schema(name = "ProgressReport", description = "A progress report on a task (báo cáo tiến độ) with evidence")
public record ProgressReport(
        @PastOrPresent LocalDate reportedOn,
        @NotNull @Min(0) @Max(100) @Schema(example = "100") Integer progress,
        @NotNull @Schema(example = "DONE") TaskStatus status,
        @Size(max = 10_000) @Schema(example = "Đã ban hành Kế hoạch tuyên truyền CCHC năm 2026") String note,
        @Size(max = 100) @Schema(example = "25/KH-UBND") String evidenceNumber,
        @PastOrPresent LocalDate evidenceDate,
        @Size(max = 2048) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) link") String evidenceUrl) {
}
