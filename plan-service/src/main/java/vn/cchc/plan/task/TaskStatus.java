package vn.cchc.plan.task;

/** Execution status of a task (tình trạng thực hiện). */
public enum TaskStatus {
    /** Chưa triển khai. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Hoàn thành. */
    DONE,
    /** Không thực hiện (dropped by a plan revision). */
    CANCELLED
}
