package vn.cchc.report.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.report.Samples;

class ReportAssemblerTest {

    private final ReportContent content = ReportAssembler.assemble(Samples.badinhQ1Header(), Samples.badinhTasks(), Samples.badinhEvaluation());

    @Test
    void followsTheMinistrysOutline() {
        assertEquals(ReportContent.FORMAT, content.format());
        assertEquals(List.of("INSTITUTIONS", "PROCEDURES", "ORGANIZATION", "CIVIL_SERVICE", "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT"),
                content.areas().stream().map(ReportContent.AreaSection::area).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), content.areas().stream().map(ReportContent.AreaSection::number).toList());
        assertEquals("Cải cách thủ tục hành chính", content.areas().get(1).title());
    }

    @Test
    void tasksGoToTheirSectionWithStatusAsOfTheCutOff() {
        TaskFigures direction = content.direction().tasks();
        assertEquals(new TaskCounts(2, 1, 1, 0, 0, 0, 1), direction.counts(), "one done with its one output");
        assertEquals(List.of(101L, 102L), direction.tasks().stream().map(TaskLine::taskId).toList());
        TaskFigures procedures = content.areas().get(1).tasks();
        assertEquals(1, procedures.counts().overdue());
        assertEquals(new TaskCounts(4, 1, 1, 2, 0, 1, 1), content.assessment().tasks());
        // upcoming: due within three months after 14/3 (task 40 by 30/4), then the overdue one to catch up
        assertEquals(List.of(140L, 120L), content.nextPeriod().upcoming().stream().map(TaskLine::taskId).toList());
    }

    @Test
    void everyMeasureIsARowOfTheTargetTableWithItsStatusInVietnamese() {
        TargetTable t = content.targets();
        assertEquals(3, t.rows().size());
        TargetRow onTime = t.rows().get(0);
        assertEquals("TTHC_ON_TIME", onTime.indicatorCode());
        assertEquals(new BigDecimal("99.1667"), onTime.value());
        assertEquals(new BigDecimal("100"), onTime.threshold());
        assertEquals("Có nguy cơ không đạt", onTime.statusText());
        assertEquals(new TargetCounts(3, 0, 0, 1, 0, 1, 1), t.counts());
        assertEquals(new TargetCounts(1, 0, 0, 1, 0, 0, 0), content.areas().get(1).targets());
        assertEquals(List.of(new IndexValue("SIPAS", "T1", new BigDecimal("86"), null, "NO_DATA")), content.indexes());
    }

    @Test
    void narrativeIsMergedWithoutTouchingTheNumbers() {
        Narrative n = new Narrative("Đã ban hành Kế hoạch CCHC năm 2026.", Map.of("PROCEDURES", "Tiếp tục rà soát TTHC."), "Ưu điểm",
                "Hạn chế", "Nguyên nhân", "Phương hướng", "Kiến nghị");
        ReportContent merged = ReportAssembler.withNarrative(content, n);
        assertEquals("Đã ban hành Kế hoạch CCHC năm 2026.", merged.direction().narrative());
        assertEquals("Tiếp tục rà soát TTHC.", merged.areas().get(1).narrative());
        assertNull(merged.areas().get(0).narrative());
        assertEquals("Kiến nghị", merged.proposals().narrative());
        assertEquals(content.targets(), merged.targets());
        assertEquals(content.assessment().tasks(), merged.assessment().tasks());
        assertNull(content.direction().narrative(), "the assembled content itself carries no narrative");
    }

    @Test
    void aUnitWithoutAPlanGetsEmptySectionsNotAFailure() {
        ReportContent empty = ReportAssembler.assemble(Samples.badinhQ1Header(), null, null);
        assertEquals(TaskCounts.NONE, empty.assessment().tasks());
        assertEquals(TargetCounts.NONE, empty.targets().counts());
        assertEquals(6, empty.areas().size());
    }
}
