package vn.cchc.report.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 18);

    @Test
    void theDueDateEndsAtMidnightInHanoiNotUtc() {
        // 18/3 23:30 in Hà Nội is 16:30 UTC: on time
        assertEquals(Timeliness.ON_TIME, Timeliness.ofSubmission(Instant.parse("2026-03-18T16:30:00Z"), DUE));
        // 19/3 00:30 in Hà Nội is still 18/3 17:30 UTC: late
        assertEquals(Timeliness.LATE, Timeliness.ofSubmission(Instant.parse("2026-03-18T17:30:00Z"), DUE));
        assertEquals(Timeliness.ON_TIME, Timeliness.ofSubmission(Instant.parse("2026-03-01T02:00:00Z"), DUE));
    }

    @Test
    void notSubmittedIsPendingUntilTheDueDateHasPassed() {
        assertEquals(Timeliness.PENDING, Timeliness.of(null, DUE, DUE));
        assertEquals(Timeliness.OVERDUE, Timeliness.of(null, DUE, DUE.plusDays(1)));
        // once submitted, the day of submission decides, whatever today is
        assertEquals(Timeliness.ON_TIME, Timeliness.of(Instant.parse("2026-03-10T02:00:00Z"), DUE, LocalDate.of(2026, 11, 29)));
    }
}
