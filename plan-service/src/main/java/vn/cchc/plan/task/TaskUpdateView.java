package vn.cchc.plan.task;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored progress report. */
@Schema(name = "TaskUpdate", description = "A progress report on a task (báo cáo tiến độ)")
public record TaskUpdateView(long id, LocalDate reportedOn, int progress, TaskStatus status, String note,
                             String evidenceNumber, LocalDate evidenceDate, String evidenceUrl,
                             @Schema(description = "Who reported, from the token") String createdBy, Instant createdAt) {

    static TaskUpdateView of(TaskUpdate u) {
        return new TaskUpdateView(u.id, u.reportedOn, u.progress, u.status, u.note, u.evidenceNumber, u.evidenceDate,
                u.evidenceUrl, u.createdBy, u.createdAt);
    }
}
