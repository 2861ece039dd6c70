package vn.cchc.plan.exchange.table;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.exchange.PlanDocument.AssignmentDoc;
import vn.cchc.plan.exchange.PlanDocument.GroupDoc;
import vn.cchc.plan.exchange.PlanDocument.OutputDoc;
import vn.cchc.plan.exchange.PlanDocument.TaskDoc;
import vn.cchc.plan.exchange.table.TaskTable.Column;
import vn.cchc.plan.exchange.table.TaskTable.RowError;

/**
 * Reads a plan's task table from CSV or XLSX, in the layout of the appendices of the 2026 plans
 * ("Các nhiệm vụ trọng tâm CCHC năm 2026" of Hà Nội and phường Ba Đình, "Danh mục nhiệm vụ, công việc
 * cụ thể" of phường Hải Dương; see {@code ../shared/seeds/}). Plain Java, no CDI; stateless and
 * thread-safe.
 *
 * <h2>Layout</h2>
 * <ul>
 * <li><b>Header</b>: the first row with both a TT and a task header; rows above it (a title, the
 * "Kèm theo Kế hoạch số…" line) are skipped. Columns are found by header text in any order, compared
 * without diacritics, case or punctuation: TT / STT; Nhiệm vụ / Nội dung / Nội dung nhiệm vụ / Tên
 * nhiệm vụ / Nội dung công việc (the task); Sản phẩm / Nội dung/sản phẩm / Kết quả/sản phẩm (outputs);
 * Lãnh đạo [UBND …] chủ trì (leader, the only optional column); Cơ quan / Cơ quan, đơn vị / Đơn vị chủ
 * trì (lead); Cơ quan / Cơ quan, đơn vị / Đơn vị phối hợp (coordinators); Thời gian hoàn thành / Thời
 * gian thực hiện/hoàn thành / Thời hạn (deadline). Other columns are ignored; of two columns with the
 * same meaning the first is read. A row of column numbers ("1 2 3 4 5 6 7") and a repeated header
 * (one per printed page) are skipped.</li>
 * <li><b>Section rows</b> ("I | Chỉ đạo điều hành", or "I. Cải cách thủ tục hành chính" in one cell) set
 * the group of the tasks below: TT is a Roman numeral (with or without a dot), "1." or "A.", the label
 * is in the task column (or after the numeral), all other cells are empty. The group key is the
 * numeral without its dot ("I", "1"); the area is the {@link ReformArea} the label clearly names
 * (one of: "chỉ đạo, điều hành", "thể chế", "thủ tục hành chính"/"TTHC"/"một cửa", "tổ chức bộ máy",
 * "công vụ", "tài chính công", "chính quyền điện tử"/"chính quyền số"/"chuyển đổi số"), else null.</li>
 * <li><b>Task rows</b> need a TT and a task text; ref = TT, or group key + "." + TT for every task when
 * some TT repeats across groups. Each row gives one {@link AssignmentDoc} (lead, coordinators,
 * deadline). A row with an empty TT and task but other cells filled continues the task above: it adds
 * a further assignment (and its outputs, if any) — the way the Hà Nội plan writes tasks with several
 * lead units.</li>
 * <li><b>Cells</b>: all text is NFC-normalised line by line (line breaks inside a cell are kept, blank
 * lines dropped, runs of spaces collapsed). Lead, coordinator and output cells are split into items on
 * lines that start with "- " (or "– ", "• "; a following line without a dash continues the item), or
 * else on line breaks; never on commas ("Sở, Ban, Ngành" is one unit). The deadline is kept verbatim.
 * Outputs get no deadline of their own ({@link OutputDoc#deadline()} null).</li>
 * <li><b>CSV</b>: UTF-8 with or without BOM; delimiter comma, semicolon or tab, detected from the header
 * line; RFC 4180 quoting (quoted cells may hold line breaks). A leading apostrophe that
 * {@link TaskTableWriter} puts before =, +, -, @ to stop formula injection is removed.</li>
 * <li><b>XLSX</b>: the first sheet with the header is read (streamed, values only). Formulas are never
 * evaluated nor their cached results used: a formula cell in a table column is an error.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Bad content never throws. Row problems are all reported ({@link TaskTable#errors()}): a missing
 * required column (row = header row, reading stops there), a task row without title or TT, a task row
 * before any section row, a missing lead unit, a duplicate TT within a group, a duplicate section, a
 * cell longer than {@value #MAX_CELL_CHARS} characters, a formula, a continuation row with no task above
 * or with another leader. Hostile or unreadable input gives a single error with row 0 (or the line of a
 * malformed CSV record): a file larger than maxBytes (read through a bounded stream), a CSV that is not
 * UTF-8 or has an unbalanced quote, a file that is not an XLSX workbook (random bytes, a CSV, an old
 * .xls), a password-protected or corrupt workbook, a ZIP bomb (more than {@value #MAX_UNZIPPED_BYTES}
 * bytes unzipped, more than {@value #MAX_ZIP_ENTRIES} parts, or a compression ratio above 100:1), more
 * than {@value #MAX_ROWS} rows, no table header at all.
 *
 * <p>Loading this class sets POI's process-wide {@link ZipSecureFile} limits (inflate ratio 0.01, entry
 * size {@value #MAX_UNZIPPED_BYTES} bytes, {@value #MAX_ZIP_ENTRIES} entries).
 */
public final class TaskTableReader {

    /** A reasonable upload limit for callers: 5 MiB (the real appendices are 20–80 kB). */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    /** Longest accepted cell, in characters. */
    public static final int MAX_CELL_CHARS = 10_000;
    /** Most non-empty rows read from a CSV file or a sheet. */
    public static final int MAX_ROWS = 10_000;
    /** Columns beyond this many (A..BL) are ignored. */
    public static final int MAX_COLUMNS = 64;
    /** Most bytes an XLSX may expand to when unzipped (all parts together). */
    public static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;
    /** Most parts (ZIP entries) of an XLSX. */
    public static final int MAX_ZIP_ENTRIES = 1_000;

    static final String NO_SHEET = "no sheet with the task table header (TT, Nhiệm vụ, …)";
    static final String NO_HEADER = "no task table header (TT, Nhiệm vụ, …)";

    static {
        // Defence in depth against ZIP bombs, besides our own pre-scan: POI checks every entry it inflates.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    }

    private static final Set<String> TASK_HEADERS = Set.of("nhiem vu", "noi dung", "noi dung nhiem vu",
            "ten nhiem vu", "noi dung cong viec", "ten cong viec", "cong viec", "nhiem vu giai phap",
            "nhiem vu cu the");
    private static final String ROMAN = "(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})";
    /** TT of a section row whose label is in the task column. */
    private static final Pattern SECTION_KEY = Pattern.compile(
            "(" + ROMAN + ")\\.?|(\\d+(?:\\.\\d+)*)\\.|([A-Z])\\.?");
    /** A whole section row in the TT cell: "I. Cải cách thể chế", "I Chỉ đạo điều hành", "1. …". */
    private static final Pattern SECTION_IN_TT = Pattern.compile(
            "(" + ROMAN + ")(?:[.):]\\s*|\\s+)(\\S.*)|(\\d+(?:\\.\\d+)*|[A-Z])[.)]\\s+(\\S.*)");
    /** A whole section row in the task cell (TT empty): only "I. label". */
    private static final Pattern SECTION_IN_TASK = Pattern.compile("(" + ROMAN + ")[.)]\\s*(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("^[-–•]\\s+(.*)$");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");
    private static final Map<ReformArea, List<String>> AREA_KEYWORDS = new LinkedHashMap<>();

    static {
        AREA_KEYWORDS.put(ReformArea.DIRECTION, List.of("chi dao dieu hanh", "chi dao va dieu hanh"));
        AREA_KEYWORDS.put(ReformArea.INSTITUTIONS, List.of("the che"));
        AREA_KEYWORDS.put(ReformArea.PROCEDURES, List.of("thu tuc hanh chinh", "tthc", "mot cua"));
        AREA_KEYWORDS.put(ReformArea.ORGANIZATION, List.of("to chuc bo may"));
        AREA_KEYWORDS.put(ReformArea.CIVIL_SERVICE, List.of("cong vu"));
        AREA_KEYWORDS.put(ReformArea.PUBLIC_FINANCE, List.of("tai chinh cong"));
        AREA_KEYWORDS.put(ReformArea.DIGITAL_GOVERNMENT,
                List.of("chinh quyen dien tu", "chinh quyen so", "chuyen doi so"));
    }

    private TaskTableReader() {
    }

    /**
     * Reads a task table.
     *
     * @param in       the file's bytes; read up to maxBytes + 1 bytes, not closed
     * @param format   CSV or XLSX
     * @param maxBytes the largest accepted file, in bytes (e.g. {@link #DEFAULT_MAX_BYTES}); a larger file
     *                 gives the single error "file larger than N bytes"
     * @return the groups, the tasks without errors and every error found (see the class comment); never
     *         null, never throws for bad content
     * @throws NullPointerException     if in or format is null
     * @throws IllegalArgumentException if maxBytes is not positive
     */
    public static TaskTable read(InputStream in, TableFormat format, int maxBytes) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        try {
            byte[] data = readBounded(in, Math.min(maxBytes, Integer.MAX_VALUE - 16));
            return switch (format) {
                case CSV -> readCsv(data);
                case XLSX -> readXlsx(data);
            };
        } catch (Failure f) {
            return failure(f.row, f.getMessage());
        } catch (IOException e) {
            return failure(0, "could not read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            return failure(0, "unreadable " + format + " file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static TaskTable failure(int row, String reason) {
        return new TaskTable(List.of(), List.of(), List.of(new RowError(row, null, reason)));
    }

    private static byte[] readBounded(InputStream in, int maxBytes) throws IOException, Failure {
        byte[] data = in.readNBytes(maxBytes + 1);
        if (data.length > maxBytes) {
            throw new Failure(0, "file larger than " + maxBytes + " bytes");
        }
        return data;
    }

    // ---------------------------------------------------------------- CSV

    private static TaskTable readCsv(byte[] data) throws Failure, IOException {
        int offset = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                && (data[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, data.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new Failure(0, "not UTF-8 text: save the table as \"CSV UTF-8\"");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Failure(0, "binary content, not a CSV text file");
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder()
                .setDelimiter(detectDelimiter(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            long consumed = 0;
            while (true) {
                CSVRecord rec;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    rec = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    throw new Failure((int) Math.min(consumed + 1, Integer.MAX_VALUE),
                            "malformed CSV from line " + (consumed + 1)
                                    + ": unbalanced quote or text after a closing quote (" + cause.getMessage() + ")");
                }
                int line = (int) Math.min(consumed + 1, Integer.MAX_VALUE);
                consumed = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < rec.size() && i < MAX_COLUMNS; i++) {
                    cells.add(unguard(rec.get(i)));
                }
                Row row = new Row(line, cells, new BitSet());
                if (!row.isBlank()) {
                    rows.add(row);
                    if (rows.size() > MAX_ROWS) {
                        throw new Failure(line, "more than " + MAX_ROWS + " rows");
                    }
                }
            }
        }
        TaskTable table = new TableParse(rows).parse();
        if (table == null) {
            throw new Failure(0, NO_HEADER);
        }
        return table;
    }

    /** Removes the apostrophe {@link TaskTableWriter} puts before a cell that Excel would run as a formula. */
    static String unguard(String raw) {
        if (raw != null && raw.length() > 1 && raw.charAt(0) == '\''
                && (TaskTableWriter.FORMULA_TRIGGERS + "'").indexOf(raw.charAt(1)) >= 0) {
            return raw.substring(1);
        }
        return raw;
    }

    /** The delimiter (comma, semicolon or tab) most used outside quotes on the header line. */
    private static char detectDelimiter(String text) {
        String first = null;
        int start = 0;
        for (int n = 0; n < 200 && start < text.length(); n++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            if (first == null) {
                first = line;
            }
            boolean tt = false;
            boolean task = false;
            for (String token : line.split("[,;\t]")) {
                Column c = classify(headerKey(token));
                tt |= c == Column.TT;
                task |= c == Column.TASK;
            }
            if (tt && task) {
                return mostUsedDelimiter(line);
            }
        }
        return first == null ? ',' : mostUsedDelimiter(first);
    }

    private static char mostUsedDelimiter(String line) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    // ---------------------------------------------------------------- XLSX

    private static TaskTable readXlsx(byte[] data) throws Failure {
        if (startsWith(data, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new Failure(0, ole2Reason(data));
        }
        if (!startsWith(data, 'P', 'K', 3, 4)) {
            throw new Failure(0, "not an XLSX workbook (an .xlsx file is a ZIP container; this file is not)");
        }
        preScanZip(data);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(data));
        } catch (Exception e) {
            throw new Failure(0, workbookProblem(e));
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (Exception e) {
                styles = null;
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                List<Row> rows;
                try (InputStream sheet = sheets.next()) {
                    rows = readSheet(sheet, strings, styles);
                }
                TaskTable table = new TableParse(rows).parse();
                if (table != null) {
                    return table;
                }
            }
            throw new Failure(0, NO_SHEET);
        } catch (Failure f) {
            throw f;
        } catch (Exception e) {
            throw new Failure(0, workbookProblem(e));
        } finally {
            pkg.revert();
        }
    }

    private static boolean startsWith(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An OLE2 container is either an encrypted OOXML workbook or an old binary .xls. */
    private static String ole2Reason(byte[] data) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "password-protected workbook: remove the password (Excel: File → Info → Protect Workbook)"
                        + " and upload it again";
            }
            return "an Excel 97-2003 (.xls) file, not an XLSX workbook: save it as .xlsx";
        } catch (Exception e) {
            return "corrupt workbook (unreadable OLE2 container)";
        }
    }

    /** Inflates every entry once, counting, so that a ZIP bomb is refused before POI holds it in memory. */
    private static void preScanZip(byte[] data) throws Failure {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new Failure(0, "the workbook has more than " + MAX_ZIP_ENTRIES + " parts; refused");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED_BYTES) {
                        throw new Failure(0, "the workbook expands to more than " + MAX_UNZIPPED_BYTES
                                + " bytes when unzipped (ZIP bomb?); refused");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Failure(0, "corrupt XLSX workbook (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new Failure(0, "corrupt XLSX workbook (empty ZIP container)");
        }
    }

    private static String workbookProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "the workbook expands too much when unzipped (ZIP bomb?); refused";
            }
            if (m != null && m.contains("more than") && m.contains("entries")) {
                return "the workbook has more than " + MAX_ZIP_ENTRIES + " parts; refused";
            }
        }
        String m = e.getMessage();
        return "corrupt or unsupported XLSX workbook" + (m == null ? "" : " (" + abbreviate(m, 200) + ")");
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static List<Row> readSheet(InputStream sheet, SharedStrings strings, StylesTable styles)
            throws IOException, Failure {
        SheetHandler handler = new SheetHandler(strings, styles);
        try {
            XMLReader xml = XMLHelper.newXMLReader(); // DOCTYPE and external entities disabled
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (Stop s) {
            throw s.failure;
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new Failure(0, "corrupt XLSX workbook (sheet XML: " + abbreviate(String.valueOf(e.getMessage()), 200) + ")");
        }
        return handler.rows;
    }

    /**
     * Streams one worksheet's XML into rows of cell texts: strings as stored, numbers formatted as
     * displayed (without evaluating anything), formula cells flagged.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final SharedStrings strings;
        private final StylesTable styles;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        final List<Row> rows = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private List<String> cells;
        private BitSet formulas;
        private int nextColumn;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private String value;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(SharedStrings strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    rowNumber = parseInt(attributes.getValue("r"), rowNumber + 1);
                    cells = new ArrayList<>();
                    formulas = new BitSet();
                    nextColumn = 0;
                }
                case "c" -> {
                    column = columnOf(attributes.getValue("r"), nextColumn);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value = null;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || inInlineText) && text.length() <= MAX_CELL_CHARS) {
                text.append(ch, start, Math.min(length, MAX_CELL_CHARS + 1 - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> {
                    inInline = false;
                    value = text.toString();
                }
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private void endCell() {
            if (cells == null) {
                return;
            }
            if (column >= 0 && column < MAX_COLUMNS) {
                String s = cellText();
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, s);
                if (formula) {
                    formulas.set(column);
                }
            }
            nextColumn = column + 1;
        }

        private String cellText() {
            if (value == null) {
                return null;
            }
            String t = type == null ? "n" : type;
            switch (t) {
                case "s":
                    try {
                        return strings.getItemAt(Integer.parseInt(value.strip())).getString();
                    } catch (RuntimeException e) {
                        return null;
                    }
                case "b":
                    return "1".equals(value.strip()) ? "TRUE" : "FALSE";
                case "n":
                    return number(value);
                default: // inlineStr, str (a formula's result: flagged), e, d
                    return value;
            }
        }

        private String number(String raw) {
            double d;
            try {
                d = Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                return raw;
            }
            try {
                if (styles != null && style != null) {
                    XSSFCellStyle cs = styles.getStyleAt(Integer.parseInt(style));
                    if (cs != null) {
                        return formatter.formatRawCellContents(d, cs.getDataFormat(), cs.getDataFormatString());
                    }
                }
                return formatter.formatRawCellContents(d, 0, "General");
            } catch (RuntimeException e) {
                return raw;
            }
        }

        private void endRow() throws SAXException {
            if (cells == null) {
                return;
            }
            Row row = new Row(rowNumber, cells, formulas);
            cells = null;
            if (!row.isBlank() || !row.formulas().isEmpty()) {
                rows.add(row);
                if (rows.size() > MAX_ROWS) {
                    throw new Stop(new Failure(row.number(), "more than " + MAX_ROWS + " rows"));
                }
            }
        }

        private static int parseInt(String s, int fallback) {
            if (s == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        /** "AB12" → 27; the fallback when there is no reference. */
        private static int columnOf(String ref, int fallback) {
            if (ref == null) {
                return fallback;
            }
            int col = 0;
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                if (col > 20_000) {
                    return Integer.MAX_VALUE;
                }
                i++;
            }
            return i == 0 ? fallback : col - 1;
        }
    }

    /** Stops the SAX parse with a failure to report. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient Failure failure;

        Stop(Failure failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    // ---------------------------------------------------------------- the table

    /** One non-blank row of the sheet or CSV: 1-based number, raw cell texts (null = empty), formula cells. */
    private record Row(int number, List<String> cells, BitSet formulas) {
        String raw(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }

        boolean formula(int column) {
            return column >= 0 && formulas.get(column);
        }

        boolean isBlank() {
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A task being read: its first row and the continuation rows below. */
    private static final class Pending {
        final int row;
        final String number;
        final String group;
        final String title;
        final List<String> outputs = new ArrayList<>();
        String leader;
        final List<AssignmentDoc> assignments = new ArrayList<>();
        boolean valid = true;
        String ref;

        Pending(int row, String number, String group, String title) {
            this.row = row;
            this.number = number;
            this.group = group;
            this.title = title;
        }
    }

    /** The rows of one sheet turned into groups, tasks and errors. */
    private static final class TableParse {
        private final List<Row> rows;
        private final List<RowError> errors = new ArrayList<>();
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        private final Map<Column, String> names = new EnumMap<>(Column.class);
        private final List<GroupDoc> groups = new ArrayList<>();
        private final Map<String, Integer> groupRows = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private String group;
        private Pending current;

        TableParse(List<Row> rows) {
            this.rows = rows;
        }

        /** @return the table, or null when no row is a header */
        TaskTable parse() {
            int h = findHeader();
            if (h < 0) {
                return null;
            }
            Row header = rows.get(h);
            for (int c = 0; c < header.cells().size(); c++) {
                Column col = classify(headerKey(header.raw(c)));
                if (col != null && !columns.containsKey(col)) {
                    columns.put(col, c);
                    names.put(col, clean(header.raw(c)).replace('\n', ' '));
                    if (header.formula(c)) {
                        errors.add(new RowError(header.number(), names.get(col), "formulas are not accepted; paste values"));
                    }
                }
            }
            boolean missing = false;
            for (Column col : Column.values()) {
                if (col.required() && !columns.containsKey(col)) {
                    errors.add(new RowError(header.number(), col.header(), "missing column \"" + col.header() + "\""));
                    missing = true;
                }
            }
            if (missing) {
                return new TaskTable(List.of(), List.of(), errors);
            }
            for (int i = h + 1; i < rows.size(); i++) {
                row(rows.get(i));
            }
            List<TaskDoc> tasks = finish();
            if (pending.isEmpty() && errors.isEmpty()) {
                errors.add(new RowError(header.number(), null, "the table has no task rows"));
            }
            errors.sort(Comparator.comparingInt(RowError::row)); // stable: keeps the column order within a row
            return new TaskTable(groups, tasks, errors);
        }

        private int findHeader() {
            for (int i = 0; i < rows.size(); i++) {
                boolean tt = false;
                boolean task = false;
                for (String cell : rows.get(i).cells()) {
                    Column c = classify(headerKey(cell));
                    tt |= c == Column.TT;
                    task |= c == Column.TASK;
                }
                if (tt && task) {
                    return i;
                }
            }
            return -1;
        }

        private void row(Row row) {
            Map<Column, String> v = new EnumMap<>(Column.class);
            List<RowError> problems = new ArrayList<>();
            for (Column c : Column.values()) {
                Integer i = columns.get(c);
                if (i == null) {
                    v.put(c, "");
                    continue;
                }
                String raw = row.raw(i);
                if (row.formula(i)) {
                    problems.add(error(row, c, "formulas are not accepted; paste values"));
                    v.put(c, "");
                } else if (raw != null && raw.length() > MAX_CELL_CHARS) {
                    problems.add(error(row, c, "cell longer than " + MAX_CELL_CHARS + " characters"));
                    v.put(c, "");
                } else {
                    v.put(c, clean(raw));
                }
            }
            boolean blank = v.values().stream().allMatch(String::isEmpty);
            if (blank && problems.isEmpty()) {
                return; // nothing in the table's columns
            }
            String tt = v.get(Column.TT);
            String task = v.get(Column.TASK);
            if (classify(headerKey(tt)) == Column.TT && classify(headerKey(task)) == Column.TASK) {
                return; // the header repeated on a new page
            }
            if (isColumnNumbers(row)) {
                return; // "1 2 3 4 5 6 7" under the header
            }
            boolean othersBlank = v.get(Column.OUTPUTS).isEmpty() && v.get(Column.LEADER).isEmpty()
                    && v.get(Column.LEAD).isEmpty() && v.get(Column.COORDINATORS).isEmpty()
                    && v.get(Column.DEADLINE).isEmpty();
            if (othersBlank && problems.isEmpty()) {
                String[] section = section(tt, task);
                if (section != null) {
                    addGroup(row, section[0], section[1]);
                    return;
                }
            }
            if (tt.isEmpty() && task.isEmpty() && !flagged(row, Column.TT) && !flagged(row, Column.TASK)) {
                continuation(row, v, problems);
            } else {
                task(row, v, problems);
            }
        }

        private void addGroup(Row row, String key, String label) {
            Integer first = groupRows.putIfAbsent(key, row.number());
            if (first != null) {
                errors.add(error(row, Column.TT, "duplicate section \"" + key + "\" (first at row " + first + ")"));
            } else {
                groups.add(new GroupDoc(key, areaOf(label), label));
            }
            group = key;
            current = null;
        }

        private void task(Row row, Map<Column, String> v, List<RowError> problems) {
            String tt = v.get(Column.TT);
            String title = v.get(Column.TASK);
            Pending p = new Pending(row.number(), tt, group, title);
            pending.add(p);
            current = p;
            errors.addAll(problems);
            p.valid = problems.isEmpty();
            if (tt.isEmpty() && !flagged(row, Column.TT)) {
                fail(p, error(row, Column.TT, "task number (TT) missing"));
            }
            if (title.isEmpty() && !flagged(row, Column.TASK)) {
                fail(p, error(row, Column.TASK, "task row without a title"));
            }
            if (group == null) {
                fail(p, error(row, null, "task row before any section (group) row such as \"I | Chỉ đạo điều hành\""));
            }
            String leader = v.get(Column.LEADER);
            p.leader = leader.isEmpty() ? null : leader;
            p.outputs.addAll(items(v.get(Column.OUTPUTS)));
            assignment(row, p, v);
        }

        private void continuation(Row row, Map<Column, String> v, List<RowError> problems) {
            if (current == null) {
                errors.addAll(problems);
                errors.add(error(row, null, "continuation row (empty TT and task) without a task above"));
                return;
            }
            Pending p = current;
            for (RowError e : problems) {
                fail(p, e);
            }
            String leader = v.get(Column.LEADER);
            if (!leader.isEmpty()) {
                if (p.leader == null) {
                    p.leader = leader;
                } else if (!p.leader.equals(leader)) {
                    fail(p, error(row, Column.LEADER, "a task has one leader; this continuation row names another"));
                }
            }
            p.outputs.addAll(items(v.get(Column.OUTPUTS)));
            assignment(row, p, v);
        }

        private void assignment(Row row, Pending p, Map<Column, String> v) {
            String lead = v.get(Column.LEAD);
            if (lead.isEmpty()) {
                if (!flagged(row, Column.LEAD)) {
                    fail(p, error(row, Column.LEAD, "lead unit (cơ quan chủ trì) missing"));
                }
                return;
            }
            String deadline = v.get(Column.DEADLINE);
            p.assignments.add(new AssignmentDoc(items(lead), items(v.get(Column.COORDINATORS)),
                    deadline.isEmpty() ? null : deadline));
        }

        /** Whether the cell was already reported (a formula or too long), so is not "missing". */
        private boolean flagged(Row row, Column c) {
            Integer i = columns.get(c);
            if (i == null) {
                return false;
            }
            String raw = row.raw(i);
            return row.formula(i) || raw != null && raw.length() > MAX_CELL_CHARS;
        }

        private void fail(Pending p, RowError e) {
            errors.add(e);
            p.valid = false;
        }

        private List<TaskDoc> finish() {
            Map<String, Set<String>> groupsOfNumber = new HashMap<>();
            for (Pending p : pending) {
                if (!p.number.isEmpty() && p.group != null) {
                    groupsOfNumber.computeIfAbsent(p.number, k -> new HashSet<>()).add(p.group);
                }
            }
            boolean qualify = groupsOfNumber.values().stream().anyMatch(s -> s.size() > 1);
            Map<String, Integer> firstRow = new HashMap<>();
            for (Pending p : pending) {
                if (p.number.isEmpty() || p.group == null) {
                    continue;
                }
                p.ref = qualify ? p.group + "." + p.number : p.number;
                Integer first = firstRow.putIfAbsent(p.ref, p.row);
                if (first != null) {
                    fail(p, new RowError(p.row, names.get(Column.TT), "duplicate TT \"" + p.number
                            + "\" in section \"" + p.group + "\" (first at row " + first + ")"));
                }
            }
            List<TaskDoc> tasks = new ArrayList<>();
            for (Pending p : pending) {
                if (p.valid && p.ref != null) {
                    List<OutputDoc> outputs = p.outputs.stream().map(o -> new OutputDoc(o, null)).toList();
                    tasks.add(new TaskDoc(p.ref, p.group, p.number, p.title, outputs, p.leader,
                            List.copyOf(p.assignments), null, null, null));
                }
            }
            return tasks;
        }

        private RowError error(Row row, Column column, String reason) {
            return new RowError(row.number(), column == null ? null : names.get(column), reason);
        }

        /** A row of column numbers: 1, 2, 3… in order, nothing else. */
        private static boolean isColumnNumbers(Row row) {
            int expected = 1;
            for (String cell : row.cells()) {
                String s = clean(cell);
                if (s.isEmpty()) {
                    continue;
                }
                if (!INTEGER.matcher(s).matches() || Integer.parseInt(s) != expected) {
                    return false;
                }
                expected++;
            }
            return expected > 3;
        }
    }

    // ---------------------------------------------------------------- text

    /**
     * @param tt   the TT cell
     * @param task the task cell
     * @return {key, label} when the two cells make a section row, else null
     */
    private static String[] section(String tt, String task) {
        String flatTt = tt.replace('\n', ' ');
        String flatTask = task.replace('\n', ' ');
        if (!flatTt.isEmpty() && !flatTask.isEmpty()) {
            Matcher m = SECTION_KEY.matcher(flatTt);
            if (m.matches()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                return new String[] {key, flatTask};
            }
            return null;
        }
        if (!flatTt.isEmpty()) {
            Matcher m = SECTION_IN_TT.matcher(flatTt);
            if (m.matches()) {
                return m.group(1) != null ? new String[] {m.group(1), m.group(2)}
                        : new String[] {m.group(3), m.group(4)};
            }
            return null;
        }
        if (!flatTask.isEmpty()) {
            Matcher m = SECTION_IN_TASK.matcher(flatTask);
            if (m.matches()) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        return null;
    }

    /**
     * The reform area a section label clearly names: exactly one area's keywords occur in it.
     *
     * @param label the section label as written
     * @return the area, or null for a group of the plan's own (or an ambiguous label)
     */
    static ReformArea areaOf(String label) {
        String k = " " + headerKey(label) + " ";
        ReformArea found = null;
        for (Map.Entry<ReformArea, List<String>> e : AREA_KEYWORDS.entrySet()) {
            if (e.getValue().stream().anyMatch(w -> k.contains(" " + w + " "))) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** Folded header text: lower case, no diacritics, punctuation as spaces, e.g. "noi dung san pham". */
    static String headerKey(String s) {
        if (s == null) {
            return "";
        }
        String folded = VietnameseText.fold(s.replace('\u00A0', ' '));
        return folded == null ? "" : folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The column a header names, or null. */
    static Column classify(String k) {
        if (k.isEmpty()) {
            return null;
        }
        if (k.equals("tt") || k.equals("stt")) {
            return Column.TT;
        }
        if ((" " + k + " ").contains(" san pham ")) {
            return Column.OUTPUTS;
        }
        if (k.startsWith("lanh dao")) {
            return Column.LEADER;
        }
        if (TASK_HEADERS.contains(k)) {
            return Column.TASK;
        }
        boolean unit = k.startsWith("co quan") || k.startsWith("don vi");
        if ((unit || k.startsWith("chu tri")) && (" " + k + " ").contains(" chu tri ")) {
            return Column.LEAD;
        }
        if ((unit || k.startsWith("phoi hop")) && (" " + k + " ").contains(" phoi hop ")) {
            return Column.COORDINATORS;
        }
        if (k.startsWith("thoi gian") || k.startsWith("thoi han") || k.equals("han hoan thanh")) {
            return Column.DEADLINE;
        }
        return null;
    }

    /**
     * A cell's text: NFC, each line trimmed with inner whitespace collapsed, blank lines dropped, lines
     * joined by "\n".
     *
     * @param raw the cell as stored, may be null
     * @return the cleaned text, "" for null or blank
     */
    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : Normalizer.normalize(raw, Normalizer.Form.NFC).split("\r\n|[\r\n\u2028\u2029\u0085]")) {
            String l = VietnameseText.nfc(line.replace('\u00A0', ' '));
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    /**
     * Splits a lead, coordinator or output cell into items: on lines starting with "- " when there are
     * such lines (a line without a dash continues the item above), else on line breaks.
     *
     * @param cell a cleaned cell
     * @return the items, empty for an empty cell
     */
    static List<String> items(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        String[] lines = cell.split("\n");
        boolean bulleted = false;
        for (String line : lines) {
            bulleted |= BULLET.matcher(line).matches();
        }
        List<String> items = new ArrayList<>();
        if (!bulleted) {
            items.addAll(List.of(lines));
            return items;
        }
        StringBuilder item = null;
        for (String line : lines) {
            Matcher m = BULLET.matcher(line);
            if (m.matches()) {
                if (item != null && item.length() > 0) {
                    items.add(item.toString());
                }
                item = new StringBuilder(m.group(1).strip());
            } else if (item != null) {
                item.append(item.length() > 0 ? " " : "").append(line);
            } else {
                items.add(line);
            }
        }
        if (item != null && item.length() > 0) {
            items.add(item.toString());
        }
        return items;
    }

    /** A single error that ends the reading of a file. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int row;

        Failure(int row, String reason) {
            super(reason, null, false, false);
            this.row = row;
        }
    }
}
