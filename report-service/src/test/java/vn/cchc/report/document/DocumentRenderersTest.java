package vn.cchc.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The renderers on Ba Đình's Q1 2026 report ({@link SampleDocuments}), read back with the libraries
 * that read those formats (POI, PDFBox): what matters is that the administrative layout's parts are
 * there, where the decree puts them, with every Vietnamese letter intact.
 */
class DocumentRenderersTest {

    private static final DocumentFonts FONTS = DocumentFonts.liberationSerif(DocumentFonts.LIBERATION2);
    private static final ChartRenderer CHARTS = new ChartRenderer(FONTS.awtRegular());
    private static final AdministrativeDocument DOC = SampleDocuments.baDinhQ1();

    @Test
    void docxHasTheDecreesHeaderTitleBodyAndAppendixWithDiacriticsIntact() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer(CHARTS).render(DOC)))) {
            XWPFTable header = d.getTables().get(0);
            assertEquals(List.of("UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", ""), lines(header, 0, 0),
                    "governing body, issuer, then the short rule");
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""), lines(header, 0, 1));
            assertEquals("Số: 45/BC-UBND", header.getRow(1).getCell(0).getText());
            assertEquals("Ba Đình, ngày 18 tháng 3 năm 2026", header.getRow(1).getCell(1).getText());
            XWPFRun date = header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertTrue(date.isItalic(), "place and date in italics");
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getTopBorderType(), "the header table has no borders");
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getInsideVBorderType());
            XWPFRun nation = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertTrue(nation.isBold());
            assertEquals("Times New Roman", nation.getFontFamily());

            List<String> paragraphs = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int kind = paragraphs.indexOf("BÁO CÁO");
            assertTrue(kind >= 0, paragraphs.toString());
            XWPFParagraph title = d.getParagraphs().get(kind + 1);
            assertEquals("Kết quả thực hiện công tác cải cách hành chính Quý I năm 2026", title.getText());
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, title.getAlignment());
            assertTrue(title.getRuns().get(0).isBold());
            assertTrue(paragraphs.contains("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"));
            XWPFRun body = d.getParagraphs().get(paragraphs.indexOf("Công tác kiểm tra, tuyên truyền cải cách hành chính được duy trì thường xuyên.")).getRuns().get(0);
            assertEquals(14.0, body.getFontSizeAsDouble());
            assertTrue(paragraphs.contains("PHỤ LỤC I"));
            assertTrue(paragraphs.contains("(Kèm theo Báo cáo số 45/BC-UBND ngày 18/3/2026 của UBND phường Ba Đình)"));

            // the target table in the appendix, cell by cell
            XWPFTable targets = d.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Chỉ tiêu"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá"), cells(targets, 0));
            assertEquals(List.of("3", SampleDocuments.TARGET_CELL, "100%", "100%", "Đạt"), cells(targets, 3));
            assertEquals(List.of("2", "Số cuộc đối thoại với người dân, tổ chức, doanh nghiệp trên địa bàn", "2", "0", "Có nguy cơ không đạt"),
                    cells(targets, 2));

            String text = d.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("Nơi nhận:") && text.contains("TM. ỦY BAN NHÂN DÂN") && text.contains("Nguyễn Văn Hùng"));

            List<XWPFPictureData> pictures = d.getAllPictures();
            assertEquals(2, pictures.size(), "two charts");
            for (XWPFPictureData p : pictures) {
                assertEquals("png", p.suggestFileExtension());
            }

            // A4 portrait body with margins 20/20/30/20 mm, then a landscape section for the appendix
            CTSectPr body1 = d.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertEquals(11906, ((java.math.BigInteger) body1.getPgSz().getW()).intValue());
            assertEquals(30 * 57, ((java.math.BigInteger) body1.getPgMar().getLeft()).intValue());
            assertEquals(20 * 57, ((java.math.BigInteger) body1.getPgMar().getTop()).intValue());
            CTSectPr last = d.getDocument().getBody().getSectPr();
            assertEquals(STPageOrientation.LANDSCAPE, last.getPgSz().getOrient());
        }
    }

    @Test
    void xlsxHasTheAppendixTablesCellByCell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().render(DOC)))) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet s = wb.getSheetAt(0);
            assertEquals("Biểu 1. Kết quả thực hiện các c", s.getSheetName());
            assertEquals("Phụ lục I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026",
                    s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Đánh giá", s.getRow(3).getCell(4).getStringCellValue());
            assertEquals(SampleDocuments.TARGET_CELL, s.getRow(6).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(6).getCell(0).getCellType(), "a plain number is a number");
            assertEquals(3.0, s.getRow(6).getCell(0).getNumericCellValue());
            assertEquals("93,4%", s.getRow(4).getCell(3).getStringCellValue(), "a formatted figure stays as printed");
            assertEquals("Chưa có số liệu", s.getRow(8).getCell(4).getStringCellValue());
            assertEquals(8, s.getLastRowNum());
            assertTrue(wb.getFontAt(s.getRow(3).getCell(4).getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void pdfCarriesTheTextWithVietnameseLettersAndTheCharts() throws Exception {
        byte[] pdf = new PdfRenderer(new DocumentHtml(CHARTS), FONTS).render(DOC);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            for (String expected : List.of("UBND THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 45/BC-UBND", "Ba Đình, ngày 18 tháng 3 năm 2026", "BÁO CÁO",
                    "Kết quả thực hiện công tác cải cách hành chính Quý I năm 2026", "Nguyễn Văn Hùng", "PHỤ LỤC I",
                    "Có nguy cơ không đạt", "Bảo đảm 100% phản ánh, kiến nghị của người dân")) {
                assertTrue(text.contains(expected), "PDF text lacks: " + expected + "\n" + text);
            }
            PDPage first = d.getPage(0);
            assertTrue(first.getMediaBox().getHeight() > first.getMediaBox().getWidth(), "portrait body");
            PDPage lastPage = d.getPage(d.getNumberOfPages() - 1);
            assertTrue(lastPage.getMediaBox().getWidth() > lastPage.getMediaBox().getHeight(), "landscape appendix");
            assertEquals(2, images(d), "two charts");
            // the fonts are embedded (subsets), so the letters print on a machine without them
            for (COSName n : first.getResources().getFontNames()) {
                assertTrue(first.getResources().getFont(n).isEmbedded(), n.getName());
            }
        }
    }

    private static int images(PDDocument d) throws Exception {
        int n = 0;
        for (PDPage p : d.getPages()) {
            for (COSName name : p.getResources().getXObjectNames()) {
                if (p.getResources().getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void chartsArePngsOfTheExpectedSize() throws Exception {
        var attainment = (AdministrativeDocument.Chart) DOC.sections().get(1).blocks().get(1);
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(CHARTS.png(attainment)));
        assertEquals(ChartRenderer.WIDTH, a.getWidth());
        assertEquals(ChartRenderer.HEIGHT, a.getHeight());
        var ranking = (AdministrativeDocument.Chart) DOC.sections().get(1).blocks().get(3);
        byte[] png = CHARTS.png(ranking);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage r = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(ChartRenderer.WIDTH, r.getWidth());
        assertEquals(ChartRenderer.rankingHeight(ranking), r.getHeight());
        // the ranking puts the best ward first whatever order it was given in
        assertEquals(List.of("Phường Ba Đình", "Phường Hoàn Kiếm", "Phường Đống Đa", "Xã Dân Hòa"), ranking.categories());
        assertEquals(List.of(86.5, 81.0, 78.2, 71.4), ranking.series().get(0).values());
        // the stacked bars: four series (met, not met, at risk, no data) over the six areas
        assertEquals(List.of("Đạt", "Không đạt", "Có nguy cơ không đạt", "Chưa có số liệu"),
                attainment.series().stream().map(AdministrativeDocument.Series::name).toList());
        assertFalse(attainment.categories().isEmpty());
    }

    @Test
    void aRankingOfAHundredAndTwentySixWardsStillFitsAPage() throws Exception {
        List<Charts.Ranked> wards = new ArrayList<>();
        for (int i = 1; i <= 126; i++) {
            wards.add(new Charts.Ranked("Phường số " + i, 50 + (i * 37) % 50));
        }
        var chart = Charts.wardRanking("Xếp hạng 126 phường, xã", "Tỷ lệ chỉ tiêu đạt (%)", wards);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(CHARTS.png(chart)));
        assertEquals(ChartRenderer.MAX_RANKING_HEIGHT, img.getHeight());
        assertEquals(126, chart.categories().size());
    }

    @Test
    void placeAndDateFollowTheDecreesZeros() {
        assertEquals("Ba Đình, ngày 18 tháng 3 năm 2026", VietnameseDates.placeAndDate("Ba Đình", LocalDate.of(2026, 3, 18)));
        assertEquals("Hà Nội, ngày 05 tháng 02 năm 2026", VietnameseDates.placeAndDate("Hà Nội", LocalDate.of(2026, 2, 5)));
        assertEquals("Hải Dương, ngày 09 tháng 12 năm 2026", VietnameseDates.placeAndDate("Hải Dương", LocalDate.of(2026, 12, 9)));
    }

    @Test
    void serviceNamesFilesAndMediaTypes() {
        DocumentService service = new DocumentService(new DocumentConfig() {
            public String fontDir() {
                return DocumentFonts.LIBERATION2.getPath();
            }

            public String fontRegular() {
                return "LiberationSerif-Regular.ttf";
            }

            public String fontBold() {
                return "LiberationSerif-Bold.ttf";
            }

            public String fontItalic() {
                return "LiberationSerif-Italic.ttf";
            }

            public String fontBoldItalic() {
                return "LiberationSerif-BoldItalic.ttf";
            }
        });
        RenderedDocument x = service.render(DOC, DocumentFormat.XLSX);
        assertEquals("bao-cao-45-BC-UBND-2026-03-18.xlsx", x.fileName());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x.mediaType());
        assertEquals('P', x.content()[0]);
        RenderedDocument p = service.render(DOC, DocumentFormat.PDF);
        assertEquals("application/pdf", p.mediaType());
        assertEquals("%PDF", new String(p.content(), 0, 4));
    }

    @Test
    void aMissingFontIsNamedNotGuessed() {
        DocumentFonts missing = DocumentFonts.liberationSerif(new File("/nonexistent"));
        var e = assertThrows(java.io.UncheckedIOException.class, missing::awtRegular);
        assertTrue(e.getMessage().contains("/nonexistent/LiberationSerif-Regular.ttf"), e.getMessage());
    }

    @Test
    void tablesRefuseRowsOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new AdministrativeDocument.Table(null, List.of("A", "B"),
                List.of(List.of("1")), null));
        assertEquals("&lt;a &amp; &quot;b&quot;&gt;", DocumentHtml.esc("<a & \"b\">"));
    }

    private static List<String> lines(XWPFTable t, int row, int col) {
        return t.getRow(row).getCell(col).getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTable t, int row) {
        List<String> out = new ArrayList<>();
        t.getRow(row).getTableCells().forEach(c -> out.add(c.getText()));
        return out;
    }
}
