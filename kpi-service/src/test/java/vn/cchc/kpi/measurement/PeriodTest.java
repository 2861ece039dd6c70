package vn.cchc.kpi.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.kpi.indicator.PeriodType;

/** Period labels, their calendar dates, which indicator types take them and which windows fit them. */
class PeriodTest {

    @Test
    void labelsAndCalendarDates() {
        assertEquals(new Period("2026-03", PeriodKind.MONTH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), Period.parse("2026-03"));
        assertEquals(new Period("2024-02", PeriodKind.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), Period.parse("2024-02"));
        assertEquals(new Period("2026-Q1", PeriodKind.QUARTER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), Period.parse("2026-Q1"));
        assertEquals(new Period("2026-Q4", PeriodKind.QUARTER, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), Period.parse("2026-Q4"));
        assertEquals(new Period("2026-H2", PeriodKind.HALF_YEAR, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), Period.parse("2026-H2"));
        assertEquals(new Period("2026", PeriodKind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Period.parse("2026"));
    }

    @Test
    void badLabelsAreRefused() {
        for (String bad : new String[]{"2026-13", "2026-Q5", "2026-H3", "26", "2026-3", "Q1-2026", "1999", "2026-q1", "", "2026-00"}) {
            assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }

    @Test
    void anIndicatorTakesItsPeriodOrLonger() {
        assertTrue(PeriodKind.MONTH.fits(PeriodType.MONTH));
        assertTrue(PeriodKind.HALF_YEAR.fits(PeriodType.QUARTER));
        assertTrue(PeriodKind.YEAR.fits(PeriodType.QUARTER));
        assertFalse(PeriodKind.MONTH.fits(PeriodType.QUARTER));
        assertFalse(PeriodKind.QUARTER.fits(PeriodType.YEAR));
        assertTrue(PeriodKind.YEAR.fits(PeriodType.YEAR));
    }

    @Test
    void cutOffWindowsFitTheirPeriods() {
        Period q1 = Period.parse("2026-Q1");
        assertTrue(q1.admitsWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14)));
        assertTrue(Period.parse("2026-H1").admitsWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
        assertTrue(Period.parse("2026").admitsWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
        assertTrue(Period.parse("2026-03").admitsWindow(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 14)));
        // ends after the quarter, or starts more than a month before it, or ends before it starts
        assertFalse(q1.admitsWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 14)));
        assertFalse(q1.admitsWindow(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 3, 14)));
        assertFalse(q1.admitsWindow(LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 31)));
    }
}
