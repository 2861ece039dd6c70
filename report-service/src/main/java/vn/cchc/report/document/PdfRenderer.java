package vn.cchc.report.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders an {@link AdministrativeDocument} as PDF: the XHTML of {@link DocumentHtml} printed by
 * openhtmltopdf (PDFBox), with the configured TrueType fonts embedded (subset) so that every Vietnamese
 * letter prints and stays searchable, whatever fonts the reader has.
 */
public class PdfRenderer {

    private final DocumentHtml html;
    private final DocumentFonts fonts;

    /**
     * @param html  builds the XHTML
     * @param fonts the font files to embed
     */
    public PdfRenderer(DocumentHtml html, DocumentFonts fonts) {
        this.html = html;
        this.fonts = fonts;
    }

    /**
     * @param doc the document
     * @return the PDF file's bytes
     * @throws UncheckedIOException when a font file cannot be read
     */
    public byte[] render(AdministrativeDocument doc) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            font(b, fonts.regular(), 400, FontStyle.NORMAL);
            font(b, fonts.bold(), 700, FontStyle.NORMAL);
            font(b, fonts.italic(), 400, FontStyle.ITALIC);
            font(b, fonts.boldItalic(), 700, FontStyle.ITALIC);
            b.withHtmlContent(html.html(doc), null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder b, File file, int weight, FontStyle style) {
        if (!file.canRead()) {
            throw new UncheckedIOException(new IOException("Cannot read the document font " + file
                    + " (install fonts-liberation2 or set cchc.documents.font-dir)"));
        }
        b.useFont(file, DocumentFonts.FAMILY, weight, style, true);
    }
}
