package vn.cchc.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.report.document.AdministrativeDocument.Appendix;
import vn.cchc.report.document.AdministrativeDocument.Table;

/**
 * Renders the appendix tables of an {@link AdministrativeDocument} as XLSX (Apache POI), one sheet
 * per table: row 1 the appendix label and title, row 2 the table's caption, row 4 the header (bold,
 * shaded, frozen, with an auto filter), then the rows. A cell that is a plain number ({@code 95},
 * {@code -3}, {@code 97.5}) is stored as a number so that it sums; anything else (including
 * {@code 95%} and Vietnamese decimals {@code 97,5}) stays text exactly as printed. Sheet names are the
 * table captions, cut to Excel's 31 characters and made unique.
 */
public class XlsxRenderer {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");
    private static final int HEADER_ROW = 3;

    /**
     * @param doc the document
     * @return the XLSX file's bytes; a workbook with one empty sheet "Phụ lục" when there is no appendix table
     */
    public byte[] render(AdministrativeDocument doc) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Set<String> names = new HashSet<>();
            for (Appendix a : doc.appendices()) {
                int n = 0;
                for (Table t : a.tables()) {
                    n++;
                    String base = t.caption() != null ? t.caption() : a.label() + (a.tables().size() > 1 ? " - " + n : "");
                    sheet(wb.createSheet(unique(names, base)), a, t, st);
                }
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("Phụ lục");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet s, Appendix a, Table t, Styles st) {
        int cols = t.header().size();
        cell(s.createRow(0), 0, a.label() + ". " + a.title(), st.title);
        if (t.caption() != null) {
            cell(s.createRow(1), 0, t.caption(), st.caption);
        }
        Row h = s.createRow(HEADER_ROW);
        for (int c = 0; c < cols; c++) {
            cell(h, c, t.header().get(c), st.header);
        }
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = Math.min(14, t.header().get(c).length());
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = s.createRow(HEADER_ROW + 1 + r);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                String v = cells.get(c);
                Cell cell = row.createCell(c);
                if (NUMBER.matcher(v).matches()) {
                    cell.setCellValue(Double.parseDouble(v));
                    cell.setCellStyle(st.number);
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(st.text);
                }
                width[c] = Math.max(width[c], Math.min(v.length(), 60));
            }
        }
        for (int c = 0; c < cols; c++) {
            // long texts wrap in a column of at most 60 characters
            s.setColumnWidth(c, Math.min(60, Math.max(8, width[c] + 2)) * 256);
        }
        s.createFreezePane(0, HEADER_ROW + 1);
        s.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + t.rows().size(), 0, cols - 1));
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static String unique(Set<String> taken, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; taken.stream().anyMatch(name::equalsIgnoreCase); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    /** The few cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle caption;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;

        Styles(XSSFWorkbook wb) {
            Font bold = font(wb, true, 12);
            Font plain = font(wb, false, 11);
            title = wb.createCellStyle();
            title.setFont(font(wb, true, 13));
            caption = wb.createCellStyle();
            caption.setFont(bold);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            text.setFont(plain);
            number = bordered(wb);
            number.setFont(plain);
            number.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static Font font(XSSFWorkbook wb, boolean bold, int size) {
            Font f = wb.createFont();
            f.setFontName(DocxRenderer.FONT);
            f.setBold(bold);
            f.setFontHeightInPoints((short) size);
            return f;
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
