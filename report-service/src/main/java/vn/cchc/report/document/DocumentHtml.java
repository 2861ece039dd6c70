package vn.cchc.report.document;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import vn.cchc.report.document.AdministrativeDocument.Appendix;
import vn.cchc.report.document.AdministrativeDocument.Block;
import vn.cchc.report.document.AdministrativeDocument.Chart;
import vn.cchc.report.document.AdministrativeDocument.Paragraph;
import vn.cchc.report.document.AdministrativeDocument.Section;
import vn.cchc.report.document.AdministrativeDocument.Table;

/**
 * The XHTML a PDF is printed from: the same layout as the DOCX ({@link DocxRenderer}) in CSS paged
 * media — A4, margins 20/20/20/30 mm, the header as a borderless two-column table, the appendices on
 * landscape pages of their own — with the charts as embedded PNG ({@code data:} URIs). Every text is
 * escaped; the font family is {@link DocumentFonts#FAMILY}, which the PDF renderer maps to the files.
 */
public class DocumentHtml {

    private final ChartRenderer charts;

    /** @param charts draws the charts */
    public DocumentHtml(ChartRenderer charts) {
        this.charts = charts;
    }

    private static final String CSS = """
            @page { size: A4 portrait; margin: 20mm 20mm 20mm 30mm; }
            @page appendix { size: A4 landscape; margin: 20mm 20mm 20mm 20mm; }
            body { font-family: '%s'; font-size: 14pt; line-height: 1.2; }
            table.head, table.closing { width: 100%%; border-collapse: collapse; table-layout: fixed; }
            table.head td, table.closing td { vertical-align: top; text-align: center; padding: 0; }
            .small { font-size: 12pt; }
            .b { font-weight: bold; }
            .i { font-style: italic; }
            .rule { border-top: 0.75pt solid black; margin: 3pt auto 8pt auto; height: 0; }
            h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0 0; }
            h2 { font-size: 14pt; text-align: center; margin: 0; }
            h3 { font-size: 14pt; text-align: left; text-indent: 12.7mm; margin: 6pt 0; page-break-after: avoid; }
            p.body { text-align: justify; text-indent: 12.7mm; margin: 0 0 6pt 0; }
            p.caption { font-weight: bold; font-size: 13pt; text-align: center; margin: 8pt 0 4pt 0; }
            table.data { width: 100%%; border-collapse: collapse; font-size: 12pt; margin-bottom: 6pt; -fs-table-paginate: paginate; }
            table.data th, table.data td { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: middle; }
            table.data th { background: #e7e6e6; text-align: center; }
            td.c { text-align: center; }
            div.chart { text-align: center; margin: 6pt 0; }
            div.appendix { page: appendix; page-break-before: always; }
            table.closing td.recipients { text-align: left; font-size: 11pt; }
            """;

    /**
     * @param doc the document
     * @return a complete XHTML document
     */
    public String html(AdministrativeDocument doc) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>").append(esc(doc.title()))
                .append("</title><style>").append(CSS.formatted(DocumentFonts.FAMILY)).append("</style></head><body>\n");
        header(h, doc);
        h.append("<h1>").append(esc(doc.documentType().toUpperCase(Locale.ROOT))).append("</h1>\n");
        h.append("<h2>").append(esc(doc.title())).append("</h2>\n<div class=\"rule\" style=\"width: 40mm\"></div>\n");
        for (Section s : doc.sections()) {
            if (s.heading() != null) {
                h.append("<h3>").append(esc(s.heading())).append("</h3>\n");
            }
            for (Block b : s.blocks()) {
                block(h, b);
            }
        }
        closing(h, doc);
        for (Appendix a : doc.appendices()) {
            h.append("<div class=\"appendix\"><h2>").append(esc(a.label().toUpperCase(Locale.ROOT))).append("</h2>\n<h2>")
                    .append(esc(a.title())).append("</h2>\n");
            if (a.note() != null) {
                h.append("<p class=\"i\" style=\"text-align: center; margin: 0\">").append(esc(a.note())).append("</p>\n");
            }
            h.append("<div class=\"rule\" style=\"width: 40mm\"></div>\n");
            for (Table t : a.tables()) {
                table(h, t);
            }
            h.append("</div>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void header(StringBuilder h, AdministrativeDocument doc) {
        h.append("<table class=\"head\" ><tr><td style=\"width: 40%\">");
        if (doc.parentBody() != null) {
            h.append("<div class=\"small\">").append(esc(doc.parentBody())).append("</div>");
        }
        h.append("<div class=\"small b\">").append(esc(doc.issuingBody())).append("</div>")
                .append("<div class=\"rule\" style=\"width: 20mm\"></div>")
                .append("</td><td style=\"width: 60%\"><div class=\"small b\" style=\"white-space: nowrap\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
                .append("<div class=\"b\" style=\"font-size: 13pt\">Độc lập - Tự do - Hạnh phúc</div><div class=\"rule\" style=\"width: 55mm\"></div></td></tr>\n")
                .append("<tr><td class=\"small\">Số: ").append(esc(doc.number())).append("</td><td class=\"i\">")
                .append(esc(VietnameseDates.placeAndDate(doc.place(), doc.date()))).append("</td></tr></table>\n");
    }

    private void block(StringBuilder h, Block b) {
        if (b instanceof Paragraph p) {
            h.append("<p class=\"body\">").append(esc(p.text())).append("</p>\n");
        } else if (b instanceof Table t) {
            table(h, t);
        } else if (b instanceof Chart c) {
            h.append("<div class=\"chart\"><img style=\"width: 160mm\" alt=\"").append(esc(c.title()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(charts.png(c)))
                    .append("\"/></div>\n");
        }
    }

    private static void table(StringBuilder h, Table t) {
        if (t.caption() != null) {
            h.append("<p class=\"caption\">").append(esc(t.caption())).append("</p>\n");
        }
        h.append("<table class=\"data\">");
        if (t.widths() != null) {
            int sum = t.widths().stream().mapToInt(Integer::intValue).sum();
            h.append("<colgroup>");
            for (int w : t.widths()) {
                h.append("<col style=\"width: ").append(100.0 * w / sum).append("%\"/>");
            }
            h.append("</colgroup>");
        }
        h.append("<thead><tr>");
        for (String c : t.header()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        boolean[] centred = DocxRenderer.centredColumns(t);
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(centred[i] ? "<td class=\"c\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void closing(StringBuilder h, AdministrativeDocument doc) {
        if (doc.signature() == null && doc.recipients().isEmpty()) {
            return;
        }
        h.append("<table class=\"closing\" style=\"margin-top: 12pt\"><tr><td class=\"recipients\" style=\"width: 50%\">");
        if (!doc.recipients().isEmpty()) {
            h.append("<div class=\"b i\" style=\"font-size: 12pt\">Nơi nhận:</div>");
            for (String r : doc.recipients()) {
                h.append("<div>- ").append(esc(r)).append("</div>");
            }
        }
        h.append("</td><td style=\"width: 50%\">");
        var s = doc.signature();
        if (s != null) {
            if (s.authority() != null) {
                h.append("<div class=\"b\">").append(esc(s.authority())).append("</div>");
            }
            h.append("<div class=\"b\">").append(esc(s.position())).append("</div><div style=\"height: 25mm\"></div>")
                    .append("<div class=\"b\">").append(esc(s.name() == null ? "" : s.name())).append("</div>");
        }
        h.append("</td></tr></table>\n");
    }

    /** @return the text with XML's special characters escaped and control characters dropped */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
