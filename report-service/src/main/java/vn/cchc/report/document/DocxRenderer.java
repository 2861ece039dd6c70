package vn.cchc.report.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.cchc.report.document.AdministrativeDocument.Appendix;
import vn.cchc.report.document.AdministrativeDocument.Block;
import vn.cchc.report.document.AdministrativeDocument.Chart;
import vn.cchc.report.document.AdministrativeDocument.Paragraph;
import vn.cchc.report.document.AdministrativeDocument.Section;
import vn.cchc.report.document.AdministrativeDocument.Table;

/**
 * Renders an {@link AdministrativeDocument} as DOCX (Apache POI) in the layout of Nghị định
 * 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 20 mm;
 * Times New Roman; a borderless two-column table at the top with the governing body (13 pt), the
 * issuer (13 pt bold) and "Số: …" on the left, the national title (13 pt bold), the motto (14 pt bold)
 * and the place and date (14 pt italic) on the right, a short rule under the issuer and the motto; the
 * kind and title centred bold 14 pt; the body 14 pt, justified, first lines indented 1.27 cm, 6 pt
 * after each paragraph; "Nơi nhận" and the signature side by side; then each appendix in a landscape
 * section of its own. Charts are drawn by {@link ChartRenderer} and embedded as PNG.
 */
public class DocxRenderer {

    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MM = 57; // twips per millimetre, rounded (56.7)
    private static final int TOP = 20 * MM;
    private static final int BOTTOM = 20 * MM;
    private static final int LEFT = 30 * MM;
    private static final int RIGHT = 20 * MM;
    /** Text width of a portrait page: 160 mm. */
    private static final int TEXT_WIDTH = A4_SHORT - LEFT - RIGHT;
    private static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - 2 * 20 * MM;

    private final ChartRenderer charts;

    /** @param charts draws the charts */
    public DocxRenderer(ChartRenderer charts) {
        this.charts = charts;
    }

    /**
     * @param doc the document
     * @return the DOCX file's bytes
     */
    public byte[] render(AdministrativeDocument doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(d, doc);
            title(d, doc);
            for (Section s : doc.sections()) {
                section(d, s, TEXT_WIDTH);
            }
            closing(d, doc);
            CTSectPr last = d.getDocument().getBody().addNewSectPr();
            if (doc.appendices().isEmpty()) {
                page(last, false);
            } else {
                // the body's section ends on the last paragraph before the appendices; the rest is landscape
                XWPFParagraph end = d.createParagraph();
                page(end.getCTP().addNewPPr().addNewSectPr(), false);
                for (int i = 0; i < doc.appendices().size(); i++) {
                    appendix(d, doc.appendices().get(i), i > 0);
                }
                page(last, true);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(TOP));
        m.setBottom(BigInteger.valueOf(BOTTOM));
        m.setLeft(BigInteger.valueOf(landscape ? 20 * MM : LEFT));
        m.setRight(BigInteger.valueOf(RIGHT));
        m.setHeader(BigInteger.valueOf(10 * MM));
        m.setFooter(BigInteger.valueOf(10 * MM));
    }

    /** The two-column header: issuer and number left, national title and date right (ND 30, Phụ lục I, mục 1–5). */
    private void header(XWPFDocument d, AdministrativeDocument doc) {
        // a little wider than the text (5 mm into the left margin), so that the national title holds on one line
        int left = 62 * MM;
        int right = 104 * MM;
        XWPFTable t = borderless(d, 2, 2, new int[] {left, right});
        t.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(-6 * MM));
        t.getCTTbl().getTblPr().getTblInd().setType(STTblWidth.DXA);
        XWPFTableCell issuer = t.getRow(0).getCell(0);
        if (doc.parentBody() != null) {
            line(first(issuer), doc.parentBody(), 12, false, false);
            line(issuer.addParagraph(), doc.issuingBody(), 12, true, false);
        } else {
            line(first(issuer), doc.issuingBody(), 12, true, false);
        }
        rule(issuer.addParagraph(), left, left / 3);
        XWPFTableCell nation = t.getRow(0).getCell(1);
        line(first(nation), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        line(nation.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        rule(nation.addParagraph(), right, 58 * MM);
        line(first(t.getRow(1).getCell(0)), "Số: " + doc.number(), 13, false, false);
        line(first(t.getRow(1).getCell(1)), VietnameseDates.placeAndDate(doc.place(), doc.date()), 14, false, true);
    }

    private void title(XWPFDocument d, AdministrativeDocument doc) {
        XWPFParagraph kind = d.createParagraph();
        kind.setSpacingBefore(360);
        line(kind, doc.documentType().toUpperCase(java.util.Locale.ROOT), 14, true, false);
        line(d.createParagraph(), doc.title(), 14, true, false);
        rule(d.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 4);
    }

    private void section(XWPFDocument d, Section s, int width) {
        if (s.heading() != null) {
            XWPFParagraph h = d.createParagraph();
            h.setAlignment(ParagraphAlignment.LEFT);
            h.setIndentationFirstLine(720);
            h.setSpacingBefore(120);
            h.setSpacingAfter(120);
            h.setKeepNext(true);
            run(h, s.heading(), 14, true, false);
        }
        for (Block b : s.blocks()) {
            if (b instanceof Paragraph p) {
                paragraph(d, p.text());
            } else if (b instanceof Table t) {
                table(d, t, width);
            } else if (b instanceof Chart c) {
                chart(d, c, width);
            }
        }
    }

    private static void paragraph(XWPFDocument d, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        run(p, text, 14, false, false);
    }

    private static void table(XWPFDocument d, Table t, int width) {
        if (t.caption() != null) {
            XWPFParagraph cap = d.createParagraph();
            cap.setSpacingBefore(120);
            cap.setKeepNext(true);
            line(cap, t.caption(), 13, true, false);
        }
        int[] widths = widths(t, width);
        XWPFTable x = d.createTable(t.rows().size() + 1, t.header().size());
        x.setWidth(String.valueOf(width));
        x.setTableAlignment(TableRowAlign.CENTER);
        boolean[] centred = centredColumns(t);
        fill(x.getRow(0), t.header(), widths, centred, true);
        x.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(x.getRow(r + 1), t.rows().get(r), widths, centred, false);
        }
        d.createParagraph().setSpacingAfter(0);
    }

    /** Columns of short cells only (numbers, statuses) are centred; columns of sentences are left-aligned. */
    static boolean[] centredColumns(Table t) {
        boolean[] c = new boolean[t.header().size()];
        for (int i = 0; i < c.length; i++) {
            int col = i;
            c[i] = t.rows().stream().allMatch(r -> r.get(col).length() <= 24);
        }
        return c;
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean[] centred, boolean header) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            width(cell, widths[c]);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            if (header) {
                cell.getCTTc().getTcPr().addNewShd().setVal(STShd.CLEAR);
                cell.getCTTc().getTcPr().getShd().setFill("E7E6E6");
            }
            XWPFParagraph p = first(cell);
            String text = cells.get(c);
            p.setAlignment(header || centred[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingBefore(40);
            p.setSpacingAfter(40);
            run(p, text, 12, header, false);
        }
    }

    private void chart(XWPFDocument d, Chart c, int width) {
        byte[] png = charts.png(c);
        int h = c.kind() == AdministrativeDocument.ChartKind.RANKING_BARS ? ChartRenderer.rankingHeight(c) : ChartRenderer.HEIGHT;
        double widthPt = width / 20.0;
        double heightPt = widthPt * h / ChartRenderer.WIDTH;
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(120);
        p.setSpacingAfter(120);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("could not embed the chart " + c.title(), e);
        }
    }

    /** "Nơi nhận" on the left, the signature on the right (ND 30, Phụ lục I, mục 7–9). */
    private void closing(XWPFDocument d, AdministrativeDocument doc) {
        if (doc.signature() == null && doc.recipients().isEmpty()) {
            return;
        }
        d.createParagraph().setSpacingAfter(0);
        int left = TEXT_WIDTH / 2;
        XWPFTable t = borderless(d, 1, 2, new int[] {left, TEXT_WIDTH - left});
        XWPFTableCell to = t.getRow(0).getCell(0);
        if (!doc.recipients().isEmpty()) {
            XWPFParagraph head = first(to);
            head.setAlignment(ParagraphAlignment.LEFT);
            run(head, "Nơi nhận:", 12, true, true);
            for (String r : doc.recipients()) {
                XWPFParagraph p = to.addParagraph();
                p.setSpacingAfter(0);
                run(p, "- " + r, 11, false, false);
            }
        }
        XWPFTableCell sign = t.getRow(0).getCell(1);
        AdministrativeDocument.Signature s = doc.signature();
        if (s != null) {
            XWPFParagraph p = first(sign);
            if (s.authority() != null) {
                line(p, s.authority(), 14, true, false);
                p = sign.addParagraph();
            }
            line(p, s.position(), 14, true, false);
            for (int i = 0; i < 4; i++) {
                line(sign.addParagraph(), "", 14, false, false);
            }
            line(sign.addParagraph(), s.name() == null ? "" : s.name(), 14, true, false);
        }
    }

    private void appendix(XWPFDocument d, Appendix a, boolean pageBreak) {
        XWPFParagraph label = d.createParagraph();
        label.setPageBreak(pageBreak);
        line(label, a.label().toUpperCase(java.util.Locale.ROOT), 14, true, false);
        line(d.createParagraph(), a.title(), 14, true, false);
        if (a.note() != null) {
            line(d.createParagraph(), a.note(), 14, false, true);
        }
        rule(d.createParagraph(), LANDSCAPE_TEXT_WIDTH, LANDSCAPE_TEXT_WIDTH / 6);
        for (Table t : a.tables()) {
            table(d, t, LANDSCAPE_TEXT_WIDTH);
        }
    }

    /** A table without any border, columns of the given widths (twips), cells left as single paragraphs. */
    private static XWPFTable borderless(XWPFDocument d, int rows, int cols, int[] widths) {
        XWPFTable t = d.createTable(rows, cols);
        t.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        t.setTopBorder(none, 0, 0, "auto");
        t.setBottomBorder(none, 0, 0, "auto");
        t.setLeftBorder(none, 0, 0, "auto");
        t.setRightBorder(none, 0, 0, "auto");
        t.setInsideHBorder(none, 0, 0, "auto");
        t.setInsideVBorder(none, 0, 0, "auto");
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        t.setCellMargins(0, 0, 0, 0);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                width(cell, widths[c]);
                cell.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.TOP);
            }
        }
        return t;
    }

    private static void width(XWPFTableCell cell, int twips) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    private static int[] widths(Table t, int total) {
        int n = t.header().size();
        int[] w = new int[n];
        int sum = t.widths() == null ? n : t.widths().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < n; i++) {
            w[i] = total * (t.widths() == null ? 1 : t.widths().get(i)) / sum;
        }
        return w;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** A centred single line (header lines, title), no space after. */
    private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, text, size, bold, italic);
    }

    /** A short centred horizontal rule: the top border of an empty paragraph indented from both sides. */
    private static void rule(XWPFParagraph p, int available, int length) {
        int indent = Math.max(0, (available - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        XWPFRun r = p.createRun();
        r.setFontSize(4);
        r.setFontFamily(FONT);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
