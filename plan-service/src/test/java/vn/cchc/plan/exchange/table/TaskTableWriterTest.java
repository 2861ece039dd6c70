package vn.cchc.plan.exchange.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.exchange.PlanDocument.AssignmentDoc;
import vn.cchc.plan.exchange.PlanDocument.GroupDoc;
import vn.cchc.plan.exchange.PlanDocument.OutputDoc;
import vn.cchc.plan.exchange.PlanDocument.TaskDoc;

class TaskTableWriterTest {

    private static final Path PLANS = Path.of("../deploy/demo/plans");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Plan(List<GroupDoc> groups, List<TaskDoc> tasks) {
    }

    static Plan plan(String file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(PLANS.resolve(file)));
        return new Plan(JSON.convertValue(root.get("groups"), new TypeReference<List<GroupDoc>>() { }),
                JSON.convertValue(root.get("tasks"), new TypeReference<List<TaskDoc>>() { }));
    }

    /** What the table can hold of a task: outputs by name only, no parentRef/status/progress. */
    static TaskDoc representable(TaskDoc t) {
        List<OutputDoc> outputs = t.outputs() == null ? List.of()
                : t.outputs().stream().map(o -> new OutputDoc(o.name(), null)).toList();
        List<AssignmentDoc> assignments = t.assignments().stream()
                .map(a -> new AssignmentDoc(a.lead(), a.coordinators() == null ? List.of() : a.coordinators(),
                        a.deadline()))
                .toList();
        return new TaskDoc(t.ref(), t.group(), t.number(), t.title(), outputs, t.leader(), assignments,
                null, null, null);
    }

    static byte[] write(Plan p, TableFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskTableWriter.write(p.groups(), p.tasks(), format, out);
        return out.toByteArray();
    }

    static TaskTable read(byte[] bytes, TableFormat format) {
        return TaskTableReader.read(new ByteArrayInputStream(bytes), format, TaskTableReader.DEFAULT_MAX_BYTES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HN-2026.json", "HN-BADINH-2026.json", "HP-HAIDUONG-2026.json"})
    void csvRoundTripOfTheSeedPlans(String file) throws IOException {
        roundTrip(file, TableFormat.CSV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HN-2026.json", "HN-BADINH-2026.json", "HP-HAIDUONG-2026.json"})
    void xlsxRoundTripOfTheSeedPlans(String file) throws IOException {
        roundTrip(file, TableFormat.XLSX);
    }

    private static void roundTrip(String file, TableFormat format) throws IOException {
        Plan p = plan(file);
        TaskTable back = read(write(p, format), format);
        assertEquals(List.of(), back.errors(), file);
        assertEquals(p.groups(), back.groups(), file);
        assertEquals(p.tasks().size(), back.tasks().size(), file);
        for (int i = 0; i < p.tasks().size(); i++) {
            assertEquals(representable(p.tasks().get(i)), back.tasks().get(i), file + " task " + i);
        }
        assertTrue(back.tasks().stream().anyMatch(t -> t.assignments().size() > 1 || t.outputs().size() > 1)
                || file.startsWith("HP"), "the seeds exercise continuation rows and lists");
    }

    @Test
    void outputDeadlinesAreNotRepresentable() throws IOException {
        Plan p = plan("HN-2026.json");
        assertTrue(p.tasks().stream().flatMap(t -> t.outputs().stream()).anyMatch(o -> o.deadline() != null),
                "HN has outputs with their own deadline");
        TaskTable back = read(write(p, TableFormat.XLSX), TableFormat.XLSX);
        assertTrue(back.tasks().stream().flatMap(t -> t.outputs().stream()).allMatch(o -> o.deadline() == null));
    }

    @Test
    void csvHasBomHeaderCrlfAndDotsAfterNumericSectionKeys() throws IOException {
        byte[] bytes = write(plan("HN-BADINH-2026.json"), TableFormat.CSV);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, UTF_8);
        assertTrue(text.startsWith("TT,Nhiệm vụ,Sản phẩm,Lãnh đạo chủ trì,Cơ quan chủ trì,Cơ quan phối hợp,"
                + "Thời gian hoàn thành\r\n"), text.substring(0, 120));
        assertTrue(text.contains("\r\n1.,\"Công tác chỉ đạo, điều hành CCHC\",,,,,\r\n"));
        // a continuation row of task 1 (second assignment)
        // a continuation row of task 1 (second assignment); commons-csv quotes an empty first field
        assertTrue(text.contains("\r\n\"\",,,,Phòng Văn hóa - Xã hội,\"Các phòng, ban, đơn vị liên quan\",Tháng 02/2026\r\n"),
                text.substring(0, 1200));
    }

    @Test
    void csvGuardsFormulasAndListsWithAnApostropheAndTheReaderRemovesIt() throws IOException {
        List<GroupDoc> groups = List.of(new GroupDoc("I", ReformArea.DIRECTION, "Chỉ đạo điều hành"));
        TaskDoc t = new TaskDoc("1", "I", "1", "=HYPERLINK(\"http://x\",\"click\")",
                List.of(new OutputDoc("Kế hoạch", null), new OutputDoc("Báo cáo", null)), "@SUM(A1)",
                List.of(new AssignmentDoc(List.of("+cmd|' /C calc'!A0"), List.of("'=quoted"),
                        "- Tháng 3/2026\n- Báo cáo")), null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskTableWriter.write(groups, List.of(t), TableFormat.CSV, out);
        String csv = out.toString(UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), csv);
        assertTrue(csv.contains(",'@SUM(A1),"), csv);
        assertTrue(csv.contains(",'+cmd|' /C calc'!A0,"), csv);
        assertTrue(csv.contains(",''=quoted,"), csv);
        assertTrue(csv.contains("\"'- Kế hoạch\n- Báo cáo\""), csv);
        assertTrue(csv.contains("\"'- Tháng 3/2026\n- Báo cáo\""), csv);
        assertFalse(csv.contains(",=") || csv.contains(",+") || csv.contains(",@") || csv.contains(",\"="));

        TaskTable back = read(out.toByteArray(), TableFormat.CSV);
        assertEquals(List.of(), back.errors());
        assertEquals(t, back.tasks().get(0));
    }

    @Test
    void xlsxHasBoldWrappedHeaderWidthsAndStringCellsOnly() throws IOException {
        List<GroupDoc> groups = List.of(new GroupDoc("1", ReformArea.DIRECTION, "Chỉ đạo điều hành"));
        TaskDoc t = new TaskDoc("1", "1", "1", "=1+1", List.of(new OutputDoc("Kế hoạch", null)), null,
                List.of(new AssignmentDoc(List.of("Sở Nội vụ", "UBND các xã, phường"), List.of(), "Quý I/2026")),
                null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskTableWriter.write(groups, List.of(t), TableFormat.XLSX, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet sheet = wb.getSheet(TaskTableWriter.SHEET_NAME);
            XSSFCell h = sheet.getRow(0).getCell(0);
            assertEquals("TT", h.getStringCellValue());
            assertTrue(h.getCellStyle().getFont().getBold());
            assertTrue(h.getCellStyle().getWrapText());
            assertEquals("Thời gian hoàn thành", sheet.getRow(0).getCell(6).getStringCellValue());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0));
            assertEquals("1.", sheet.getRow(1).getCell(0).getStringCellValue());
            XSSFCell title = sheet.getRow(2).getCell(1);
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("=1+1", title.getStringCellValue());
            assertTrue(title.getCellStyle().getQuotePrefixed());
            XSSFCell lead = sheet.getRow(2).getCell(4);
            assertEquals("- Sở Nội vụ\n- UBND các xã, phường", lead.getStringCellValue());
            assertTrue(lead.getCellStyle().getWrapText());
        }
        TaskTable back = read(out.toByteArray(), TableFormat.XLSX);
        assertEquals(List.of(), back.errors());
        assertEquals(t, back.tasks().get(0));
        assertEquals(groups, back.groups());
    }

    @Test
    void listItemsStartingWithADashSurvive() throws IOException {
        List<GroupDoc> groups = List.of(new GroupDoc("II", ReformArea.INSTITUTIONS, "Cải cách thể chế"));
        TaskDoc t = new TaskDoc("5", "II", "5", "Rà soát", List.of(new OutputDoc("- Kế hoạch", null)), null,
                List.of(new AssignmentDoc(List.of("Sở Tư pháp"), List.of("- các sở"), null)), null, null, null);
        for (TableFormat f : TableFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TaskTableWriter.write(groups, List.of(t), f, out);
            TaskTable back = read(out.toByteArray(), f);
            assertEquals(List.of(), back.errors(), f.name());
            assertEquals(t, back.tasks().get(0), f.name());
            assertNull(back.tasks().get(0).assignments().get(0).deadline());
        }
    }

    @Test
    void sectionNumbers() {
        assertEquals("1.", TaskTableWriter.sectionNumber("1"));
        assertEquals("2.3.", TaskTableWriter.sectionNumber("2.3"));
        assertEquals("A.", TaskTableWriter.sectionNumber("A"));
        assertEquals("IV", TaskTableWriter.sectionNumber("IV"));
    }

    @Test
    void taskOfAnUnknownGroupIsRefused() {
        TaskDoc t = new TaskDoc("1", "9", "1", "X", List.of(), null,
                List.of(new AssignmentDoc(List.of("Sở Nội vụ"), List.of(), null)), null, null, null);
        assertThrows(IllegalArgumentException.class, () -> TaskTableWriter.write(
                List.of(new GroupDoc("1", null, "Nhóm")), List.of(t), TableFormat.CSV, new ByteArrayOutputStream()));
    }
}
