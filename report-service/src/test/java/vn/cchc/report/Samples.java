package vn.cchc.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.report.content.ReportHeader;
import vn.cchc.report.source.Evaluation;
import vn.cchc.report.source.TaskSummary;

/**
 * Source answers shaped like plan-service's and kpi-service's, with rows from Ba Đình's real 2026 plan
 * (deploy/demo/plans/HN-BADINH-2026.json), for the assembler's tests and the fake services.
 */
public final class Samples {

    private Samples() {
    }

    /** @return Ba Đình's tasks as of 14/3/2026: one area-1 task done, one procedures task overdue, one digital task upcoming */
    public static TaskSummary.UnitTasks badinhTasks() {
        return new TaskSummary.UnitTasks("HN-BADINH", "Phường Ba Đình", new TaskSummary.Counts(4, 1, 1, 2, 0, 1), List.of(), List.of(
                new TaskSummary.TaskItem(101, "1", "1", "DIRECTION",
                        "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của phường Ba Đình",
                        List.of("Kế hoạch"), List.of("Phòng Văn hóa - Xã hội"), LocalDate.of(2026, 1, 31), "DONE", 100, false),
                new TaskSummary.TaskItem(102, "2", "2", "DIRECTION", "Ban hành Kế hoạch tuyên truyền CCHC năm 2026",
                        List.of("Kế hoạch", "Báo cáo"), List.of("Phòng Văn hóa - Xã hội"), LocalDate.of(2026, 12, 31), "IN_PROGRESS", 40, false),
                new TaskSummary.TaskItem(120, "20", "20", "PROCEDURES",
                        "Tiếp tục đẩy mạnh ủy quyền giải quyết TTHC theo yêu cầu tại Nghị quyết 20/NQ-HĐND ngày 06/7/2023 của HĐND Thành phố",
                        List.of("Báo cáo"), List.of("Văn phòng HĐND và UBND"), LocalDate.of(2026, 3, 1), "NOT_STARTED", 0, true),
                new TaskSummary.TaskItem(140, "40", "40", "DIGITAL_GOVERNMENT", "Số hóa hồ sơ, kết quả giải quyết TTHC",
                        List.of("Báo cáo"), List.of("Văn phòng HĐND và UBND"), LocalDate.of(2026, 4, 30), "NOT_STARTED", 0, false)));
    }

    /** @return Ba Đình's targets judged: on-time dossiers at risk, SIPAS without data, one flagged target */
    public static Evaluation badinhEvaluation() {
        return new Evaluation("HN-BADINH", 2026, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), List.of(
                new Evaluation.Target(501, "T5", "3", "PROCEDURES", "100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn", false, List.of(
                        new Evaluation.Measure("100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn", "AT_LEAST", new BigDecimal("100"),
                                "PERCENT", "TTHC_ON_TIME", "AT_RISK", new BigDecimal("99.1667"), new BigDecimal("2380"), new BigDecimal("2400"),
                                new BigDecimal("-0.8333"), "year-to-date 99.1667 < 100 with the year not over"))),
                new Evaluation.Target(502, "T1", null, null, "Chỉ số hài lòng của người dân (SIPAS) đạt tối thiểu 86%", false, List.of(
                        new Evaluation.Measure("SIPAS đạt tối thiểu 86%", "AT_LEAST", new BigDecimal("86"), "PERCENT", "SIPAS", "NO_DATA",
                                null, null, null, null, "no measurement in the window"))),
                new Evaluation.Target(503, "T9", "7", "DIGITAL_GOVERNMENT", "Phấn đấu xếp trong nhóm các phường đứng đầu", true, List.of(
                        new Evaluation.Measure("xếp trong nhóm đứng đầu", "TOP_GROUP", null, null, null, "NOT_EVALUABLE", null, null, null,
                                null, "group size unstated")))));
    }

    /** @return a header of Ba Đình's Q1 2026 report */
    public static ReportHeader badinhQ1Header() {
        return new ReportHeader("HN-BADINH", "Phường Ba Đình", "HN", 1, "CCHC", "Chế độ báo cáo CCHC định kỳ năm 2026", null, 2026, "2026-Q1",
                "Báo cáo Quý 1", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 18), LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 3, 14), Instant.parse("2026-03-15T01:00:00Z"));
    }
}
