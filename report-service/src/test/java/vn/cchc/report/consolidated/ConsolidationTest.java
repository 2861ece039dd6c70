package vn.cchc.report.consolidated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.report.report.Report;
import vn.cchc.report.report.ReportStatus;
import vn.cchc.report.report.Timeliness;
import vn.cchc.report.source.Evaluation;
import vn.cchc.report.source.TaskSummary;
import vn.cchc.report.source.UnitEvaluations;

class ConsolidationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 18);

    private static Report report(long id, String unit, ReportStatus status, String submitted, int version) {
        Report r = new Report();
        r.id = id;
        r.unitCode = unit;
        r.status = status;
        r.firstSubmittedAt = submitted == null ? null : Instant.parse(submitted);
        r.currentVersion = version;
        return r;
    }

    private static UnitEvaluations.UnitEvaluation eval(String unit, long met, long total, long notEvaluable, long num, long den) {
        var m = new Evaluation.Measure("c", "AT_LEAST", BigDecimal.valueOf(100), "PERCENT", "TTHC_ON_TIME", "MET", null,
                BigDecimal.valueOf(num), BigDecimal.valueOf(den), null, null);
        var again = new Evaluation.Measure("c2", "AT_LEAST", BigDecimal.valueOf(90), "PERCENT", "TTHC_ON_TIME", "MET", null,
                BigDecimal.valueOf(num), BigDecimal.valueOf(den), null, null);
        return new UnitEvaluations.UnitEvaluation(unit, unit, new UnitEvaluations.Counts(met, 0, total - met - notEvaluable, 0, notEvaluable, total),
                List.of(new Evaluation.Target(1, "T1", null, null, "t", false, List.of(m, again))));
    }

    @Test
    void wardsWithTheirTimelinessAttainmentRatioOfSumsAndRanking() {
        var children = List.of(new Consolidation.Child("HN-BADINH", "Phường Ba Đình"), new Consolidation.Child("HN-DANHOA", "Xã Dân Hòa"),
                new Consolidation.Child("HN-X", "Phường X"), new Consolidation.Child("HN-Y", "Phường Y"));
        var reports = Map.of(
                "HN-BADINH", report(7, "HN-BADINH", ReportStatus.SENT, "2026-03-17T03:00:00Z", 2),
                "HN-DANHOA", report(8, "HN-DANHOA", ReportStatus.SUBMITTED, "2026-03-20T03:00:00Z", 1),
                "HN-X", report(9, "HN-X", ReportStatus.DRAFT, null, 0));
        var tasks = Map.of("HN-BADINH", new TaskSummary.UnitTasks("HN-BADINH", "Phường Ba Đình", new TaskSummary.Counts(43, 5, 10, 28, 0, 2),
                List.of(), null));
        var evals = Map.of("HN-BADINH", eval("HN-BADINH", 3, 5, 1, 1, 1), "HN-DANHOA", eval("HN-DANHOA", 3, 4, 0, 50, 100),
                "HN-X", eval("HN-X", 3, 4, 0, 0, 0));
        var r = Consolidation.of(children, reports, tasks, evals, DUE, LocalDate.of(2026, 3, 25));

        assertEquals(new ConsolidatedView.Counts(4, 1, 1, 1, 0, 1, 1, 1, 2), r.counts());
        assertEquals(List.of(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.OVERDUE, Timeliness.OVERDUE),
                r.rows().stream().map(ConsolidatedView.UnitRow::timeliness).toList());
        assertEquals("NOT_STARTED", r.rows().get(3).status());
        assertEquals("/api/v1/reports/7/versions/2", r.rows().get(0).links().snapshot());
        assertNull(r.rows().get(2).links().snapshot(), "a draft has no version yet");
        assertEquals(43, r.rows().get(0).tasks().total());
        // 1/1 and 50/100 (each ward once, though its plan measures the indicator twice): 51/101, not the mean 75
        var onTime = r.targets().get(0);
        assertEquals("TTHC_ON_TIME", onTime.indicatorCode());
        assertEquals(new BigDecimal("50.4950"), onTime.value());
        assertEquals(2, onTime.unitsWithData());
        // 3 of 4 evaluable = 75 % for Ba Đình, Dân Hòa and X alike: they share rank 1; Y has no evaluation and is unranked
        assertEquals(List.of(1, 1, 1), r.ranking().stream().map(ConsolidatedView.Rank::rank).toList());
        assertEquals(new BigDecimal("75.00"), r.ranking().get(0).metShare());
        assertEquals(3, r.ranking().size());
    }

    @Test
    void tiesShareARankAndTheNextOneSkips() {
        var rows = List.of(row("A", 50), row("B", 80), row("C", 80), row("D", 10));
        var ranking = Consolidation.ranking(rows);
        assertEquals(List.of("B", "C", "A", "D"), ranking.stream().map(ConsolidatedView.Rank::unit).toList());
        assertEquals(List.of(1, 1, 3, 4), ranking.stream().map(ConsolidatedView.Rank::rank).toList());
    }

    private static ConsolidatedView.UnitRow row(String unit, long met) {
        return new ConsolidatedView.UnitRow(unit, unit, "SENT", Timeliness.ON_TIME, 1L, 1, null, null,
                Consolidation.attainment(new UnitEvaluations.Counts(met, 100 - met, 0, 0, 0, 100)), null);
    }
}
