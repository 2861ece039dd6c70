package vn.cchc.report.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import vn.cchc.common.text.VietnameseText;

/**
 * Renders administrative documents (báo cáo, …) to DOCX, XLSX or PDF. Plain renderers do the work
 * ({@link DocxRenderer}, {@link XlsxRenderer}, {@link PdfRenderer}, charts by {@link ChartRenderer});
 * this bean wires them to the configured fonts ({@link DocumentConfig}). Stateless, safe for
 * concurrent use; rendering is CPU work of a few hundred milliseconds, so call it off the event loop.
 */
@ApplicationScoped
public class DocumentService {

    private final DocumentConfig config;
    private volatile Renderers renderers;

    public DocumentService(DocumentConfig config) {
        this.config = config;
    }

    /**
     * @param doc    the document
     * @param format DOCX (the whole document, ND 30 layout), XLSX (the appendix tables) or PDF (the whole document)
     * @return the bytes, media type and an ASCII file name such as {@code bao-cao-45-BC-UBND-2026-03-18.docx}
     * @throws java.io.UncheckedIOException when the configured fonts cannot be read (PDF and charts need them)
     */
    public RenderedDocument render(AdministrativeDocument doc, DocumentFormat format) {
        Renderers r = renderers();
        byte[] bytes = switch (format) {
            case DOCX -> r.docx.render(doc);
            case XLSX -> r.xlsx.render(doc);
            case PDF -> r.pdf.render(doc);
        };
        return new RenderedDocument(bytes, format.mediaType(), fileName(doc, format));
    }

    /**
     * @return e.g. {@code bao-cao-45-BC-UBND-2026-03-18.xlsx}: kind, number and date without diacritics,
     *         only letters, digits and dashes
     */
    static String fileName(AdministrativeDocument doc, DocumentFormat format) {
        String kind = VietnameseText.fold(doc.documentType());
        String number = ascii(doc.number());
        String date = doc.date() == null ? "" : doc.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
        String slug = (kind + " " + number + " " + date).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "document" : slug) + "." + format.extension();
    }

    /** @return the text without diacritics, đ/Đ as d/D, case kept */
    private static String ascii(String s) {
        return Normalizer.normalize(VietnameseText.nfc(s), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    private Renderers renderers() {
        Renderers r = renderers;
        if (r == null) {
            File dir = new File(config.fontDir());
            DocumentFonts fonts = new DocumentFonts(new File(dir, config.fontRegular()), new File(dir, config.fontBold()),
                    new File(dir, config.fontItalic()), new File(dir, config.fontBoldItalic()));
            r = new Renderers(fonts);
            renderers = r;
        }
        return r;
    }

    /** The renderers over one set of fonts. */
    private static final class Renderers {
        final DocxRenderer docx;
        final XlsxRenderer xlsx = new XlsxRenderer();
        final PdfRenderer pdf;

        Renderers(DocumentFonts fonts) {
            ChartRenderer charts = new ChartRenderer(fonts.awtRegular());
            docx = new DocxRenderer(charts);
            pdf = new PdfRenderer(new DocumentHtml(charts), fonts);
        }
    }
}
