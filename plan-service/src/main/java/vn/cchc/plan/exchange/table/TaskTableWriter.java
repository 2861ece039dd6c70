package vn.cchc.plan.exchange.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.plan.exchange.PlanDocument.AssignmentDoc;
import vn.cchc.plan.exchange.PlanDocument.GroupDoc;
import vn.cchc.plan.exchange.PlanDocument.OutputDoc;
import vn.cchc.plan.exchange.PlanDocument.TaskDoc;
import vn.cchc.plan.exchange.table.TaskTable.Column;

/**
 * Writes a plan's task table as CSV or XLSX in the layout of the appendices of the 2026 plans, the
 * layout {@link TaskTableReader} reads back. Plain Java, no CDI; stateless and thread-safe.
 *
 * <h2>Layout</h2>
 * <ol>
 * <li>The header {@code TT | Nhiệm vụ | Sản phẩm | Lãnh đạo chủ trì | Cơ quan chủ trì | Cơ quan phối
 * hợp | Thời gian hoàn thành} ({@link Column#header()}).</li>
 * <li>Per group, in the given order, a section row: TT = the key (a numeric or one-letter key gets a
 * dot, "1" → "1.", so that it cannot be taken for a task number; a Roman numeral is written as is),
 * the label in the task column, the other cells empty. Then the group's tasks in the given order.</li>
 * <li>Per task, a row with TT = {@link TaskDoc#number()} (the ref when null), the title, the outputs'
 * names, the leader and the first assignment; every further assignment is a continuation row with
 * empty TT and task (lead, coordinators, deadline only). A list of several items, or of one item that
 * itself starts with a dash, is written as "- " lines joined by "\n"; a single item as it is.</li>
 * </ol>
 *
 * <h2>What the table cannot hold</h2>
 * Output deadlines ({@link OutputDoc#deadline()}: outputs are names only), parentRef, status and
 * progress are not written. The ref is not written either: the reader derives it from TT (and the
 * group when TTs repeat across groups). A group's area is not written: the reader infers it from the
 * label. Line breaks inside a lead, coordinator or output item do not survive (the reader splits or
 * joins on them). Group keys other than a Roman numeral, digits ("1", "1.2") or one capital letter are
 * written but not recognised as section rows by the reader. An XLSX cell holds at most 32,767
 * characters (POI throws {@link IllegalArgumentException} beyond).
 *
 * <h2>Formula injection</h2>
 * A cell that starts with =, +, -, @, tab or CR would be run as a formula by Excel when the CSV is
 * opened. In CSV such a cell is written with a leading apostrophe (Excel's "this is text" mark). This
 * includes the "- " list cells: "- 1+cmd|…" is as dangerous as "=cmd|…" and a list cannot be told apart
 * from a payload, so the first line of a list reads {@code '- Kế hoạch} in a text editor; the other
 * lines are untouched and {@link TaskTableReader} removes the apostrophe, so the round trip is exact
 * (a text that really starts with an apostrophe followed by one of those characters gets a second
 * apostrophe). In XLSX every cell is a string cell, which Excel never evaluates, and cells starting with
 * those characters are also marked quote-prefixed, so that editing the cell does not turn it into a
 * formula; lists stay exactly as "- Kế hoạch".
 */
public final class TaskTableWriter {

    /** The XLSX sheet name (ASCII, safe in every Excel version). */
    public static final String SHEET_NAME = "Nhiem vu";

    /** First characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
    static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private static final Pattern ROMAN = Pattern.compile("(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})");
    private static final Pattern DOTTED = Pattern.compile("\\d+(?:\\.\\d+)*|[A-Z]");
    private static final Pattern BULLET = Pattern.compile("^[-–•]\\s.*", Pattern.DOTALL);
    private static final int[] WIDTHS = {6, 60, 28, 26, 28, 32, 28};

    private TaskTableWriter() {
    }

    /**
     * Writes the table.
     *
     * @param groups the groups in document order (key and label; area is not written)
     * @param tasks  the tasks; each is written under its group, in the given order
     * @param format CSV (UTF-8 with BOM, comma, CRLF) or XLSX (one sheet {@value #SHEET_NAME})
     * @param out    where to write; flushed, not closed
     * @throws IOException              if out fails
     * @throws IllegalArgumentException if a group key is null or repeated, or a task's group is not
     *                                  among the groups
     * @throws NullPointerException     if an argument is null
     */
    public static void write(List<GroupDoc> groups, List<TaskDoc> tasks, TableFormat format, OutputStream out)
            throws IOException {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        List<Line> lines = layout(groups, tasks);
        switch (format) {
            case CSV -> writeCsv(lines, out);
            case XLSX -> writeXlsx(lines, out);
        }
    }

    private enum Kind { HEADER, SECTION, TASK }

    private record Line(Kind kind, String[] cells) {
    }

    private static List<Line> layout(List<GroupDoc> groups, List<TaskDoc> tasks) {
        Set<String> keys = new HashSet<>();
        for (GroupDoc g : groups) {
            if (g.key() == null || !keys.add(g.key())) {
                throw new IllegalArgumentException("group key null or repeated: " + g.key());
            }
        }
        for (TaskDoc t : tasks) {
            if (!keys.contains(t.group())) {
                throw new IllegalArgumentException("task " + t.ref() + " is in an unknown group: " + t.group());
            }
        }
        List<Line> lines = new ArrayList<>();
        String[] header = new String[Column.values().length];
        for (Column c : Column.values()) {
            header[c.ordinal()] = c.header();
        }
        lines.add(new Line(Kind.HEADER, header));
        for (GroupDoc g : groups) {
            lines.add(new Line(Kind.SECTION, row(sectionNumber(g.key()), text(g.label()), "", "", "", "", "")));
            for (TaskDoc t : tasks) {
                if (!g.key().equals(t.group())) {
                    continue;
                }
                List<String> outputs = t.outputs() == null ? List.of()
                        : t.outputs().stream().map(OutputDoc::name).filter(Objects::nonNull).toList();
                List<AssignmentDoc> assignments = t.assignments() == null ? List.of() : t.assignments();
                AssignmentDoc first = assignments.isEmpty() ? new AssignmentDoc(List.of(), List.of(), null)
                        : assignments.get(0);
                lines.add(new Line(Kind.TASK, row(text(t.number() != null ? t.number() : t.ref()), text(t.title()),
                        list(outputs), text(t.leader()), list(first.lead()), list(first.coordinators()),
                        text(first.deadline()))));
                for (AssignmentDoc a : assignments.subList(Math.min(1, assignments.size()), assignments.size())) {
                    lines.add(new Line(Kind.TASK, row("", "", "", "", list(a.lead()), list(a.coordinators()),
                            text(a.deadline()))));
                }
            }
        }
        return lines;
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** "1" → "1.", "A" → "A.", "II" → "II": what the reader recognises as a section's TT. */
    static String sectionNumber(String key) {
        if (ROMAN.matcher(key).matches()) {
            return key;
        }
        return DOTTED.matcher(key).matches() ? key + "." : key;
    }

    /** One item as it is; several (or one starting with a dash) as "- " lines. */
    static String list(List<String> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        List<String> present = items.stream().filter(Objects::nonNull).toList();
        if (present.size() == 1 && !BULLET.matcher(present.get(0)).matches()) {
            return present.get(0);
        }
        return String.join("\n", present.stream().map(i -> "- " + i).toList());
    }

    static boolean startsLikeFormula(String s) {
        return !s.isEmpty() && FORMULA_TRIGGERS.indexOf(s.charAt(0)) >= 0;
    }

    /** The CSV form of a cell: an apostrophe before a would-be formula (see the class comment). */
    static String csvCell(String s) {
        boolean escapedApostrophe = s.length() > 1 && s.charAt(0) == '\''
                && (FORMULA_TRIGGERS + "'").indexOf(s.charAt(1)) >= 0;
        return startsLikeFormula(s) || escapedApostrophe ? "'" + s : s;
    }

    private static void writeCsv(List<Line> lines, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, UTF_8);
        writer.write('\uFEFF'); // BOM: Excel then reads the file as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT); // comma, CRLF, quotes when needed
        for (Line line : lines) {
            List<String> cells = new ArrayList<>();
            for (String c : line.cells()) {
                cells.add(csvCell(c));
            }
            printer.printRecord(cells);
        }
        printer.flush(); // not closed: the caller owns out
    }

    private static void writeXlsx(List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFCellStyle header = style(wb, bold, false);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            XSSFCellStyle section = style(wb, bold, false);
            XSSFCellStyle body = style(wb, null, false);
            XSSFCellStyle bodyQuoted = style(wb, null, true);
            int r = 0;
            for (Line line : lines) {
                XSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < line.cells().length; c++) {
                    String s = line.cells()[c];
                    XSSFCell cell = row.createCell(c);
                    cell.setCellStyle(switch (line.kind()) {
                        case HEADER -> header;
                        case SECTION -> section;
                        case TASK -> startsLikeFormula(s) ? bodyQuoted : body;
                    });
                    if (!s.isEmpty()) {
                        cell.setCellValue(s); // a string cell: never a formula
                    }
                }
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            sheet.getPrintSetup().setLandscape(true);
            wb.write(out);
        }
        out.flush();
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, boolean quoted) {
        XSSFCellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setQuotePrefixed(quoted);
        return s;
    }
}
