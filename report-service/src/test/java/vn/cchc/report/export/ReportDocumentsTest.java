package vn.cchc.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.cchc.report.Samples;
import vn.cchc.report.content.ReportAssembler;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.document.AdministrativeDocument;
import vn.cchc.report.document.AdministrativeDocument.Chart;
import vn.cchc.report.document.AdministrativeDocument.Section;
import vn.cchc.report.document.ChartRenderer;
import vn.cchc.report.document.DocumentFonts;
import vn.cchc.report.document.DocxRenderer;

/** Ba Đình's assembled Q1 content laid out as the 4625/BNV-CCHC outline and rendered to DOCX. */
class ReportDocumentsTest {

    private final ReportContent content = ReportAssembler.assemble(Samples.badinhQ1Header(), Samples.badinhTasks(), Samples.badinhEvaluation());
    private final AdministrativeDocument doc = ReportDocuments.report(content, LocalDate.of(2026, 3, 17), "45/BC-UBND");

    @Test
    void theOutlineHasItsFiveSectionsAndTheNumbersComeFromTheContent() {
        assertEquals(List.of("I.", "II.", "III.", "IV.", "V."),
                doc.sections().stream().map(Section::heading).map(h -> h.substring(0, h.indexOf('.') + 1)).toList());
        Chart chart = (Chart) doc.sections().get(1).blocks().stream().filter(Chart.class::isInstance).findFirst().orElseThrow();
        assertEquals(content.areas().stream().map(ReportContent.AreaSection::title).toList(), chart.categories());
        double met = chart.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(content.areas().stream().mapToLong(a -> a.targets().met()).sum(), (long) met, "the chart's met bars add up");
        assertEquals(content.targets().rows().size(), doc.appendices().get(0).tables().get(0).rows().size(), "one appendix row per target");
        assertEquals("Ba Đình", doc.place());
    }

    @Test
    void theDocxCarriesTheHeaderTitleNarrativeAndTargetTable() throws Exception {
        byte[] docx = new DocxRenderer(new ChartRenderer(DocumentFonts.liberationSerif(DocumentFonts.LIBERATION2).awtRegular())).render(doc);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(d)) {
            String all = text.getText();
            assertTrue(all.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), all);
            assertTrue(all.contains("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH"), all);
            assertTrue(all.contains("45/BC-UBND"), all);
            assertTrue(all.contains("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"), all);
            assertTrue(all.contains("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"), all);
            String firstTarget = content.targets().rows().get(0).text();
            assertTrue(all.contains(firstTarget), "the appendix lists the targets verbatim: " + firstTarget);
            assertEquals(1, d.getAllPictures().size(), "the attainment chart is embedded");
        }
    }
}
