package vn.cchc.plan.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline cell of a plan's task table ("thời gian hoàn thành"), as written and as read by
 * {@link DeadlineParser}. Immutable. Which fields are set depends on {@link #kind()}; fields that do not
 * apply are null (see each {@link DeadlineKind} constant).
 *
 * @param text        the cell as given to the parser (verbatim, for the top level; the normalised line,
 *                    for a part of a composite); never null ("" for a missing cell)
 * @param kind        what the cell promises; {@link DeadlineKind#UNPARSED} when it could not be read
 * @param windowStart first day of the month, quarter, half-year, year or span the cell names; for
 *                    {@link DeadlineKind#INHERITED} and {@link DeadlineKind#AWAITING_DIRECTIVE} the
 *                    expected ("dự kiến") window; null when none
 * @param windowEnd   last day of that window (inclusive); null when none
 * @param dueDate     the last day on which the work is on time (inclusive); null for recurring,
 *                    relative, inherited, awaiting and unparsed cells
 * @param recurrence  how a {@link DeadlineKind#RECURRING} task repeats; null otherwise
 * @param event       for {@link DeadlineKind#RELATIVE}: the event key ({@link #EVENT_PLAN_ISSUED},
 *                    {@link #EVENT_PAR_SIPAS_PUBLISHED}); null otherwise
 * @param offsetDays  for {@link DeadlineKind#RELATIVE}: calendar days after the event (0 for "ngay sau");
 *                    null otherwise
 * @param parts       for {@link DeadlineKind#COMPOSITE}: each line of the cell, parsed, in order; an empty
 *                    list otherwise (never null)
 */
public record Deadline(
        String text,
        DeadlineKind kind,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate dueDate,
        Recurrence recurrence,
        String event,
        Integer offsetDays,
        List<Deadline> parts) {

    /**
     * Event key: the plan (or the decision issuing it) is signed, e.g. "Chậm nhất 20 ngày kể từ ngày
     * Quyết định này được UBND Thành phố ký ban hành".
     */
    public static final String EVENT_PLAN_ISSUED = "PLAN_ISSUED";

    /**
     * Event key: the PAR INDEX and/or SIPAS results are published, e.g. "Ngay sau công bố kết quả Chỉ số
     * PAR INDEX, SIPAS của Bộ Nội vụ".
     */
    public static final String EVENT_PAR_SIPAS_PUBLISHED = "PAR_SIPAS_PUBLISHED";

    /**
     * Canonical constructor: copies {@code parts} so that the record stays immutable.
     *
     * @throws NullPointerException when {@code text} or {@code kind} is null
     */
    public Deadline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /**
     * A cell that could not be read: nothing but the text is kept.
     *
     * @param text the cell as written; null is kept as ""
     * @return an {@link DeadlineKind#UNPARSED} deadline
     */
    public static Deadline unparsed(String text) {
        return new Deadline(text == null ? "" : text, DeadlineKind.UNPARSED,
                null, null, null, null, null, null, List.of());
    }

    /**
     * Whether the parser understood the cell.
     *
     * @return false for {@link DeadlineKind#UNPARSED} and for a {@link DeadlineKind#COMPOSITE} with any part
     *         not understood (the caller then flags the cell for a person to read); true otherwise
     */
    public boolean understood() {
        if (kind == DeadlineKind.UNPARSED) {
            return false;
        }
        return kind != DeadlineKind.COMPOSITE || parts.stream().allMatch(Deadline::understood);
    }

    /**
     * The date from which "overdue" is computed.
     *
     * @return {@link #dueDate()} when set (due-date, window and composite cells with a dated part); empty
     *         for recurring, relative, inherited (the parent's task decides: an expected "dự kiến" window
     *         is an estimate, not this task's promise), awaiting-directive and unparsed cells
     */
    public Optional<LocalDate> effectiveDue() {
        return Optional.ofNullable(dueDate);
    }

    /**
     * Resolves a {@link DeadlineKind#RELATIVE} deadline once its event has happened.
     *
     * @param eventDate the day the event ({@link #event()}) was recorded, e.g. the plan's signing date
     * @return {@code eventDate + offsetDays}; empty when this is not a relative deadline or
     *         {@code eventDate} is null
     */
    public Optional<LocalDate> dueAfterEvent(LocalDate eventDate) {
        if (kind != DeadlineKind.RELATIVE || eventDate == null || offsetDays == null) {
            return Optional.empty();
        }
        return Optional.of(eventDate.plusDays(offsetDays));
    }
}
