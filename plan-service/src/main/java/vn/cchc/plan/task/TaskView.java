package vn.cchc.plan.task;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.area.ReformArea;

/** A task as the API returns it, with its assignments and outputs. */
@Schema(name = "Task", description = "A task of a plan (nhiệm vụ) with outputs, lead and coordinating units and deadlines")
public record TaskView(
        @Schema(example = "5012") long id,
        @Schema(description = "Plan id") long planId,
        @Schema(description = "Unit whose plan it is", example = "HN-BADINH") String unitCode,
        @Schema(example = "2026") int year,
        @Schema(description = "Group key in the plan", example = "1") String group,
        @Schema(description = "Reform area (lĩnh vực); absent for a group of the plan's own") ReformArea area,
        @Schema(description = "Unique within the plan", example = "12") String ref,
        @Schema(description = "TT as written", example = "12") String number,
        @Schema(description = "The task (nhiệm vụ) as written", example = "Ban hành Kế hoạch tuyên truyền CCHC năm 2026") String title,
        @Schema(description = "Leader in charge (lãnh đạo chủ trì), a role", example = "Phó Chủ tịch UBND phường phụ trách theo lĩnh vực") String leader,
        @Schema(description = "Outputs (sản phẩm)") List<OutputView> outputs,
        @Schema(description = "Assignments: lead, coordinators, deadline") List<AssignmentView> assignments,
        @Schema(description = "Status (tình trạng)") TaskStatus status,
        @Schema(description = "Percent done (tiến độ, %)", example = "40") int progress,
        @Schema(description = "Earliest concrete due date of its assignments and outputs (hạn hoàn thành)") LocalDate dueDate,
        @Schema(description = "True when past dueDate and not done (quá hạn)") boolean overdue,
        @Schema(description = "True when a deadline could not be read and is kept as text only") boolean deadlineFlagged,
        @Schema(description = "Id of the parent plan's task it concretises") Long parentId,
        @Schema(description = "Version for If-Match") long version,
        Instant updatedAt) {

    /**
     * @param name     the output as written
     * @param deadline its own milestone as written, if any
     * @param parsed   the parsed milestone (Deadline JSON)
     * @param dueDate  its concrete due date, if any
     */
    public record OutputView(String name, String deadline, @JsonRawValue @Schema(implementation = Object.class) String parsed,
                             LocalDate dueDate) {
    }

    /**
     * @param lead         lead units (cơ quan chủ trì)
     * @param coordinators coordinating units (cơ quan phối hợp)
     * @param deadline     thời gian hoàn thành as written
     * @param parsed       its parsed form (Deadline JSON: kind, window, due date, recurrence, event)
     * @param dueDate      its concrete due date, if any
     */
    public record AssignmentView(List<PartyView> lead, List<PartyView> coordinators, String deadline,
                                 @JsonRawValue @Schema(implementation = Object.class) String parsed, LocalDate dueDate) {
    }

    /**
     * @param name     the name as written
     * @param unitCode the registry unit it matched, absent when it is no single unit
     */
    public record PartyView(@Schema(example = "Phòng Văn hóa - Xã hội") String name,
                            @Schema(example = "HN-BADINH-VHXH") String unitCode) {
    }

    /**
     * @param t     a task
     * @param today the date overdue is judged against
     * @return its view
     */
    public static TaskView of(Task t, LocalDate today) {
        boolean open = t.status != TaskStatus.DONE && t.status != TaskStatus.CANCELLED;
        return new TaskView(t.id, t.plan.id, t.plan.unit.code, t.plan.year, t.group.key, t.group.area, t.ref, t.number,
                t.title, t.leader,
                t.outputs.stream().map(o -> new OutputView(o.name, o.deadlineText, o.deadline, o.dueDate)).toList(),
                t.assignments.stream().map(TaskView::assignment).toList(),
                t.status, t.progress, t.dueDate, open && t.dueDate != null && t.dueDate.isBefore(today),
                t.deadlineFlagged, t.parent == null ? null : t.parent.id, t.version, t.updatedAt);
    }

    private static AssignmentView assignment(TaskAssignment a) {
        return new AssignmentView(parties(a, PartyRole.LEAD), parties(a, PartyRole.COORDINATOR), a.deadlineText,
                a.deadline, a.dueDate);
    }

    private static List<PartyView> parties(TaskAssignment a, PartyRole role) {
        return a.parties.stream().filter(p -> p.role == role)
                .map(p -> new PartyView(p.name, p.unit == null ? null : p.unit.code)).toList();
    }
}
