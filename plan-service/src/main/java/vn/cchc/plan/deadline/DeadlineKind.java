package vn.cchc.plan.deadline;

/**
 * What kind of promise a deadline cell ("thời gian hoàn thành") makes, as read by {@link DeadlineParser}.
 * Each constant names the fields of {@link Deadline} it sets; the forms quoted are those of the 2026 plans
 * in {@code shared/seeds/} (Hà Nội, phường Ba Đình, phường Hải Dương).
 */
public enum DeadlineKind {

    /**
     * A date by which the task is done: {@code dueDate} is set; {@code windowStart}/{@code windowEnd}
     * describe the named month, quarter, half-year or year when the cell names one (else null).
     * Forms: "Tháng 02/2026", "Chậm nhất tháng 9/2026", "Quý I/2026", "Quý I năm 2026", "Năm 2026",
     * "6 tháng đầu năm 2026", "30/6/2026", "Trước ngày 15/01/2026" (due the 14th: <em>before</em> the 15th).
     */
    DUE_DATE,

    /**
     * A span of work: {@code windowStart} and {@code windowEnd} are set and {@code dueDate = windowEnd}.
     * Forms: "Từ tháng 3/2026 đến tháng 12/2026", "Tháng 01/2026 đến tháng 5/2026", "Cả năm 2026",
     * "Cả năm" (plan year), "Quý III,IV/2026".
     */
    WINDOW,

    /**
     * Work that repeats and has no single due date: {@code recurrence} is set, {@code dueDate} is null.
     * Forms: "Thường xuyên", "Định kỳ tháng cuối quý", "Báo cáo kết quả thực hiện (lồng ghép trong kỳ
     * Báo cáo CCHC)".
     */
    RECURRING,

    /**
     * Due once an event is recorded: {@code event} (an event key such as {@link Deadline#EVENT_PLAN_ISSUED})
     * and {@code offsetDays} (calendar days after the event, 0 for "ngay sau") are set; {@code dueDate} is
     * null until the caller knows the event's date ({@link Deadline#dueAfterEvent}). Forms: "Chậm nhất 20
     * ngày kể từ ngày Quyết định này được UBND Thành phố ký ban hành", "Ngay sau công bố kết quả Chỉ số
     * PAR INDEX, SIPAS của Bộ Nội vụ".
     */
    RELATIVE,

    /**
     * Follows the deadline of the parent (city) plan, a sector regulation or a roadmap that already
     * exists; {@code dueDate} is null (the parent's task decides), and {@code windowStart}/{@code windowEnd}
     * hold the expected window when the cell gives one. Forms: "Theo Kế hoạch của Thành phố",
     * "Theo Kế hoạch của Thành phố (dự kiến quý I/2026)", "Theo quy định của ngành".
     */
    INHERITED,

    /**
     * No date until the level above directs or issues guidance; {@code dueDate} is null. Forms:
     * "Theo chỉ đạo của UBND Thành phố", "Theo yêu cầu của thành phố", "Khi có hướng dẫn của thành phố",
     * "Khi có văn bản triển khai", "Theo Thông tư của Bộ, Ngành và chỉ đạo của Thành phố".
     */
    AWAITING_DIRECTIVE,

    /**
     * A cell that combines several deadlines on "- " lines or line breaks: {@code parts} holds each
     * parsed line in order, {@code dueDate} is the earliest due date among the parts that have one (null
     * when none has). Form: "- Tháng 6/2026 - Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)".
     */
    COMPOSITE,

    /** Text that could not be read; nothing is guessed and only {@code text} is kept (flag it). */
    UNPARSED
}
