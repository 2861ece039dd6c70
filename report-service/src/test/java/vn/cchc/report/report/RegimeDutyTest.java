package vn.cchc.report.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.report.regime.ReportingPeriod;
import vn.cchc.report.regime.ReportingRegime;

class RegimeDutyTest {

    private static ReportingRegime regime(String issuer, List<String> owedBy) {
        ReportingRegime r = new ReportingRegime();
        r.unitCode = issuer;
        r.year = 2026;
        r.owedBy = owedBy;
        return r;
    }

    private static ReportingPeriod period(LocalDate start, LocalDate end, LocalDate due) {
        ReportingPeriod p = new ReportingPeriod();
        p.code = "2026-Q1";
        p.windowStart = start;
        p.windowEnd = end;
        p.dueDate = due;
        return p;
    }

    @Test
    void aRegimeIsOwedByTheIssuersChildrenOrByTheUnitsItNames() {
        ReportingRegime city = regime("HN", null);
        assertTrue(RegimeDuty.owes(city, List.of("HN", "HN-BADINH")));
        assertFalse(RegimeDuty.owes(city, List.of("HN", "HN-BADINH", "HN-BADINH-VHXH")), "a ward's division reports to the ward");
        assertFalse(RegimeDuty.owes(city, List.of("HN")), "the issuer does not owe its own regime");
        assertFalse(RegimeDuty.owes(city, List.of("HP", "HP-HAIDUONG")));
        ReportingRegime ministry = regime("HN", List.of("HN-SNV", "HN-STP"));
        assertTrue(RegimeDuty.owes(ministry, List.of("HN", "HN-SNV")));
        assertFalse(RegimeDuty.owes(ministry, List.of("HN", "HN-BADINH")));
        ReportingRegime internal = regime("HP-HAIDUONG", null);
        assertTrue(RegimeDuty.owes(internal, List.of("HP", "HP-HAIDUONG", "HP-HAIDUONG-VP")));
    }

    @Test
    void cutOffIsTheWindowEndOrTheDueDateButNeverAfterToday() {
        ReportingPeriod q1 = period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 18));
        assertEquals(LocalDate.of(2026, 3, 14), RegimeDuty.cutOff(q1, LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 3, 1), RegimeDuty.cutOff(q1, LocalDate.of(2026, 3, 1)));
        ReportingPeriod noWindow = period(null, null, LocalDate.of(2026, 3, 9));
        assertEquals(LocalDate.of(2026, 3, 9), RegimeDuty.cutOff(noWindow, LocalDate.of(2026, 11, 29)));
    }

    @Test
    void theYearStartsOnTheRegimesFifteenthOfDecemberOrOnTheFirstOfJanuary() {
        ReportingRegime hn = regime("HN", null);
        hn.periods.add(period(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 18)));
        hn.periods.add(period(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 18)));
        assertEquals(LocalDate.of(2025, 12, 15), RegimeDuty.yearFrom(hn));
        ReportingRegime hp = regime("HP", null);
        hp.periods.add(period(null, null, LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 1, 1), RegimeDuty.yearFrom(hp));
    }
}
