package vn.cchc.report.document;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample in every format to a folder, to look at (not a test): {@code RenderSample <dir>}. */
final class RenderSample {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample-documents");
        Files.createDirectories(dir);
        DocumentFonts fonts = DocumentFonts.liberationSerif(DocumentFonts.LIBERATION2);
        ChartRenderer charts = new ChartRenderer(fonts.awtRegular());
        AdministrativeDocument doc = SampleDocuments.baDinhQ1();
        Files.write(dir.resolve("sample.docx"), new DocxRenderer(charts).render(doc));
        Files.write(dir.resolve("sample.xlsx"), new XlsxRenderer().render(doc));
        Files.write(dir.resolve("sample.pdf"), new PdfRenderer(new DocumentHtml(charts), fonts).render(doc));
        Files.writeString(dir.resolve("sample.html"), new DocumentHtml(charts).html(doc));
    }
}
