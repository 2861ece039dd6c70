package vn.cchc.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX opens in LibreOffice (package {@code libreoffice-writer-nogui}, installed by {@code .ci/run}):
 * converted to PDF there, it shows the header, the title, the appendix table and both charts, on A4
 * pages with the appendix in landscape. Skipped where {@code soffice} is not installed.
 */
class DocxInLibreOfficeTest {

    @Test
    void libreOfficeReadsTheDocx(@TempDir Path dir) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed");
        DocumentFonts fonts = DocumentFonts.liberationSerif(DocumentFonts.LIBERATION2);
        Path docx = dir.resolve("bao-cao.docx");
        Files.write(docx, new DocxRenderer(new ChartRenderer(fonts.awtRegular())).render(SampleDocuments.baDinhQ1()));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 3 minutes");
        Path pdf = dir.resolve("bao-cao.pdf");
        assertTrue(Files.exists(pdf), "no PDF: " + Files.readString(dir.resolve("soffice.log")));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            for (String expected : List.of("UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 45/BC-UBND", "Ba Đình, ngày 18 tháng 3 năm 2026", "BÁO CÁO",
                    "Kết quả thực hiện công tác cải cách hành chính Quý I năm 2026", "PHỤ LỤC I", "Có nguy cơ không đạt",
                    "Tỷ lệ hồ sơ TTHC giải quyết trước và đúng hạn", "Nguyễn Văn Hùng")) {
                assertTrue(text.contains(expected), "LibreOffice's PDF lacks: " + expected + "\n" + text);
            }
            assertEquals(595, Math.round(d.getPage(0).getMediaBox().getWidth()), "A4 portrait");
            var last = d.getPage(d.getNumberOfPages() - 1).getMediaBox();
            assertTrue(last.getWidth() > last.getHeight(), "the appendix is landscape");
            int images = 0;
            for (var page : d.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            // LibreOffice may store a picture as more than one image object (e.g. with a mask)
            assertTrue(images >= 2, "both charts: " + images);
        }
    }
}
