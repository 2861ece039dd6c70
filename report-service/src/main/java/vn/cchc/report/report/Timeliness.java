package vn.cchc.report.report;

import java.time.Instant;
import java.time.LocalDate;
import vn.cchc.common.time.VietnamTime;

/**
 * Whether a report came in time (đúng hạn / trễ hạn), judged in Vietnam time (plain Java;
 * {@code TimelinessTest}): submitted on or before the due date is on time, any later day is late; a
 * report not submitted yet is pending until the due date has passed, then overdue.
 */
public enum Timeliness {
    /** Submitted on or before the due date (đúng hạn). */
    ON_TIME,
    /** Submitted after the due date (trễ hạn). */
    LATE,
    /** Not submitted, due date not passed (chưa đến hạn). */
    PENDING,
    /** Not submitted, due date passed (quá hạn chưa nộp). */
    OVERDUE;

    /**
     * @param submittedAt when it was first submitted
     * @param dueDate     the period's due date
     * @return ON_TIME or LATE
     */
    public static Timeliness ofSubmission(Instant submittedAt, LocalDate dueDate) {
        LocalDate day = submittedAt.atZone(VietnamTime.ZONE).toLocalDate();
        return day.isAfter(dueDate) ? LATE : ON_TIME;
    }

    /**
     * @param firstSubmittedAt first submission, null when none yet
     * @param dueDate          the period's due date
     * @param today            today in Vietnam
     * @return the timeliness as of today
     */
    public static Timeliness of(Instant firstSubmittedAt, LocalDate dueDate, LocalDate today) {
        if (firstSubmittedAt != null) {
            return ofSubmission(firstSubmittedAt, dueDate);
        }
        return today.isAfter(dueDate) ? OVERDUE : PENDING;
    }
}
