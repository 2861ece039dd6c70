package vn.cchc.plan.exchange.table;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.area.ReformArea;
import vn.cchc.plan.exchange.PlanDocument.AssignmentDoc;
import vn.cchc.plan.exchange.PlanDocument.GroupDoc;
import vn.cchc.plan.exchange.PlanDocument.OutputDoc;
import vn.cchc.plan.exchange.PlanDocument.TaskDoc;
import vn.cchc.plan.exchange.table.TaskTable.RowError;

class TaskTableReaderTest {

    private static final int MAX = TaskTableReader.DEFAULT_MAX_BYTES;

    // ------------------------------------------------------------ helpers

    static TaskTable csv(String text) {
        return TaskTableReader.read(new ByteArrayInputStream(text.getBytes(UTF_8)), TableFormat.CSV, MAX);
    }

    static TaskTable xlsx(byte[] bytes) {
        return TaskTableReader.read(new ByteArrayInputStream(bytes), TableFormat.XLSX, MAX);
    }

    /** A workbook with one sheet per array; a cell starting with "=" becomes a formula, a Double a number. */
    static byte[] workbook(Object[][]... sheets) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int n = 0;
            for (Object[][] rows : sheets) {
                Sheet sheet = wb.createSheet("Sheet" + (++n));
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        if (v instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                        } else if (v instanceof String s && s.startsWith("=")) {
                            row.createCell(c).setCellFormula(s.substring(1));
                        } else if (v instanceof String s && !s.isEmpty()) {
                            row.createCell(c).setCellValue(s);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static AssignmentDoc a(List<String> lead, List<String> coordinators, String deadline) {
        return new AssignmentDoc(lead, coordinators, deadline);
    }

    static TaskDoc task(TaskTable t, String ref) {
        return t.tasks().stream().filter(x -> x.ref().equals(ref)).findFirst().orElseThrow(
                () -> new AssertionError("no task " + ref + " in " + t));
    }

    static String single(TaskTable t) {
        assertEquals(1, t.errors().size(), () -> t.errors().toString());
        assertTrue(t.tasks().isEmpty());
        return t.errors().get(0).reason();
    }

    // ------------------------------------------------------------ layouts of the seeds

    /** The phường Ba Đình appendix (tab-separated, as in the seed), with its column numbers row. */
    @Test
    void baDinhAppendixLayoutWithContinuationRow() {
        String tsv = String.join("\n",
                "PHỤ LỤC",
                "CÁC NHIỆM VỤ TRỌNG TÂM CCHC NĂM 2026",
                "TT\tNhiệm vụ\tNội dung/ sản phẩm\tLãnh đạo UBND phường chủ trì\tCơ quan, đơn vị chủ trì\tCơ quan, đơn vị phối hợp\tThời gian hoàn thành",
                "1\t2\t3\t4\t5\t6\t7",
                "I\tChỉ đạo điều hành\t\t\t\t\t",
                "1\tBan hành, điều chỉnh Kế hoạch CCHC năm 2026\tKế hoạch\tChủ tịch UBND phường\tPhòng Văn hóa - Xã hội\tCác phòng, ban, đơn vị liên quan\tTheo chỉ đạo của UBND Thành phố",
                "\t\t\t\tPhòng Văn hóa - Xã hội\tCác phòng, ban, đơn vị liên quan\tTháng 02/2026",
                "2\tBan hành kế hoạch triển khai Chiến lược Chuyển đổi số\t\"- Ban hành Kế hoạch\n- Tổ chức hội thi\"\tPhó Chủ tịch UBND phường phụ trách theo lĩnh vực\tPhòng Văn hóa - Xã hội\tCác phòng, ban, đơn vị liên quan\tQuý I/2026",
                "II\tCải cách thể chế\t\t\t\t\t",
                "3\tRà soát, đề xuất sửa đổi, bổ sung Luật Thủ đô năm 2025\tVăn bản\tPhó Chủ tịch UBND phường phụ trách theo lĩnh vực\tVăn phòng HĐND và UBND\tCác phòng, ban, đơn vị liên quan\tTháng 4/2026");
        TaskTable t = csv(tsv);
        assertEquals(List.of(), t.errors());
        assertEquals(List.of(new GroupDoc("I", ReformArea.DIRECTION, "Chỉ đạo điều hành"),
                new GroupDoc("II", ReformArea.INSTITUTIONS, "Cải cách thể chế")), t.groups());
        assertEquals(3, t.tasks().size());
        TaskDoc one = task(t, "1");
        assertEquals("I", one.group());
        assertEquals("Chủ tịch UBND phường", one.leader());
        assertEquals(List.of(new OutputDoc("Kế hoạch", null)), one.outputs());
        assertEquals(List.of(
                a(List.of("Phòng Văn hóa - Xã hội"), List.of("Các phòng, ban, đơn vị liên quan"), "Theo chỉ đạo của UBND Thành phố"),
                a(List.of("Phòng Văn hóa - Xã hội"), List.of("Các phòng, ban, đơn vị liên quan"), "Tháng 02/2026")),
                one.assignments());
        assertEquals(List.of(new OutputDoc("Ban hành Kế hoạch", null), new OutputDoc("Tổ chức hội thi", null)),
                task(t, "2").outputs());
        assertEquals("II", task(t, "3").group());
        assertNull(task(t, "3").parentRef());
        assertNull(task(t, "3").status());
    }

    /** The phường Hải Dương appendix: no leader column, "I. label" in the TT cell, header repeated per page. */
    @Test
    void haiDuongLayoutWithoutLeaderColumnAndRepeatedHeader() {
        String tsv = String.join("\n",
                "DANH MỤC NHIỆM VỤ, CÔNG VIỆC CỤ THỂ",
                "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện/ hoàn thành\tSản phẩm",
                "I. Chỉ đạo điều hành, kiểm tra và tuyên truyền\t\t\t\t\t",
                "1\tBan hành Kế hoạch cải cách hành chính năm 2026\tPhòng VHXXH\tCác phòng, đơn vị chuyên môn\tTrước ngày 15/01/2026\tKế hoạch của UBND phường",
                "",
                "TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện/ hoàn thành\tSản phẩm",
                "2\tXây dựng Báo cáo xác định chỉ số cải cách hành chính năm 2025\tPhòng VHXXH\tCác phòng, đơn vị chuyên môn\tTheo yêu cầu của thành phố\tBáo cáo của UBND phường",
                "III. Cải cách thủ tục hành chính\t\t\t\t\t",
                "20\tXây dựng Kế hoạch công tác cải cách thủ tục hành chính\tTrung tâm phục vụ HCC\tCác phòng, đơn vị chuyên môn\tQuý I năm 2026\tQuyết định, Kế hoạch",
                "VIII. Nhiệm vụ khác của phường\t\t\t\t\t",
                "46\tTổng kết\tPhòng VHXXH\t\tTháng 12/2026\t");
        TaskTable t = csv(tsv);
        assertEquals(List.of(), t.errors());
        assertEquals(List.of(new GroupDoc("I", ReformArea.DIRECTION, "Chỉ đạo điều hành, kiểm tra và tuyên truyền"),
                new GroupDoc("III", ReformArea.PROCEDURES, "Cải cách thủ tục hành chính"),
                new GroupDoc("VIII", null, "Nhiệm vụ khác của phường")), t.groups());
        assertEquals(List.of("1", "2", "20", "46"), t.tasks().stream().map(TaskDoc::ref).toList());
        assertNull(task(t, "1").leader());
        assertEquals(List.of(new OutputDoc("Quyết định, Kế hoạch", null)), task(t, "20").outputs(),
                "never split on commas");
        assertEquals(List.of(a(List.of("Phòng VHXXH"), List.of(), "Tháng 12/2026")), task(t, "46").assignments());
        assertEquals(List.of(), task(t, "46").outputs());
    }

    @Test
    void columnsInAnotherOrderWithAnUnknownColumnAndNumericTt() throws IOException {
        byte[] x = workbook(new Object[][] {
                {"Kế hoạch CCHC năm 2026 (bảng tổng hợp)"},
                {},
                {"Thời gian hoàn thành", "Ghi chú", "Cơ quan phối hợp", "Nhiệm vụ", "TT", "Cơ quan chủ trì", "Sản phẩm"},
                {"", "", "", "Cải cách tổ chức bộ máy", "IV", "", ""},
                {"Tháng 10/2026", "ưu tiên", "Các phòng", "Báo cáo kết quả đánh giá", 26.0, "Văn phòng HĐND và UBND", "Báo cáo"},
        });
        TaskTable t = xlsx(x);
        assertEquals(List.of(), t.errors());
        assertEquals(List.of(new GroupDoc("IV", ReformArea.ORGANIZATION, "Cải cách tổ chức bộ máy")), t.groups());
        assertEquals(new TaskDoc("26", "IV", "26", "Báo cáo kết quả đánh giá", List.of(new OutputDoc("Báo cáo", null)),
                null, List.of(a(List.of("Văn phòng HĐND và UBND"), List.of("Các phòng"), "Tháng 10/2026")),
                null, null, null), t.tasks().get(0));
    }

    @Test
    void headerSynonymsAnyCaseAndDiacriticsAndNfd() {
        String nfd = Normalizer.normalize("Nội dung nhiệm vụ", Normalizer.Form.NFD);
        String csv = "STT,\"" + nfd.toUpperCase() + "\",Kết quả/sản phẩm,\"Lãnh đạo\nUBND Thành phố\nchủ trì\","
                + "Đơn vị chủ trì,Đơn vị phối hợp,THOI HAN\n"
                + "A.,Nhiệm vụ chung,,,,,\n"
                + "1,Ban hành Kế hoạch,Kế hoạch,Chủ tịch UBND Thành phố,Sở Nội vụ,Sở Tài chính,Quý I/2026\n";
        TaskTable t = csv(csv);
        assertEquals(List.of(), t.errors());
        assertEquals(List.of(new GroupDoc("A", null, "Nhiệm vụ chung")), t.groups());
        TaskDoc one = task(t, "1");
        assertEquals("Chủ tịch UBND Thành phố", one.leader());
        assertEquals(List.of(a(List.of("Sở Nội vụ"), List.of("Sở Tài chính"), "Quý I/2026")), one.assignments());

        for (String h : List.of("Tên nhiệm vụ", "Nội dung", "Nhiệm vụ")) {
            TaskTable u = csv("TT," + h + ",Sản phẩm,Cơ quan, đơn vị chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                    .replace("Cơ quan, đơn vị chủ trì", "\"Cơ quan, đơn vị chủ trì\"")
                    + "I,Chỉ đạo điều hành,,,,\n1,X,Y,Sở Nội vụ,,Quý I/2026\n");
            assertEquals(List.of(), u.errors(), h);
            assertEquals("X", u.tasks().get(0).title(), h);
        }
    }

    @Test
    void semicolonCsvWithBom() {
        String text = "\uFEFFTT;Nhiệm vụ;Sản phẩm;Lãnh đạo chủ trì;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian hoàn thành\r\n"
                + "I;Chỉ đạo điều hành;;;;;\r\n"
                + "1;Ban hành, điều chỉnh Kế hoạch CCHC năm 2026;Kế hoạch;Chủ tịch UBND Thành phố;Sở Nội vụ;"
                + "\"- Sở, Ban, Ngành\r\n- UBND các xã, phường\";Quý 1/2026\r\n";
        TaskTable t = csv(text);
        assertEquals(List.of(), t.errors());
        assertEquals("I", t.groups().get(0).key());
        assertEquals(List.of(a(List.of("Sở Nội vụ"), List.of("Sở, Ban, Ngành", "UBND các xã, phường"), "Quý 1/2026")),
                task(t, "1").assignments());
        assertEquals("Ban hành, điều chỉnh Kế hoạch CCHC năm 2026", task(t, "1").title());
    }

    /** How the Hà Nội plan writes a task with two assignments: a row with empty TT and task. */
    @Test
    void continuationRowMakesASecondAssignment() {
        String text = "TT,Nhiệm vụ,Nội dung/sản phẩm,Lãnh đạo UBND Thành phố chủ trì,\"Cơ quan, đơn vị chủ trì\","
                + "\"Cơ quan, đơn vị phối hợp\",Thời gian hoàn thành\n"
                + "1,2,3,4,5,6,7\n"
                + "I,Chỉ đạo điều hành,,,,,\n"
                + "1,Ban hành Kế hoạch tuyên truyền CCHC năm 2026,Kế hoạch,Phó Chủ tịch thường trực UBND Thành phố,"
                + "Sở Nội vụ,\"- Sở, Ban, Ngành\n- UBND các xã, phường\",Tháng 02/2026\n"
                + ",,,,\"- Sở, Ban, Ngành\n- UBND các xã, phường\",Sở Nội vụ,Tháng 02/2026\n"
                + ",,Báo cáo,,UBND các xã, phường,,\n";
        TaskTable t = csv(text.replace("UBND các xã, phường,,\n", "\"UBND các xã, phường\",,\n"));
        assertEquals(List.of(), t.errors());
        TaskDoc one = task(t, "1");
        assertEquals(List.of(
                a(List.of("Sở Nội vụ"), List.of("Sở, Ban, Ngành", "UBND các xã, phường"), "Tháng 02/2026"),
                a(List.of("Sở, Ban, Ngành", "UBND các xã, phường"), List.of("Sở Nội vụ"), "Tháng 02/2026"),
                a(List.of("UBND các xã, phường"), List.of(), null)), one.assignments());
        assertEquals(List.of(new OutputDoc("Kế hoạch", null), new OutputDoc("Báo cáo", null)), one.outputs());
    }

    @Test
    void cellsSplitOnDashLinesOrLineBreaksNeverOnCommas() {
        assertEquals(List.of("Sở, Ban, Ngành", "UBND các xã, phường"),
                TaskTableReader.items("- Sở, Ban, Ngành\n- UBND các xã, phường"));
        assertEquals(List.of("Sở, Ban, Ngành"), TaskTableReader.items("Sở, Ban, Ngành"));
        assertEquals(List.of("Sở Nội vụ", "Sở Tư pháp"), TaskTableReader.items("Sở Nội vụ\nSở Tư pháp"));
        assertEquals(List.of("Sở, Ban, Ngành", "UBND các xã, phường"),
                TaskTableReader.items("- Sở, Ban, Ngành\n- UBND các xã,\nphường"), "a wrapped item is joined");
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), TaskTableReader.items("Phòng Văn hóa - Xã hội"));
        assertEquals(List.of(), TaskTableReader.items(""));
    }

    @Test
    void textIsNfcLineByLineAndDeadlineVerbatim() {
        String title = Normalizer.normalize("Tổ chức  Hội nghị\r\n  giao ban   về CCHC", Normalizer.Form.NFD);
        String deadline = Normalizer.normalize("- Tháng 3/2026\n\n- Báo cáo kết quả thực hiện (lồng ghép)", Normalizer.Form.NFD);
        TaskTable t = csv("TT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                + "I,Chỉ đạo điều hành,,,,\n"
                + "7,\"" + title + "\",Hội nghị,Sở Nội vụ,,\"" + deadline + "\"\n");
        assertEquals(List.of(), t.errors());
        TaskDoc seven = task(t, "7");
        assertEquals("Tổ chức Hội nghị\ngiao ban về CCHC", seven.title());
        assertTrue(Normalizer.isNormalized(seven.title(), Normalizer.Form.NFC));
        assertEquals("- Tháng 3/2026\n- Báo cáo kết quả thực hiện (lồng ghép)", seven.assignments().get(0).deadline());
    }

    @Test
    void sectionLabelsMapToAreas() {
        assertEquals(ReformArea.DIRECTION, TaskTableReader.areaOf("Công tác chỉ đạo, điều hành CCHC"));
        assertEquals(ReformArea.INSTITUTIONS, TaskTableReader.areaOf("Cải cách thể chế"));
        assertEquals(ReformArea.PROCEDURES, TaskTableReader.areaOf("Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông"));
        assertEquals(ReformArea.PROCEDURES, TaskTableReader.areaOf("CẢI CÁCH THỦ TỤC HÀNH CHÍNH"));
        assertEquals(ReformArea.ORGANIZATION, TaskTableReader.areaOf("Cải cách tổ chức bộ máy"));
        assertEquals(ReformArea.CIVIL_SERVICE, TaskTableReader.areaOf("Cải cách chế độ công vụ"));
        assertEquals(ReformArea.PUBLIC_FINANCE, TaskTableReader.areaOf("Cải cách tài chính công"));
        assertEquals(ReformArea.DIGITAL_GOVERNMENT, TaskTableReader.areaOf("Xây dựng và phát triển chính quyền điện tử, chính quyền số"));
        assertEquals(ReformArea.DIGITAL_GOVERNMENT, TaskTableReader.areaOf("Chuyển đổi số"));
        assertNull(TaskTableReader.areaOf("Các nhiệm vụ khác"));
        assertNull(TaskTableReader.areaOf("Thể chế và công vụ"), "two areas: not clearly one");
    }

    @Test
    void numbersRepeatedAcrossSectionsAreQualifiedByTheSection() {
        TaskTable t = csv("TT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                + "I,Chỉ đạo điều hành,,,,\n1,A,,Sở Nội vụ,,\n2,B,,Sở Nội vụ,,\n"
                + "II,Cải cách thể chế,,,,\n1,C,,Sở Tư pháp,,\n");
        assertEquals(List.of(), t.errors());
        assertEquals(List.of("I.1", "I.2", "II.1"), t.tasks().stream().map(TaskDoc::ref).toList());
        assertEquals(List.of("1", "2", "1"), t.tasks().stream().map(TaskDoc::number).toList());
    }

    // ------------------------------------------------------------ row errors

    @Test
    void everyBadRowIsReportedAtOnce() {
        String longCell = "x".repeat(TaskTableReader.MAX_CELL_CHARS + 1);
        String text = String.join("\n",
                "TT,Nhiệm vụ,Sản phẩm,Lãnh đạo chủ trì,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành", // 1
                "1,Trước mọi mục,Kế hoạch,,Sở Nội vụ,,",                                                      // 2 before any section
                "I,Chỉ đạo điều hành,,,,,",                                                                    // 3
                "2,Hợp lệ,Kế hoạch,,Sở Nội vụ,,Quý I/2026",                                                    // 4 ok
                "3,,Kế hoạch,,Sở Nội vụ,,",                                                                    // 5 no title
                "2,Trùng số,Báo cáo,,Sở Nội vụ,,",                                                             // 6 duplicate TT
                "4,Thiếu chủ trì,Báo cáo,,,Sở Tư pháp,",                                                      // 7 lead missing
                "5,Quá dài,Báo cáo,,Sở Nội vụ,," + longCell,                                                   // 8 too long
                ",Không có số,Báo cáo,,Sở Nội vụ,,",                                                           // 9 no TT
                "6,Hợp lệ nữa,Kế hoạch,,Sở Nội vụ,,",                                                          // 10 ok
                ",,,,,,Tháng 5/2026");                                                                         // 11 continuation without lead
        TaskTable t = csv(text);
        assertEquals(List.of(
                new RowError(2, null, "task row before any section (group) row such as \"I | Chỉ đạo điều hành\""),
                new RowError(5, "Nhiệm vụ", "task row without a title"),
                new RowError(6, "TT", "duplicate TT \"2\" in section \"I\" (first at row 4)"),
                new RowError(7, "Cơ quan chủ trì", "lead unit (cơ quan chủ trì) missing"),
                new RowError(8, "Thời gian hoàn thành", "cell longer than 10000 characters"),
                new RowError(9, "TT", "task number (TT) missing"),
                new RowError(11, "Cơ quan chủ trì", "lead unit (cơ quan chủ trì) missing")), t.errors());
        assertEquals(List.of("2"), t.tasks().stream().map(TaskDoc::ref).toList(),
                "task 6 lost its continuation row's assignment: excluded");
        assertEquals(List.of(new GroupDoc("I", ReformArea.DIRECTION, "Chỉ đạo điều hành")), t.groups());
    }

    @Test
    void missingRequiredColumnsAreReportedOnTheHeaderRow() {
        TaskTable t = csv("Bảng nhiệm vụ\nTT,Nhiệm vụ,Ghi chú,Thời hạn\nI,Chỉ đạo điều hành,,\n1,X,,\n");
        assertEquals(List.of(
                new RowError(2, "Sản phẩm", "missing column \"Sản phẩm\""),
                new RowError(2, "Cơ quan chủ trì", "missing column \"Cơ quan chủ trì\""),
                new RowError(2, "Cơ quan phối hợp", "missing column \"Cơ quan phối hợp\"")), t.errors());
        assertTrue(t.tasks().isEmpty());
    }

    @Test
    void continuationWithoutATaskAndDuplicateSection() {
        TaskTable t = csv("TT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                + "I,Chỉ đạo điều hành,,,,\n,,,Sở Nội vụ,,\nI,Chỉ đạo điều hành,,,,\n");
        assertEquals(List.of(new RowError(3, null, "continuation row (empty TT and task) without a task above"),
                new RowError(4, "TT", "duplicate section \"I\" (first at row 2)")), t.errors());
    }

    @Test
    void formulaCellsAreErrorsNotRead() throws IOException {
        TaskTable t = xlsx(workbook(new Object[][] {
                {"TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Tính"},
                {"I", "Chỉ đạo điều hành"},
                {"1", "Ban hành Kế hoạch", "Kế hoạch", "=CONCATENATE(\"Sở \",\"Nội vụ\")", "", "Quý I/2026", "=1+1"},
                {"2", "=A1", "Kế hoạch", "Sở Nội vụ", "", "Quý I/2026"},
                {"3", "Hợp lệ", "Kế hoạch", "Sở Nội vụ", "", "Quý I/2026", "=2+2"},
        }));
        assertEquals(List.of(new RowError(3, "Cơ quan chủ trì", "formulas are not accepted; paste values"),
                new RowError(4, "Nhiệm vụ", "formulas are not accepted; paste values")), t.errors(),
                "a formula in an ignored column is not read, so not an error");
        assertEquals(List.of("3"), t.tasks().stream().map(TaskDoc::ref).toList());
    }

    // ------------------------------------------------------------ sheets

    @Test
    void theFirstSheetWithTheHeaderIsRead() throws IOException {
        TaskTable t = xlsx(workbook(
                new Object[][] {{"Hướng dẫn"}, {"Điền bảng ở trang sau"}},
                new Object[][] {{"TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"},
                        {"II", "Cải cách thể chế"}, {"1", "X", "Y", "Sở Tư pháp"}},
                new Object[][] {{"TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"},
                        {"V", "Cải cách chế độ công vụ"}}));
        assertEquals(List.of(), t.errors());
        assertEquals(List.of(new GroupDoc("II", ReformArea.INSTITUTIONS, "Cải cách thể chế")), t.groups());
    }

    @Test
    void noSheetWithTheHeader() throws IOException {
        assertEquals(TaskTableReader.NO_SHEET,
                single(xlsx(workbook(new Object[][] {{"Số liệu"}, {"1", "2"}}, new Object[][] {{"TT", "Tên"}}))));
        assertEquals(TaskTableReader.NO_HEADER, single(csv("a,b,c\n1,2,3\n")));
        assertEquals(TaskTableReader.NO_HEADER, single(csv("")));
    }

    // ------------------------------------------------------------ hostile input

    @Test
    void fileLargerThanTheLimit() throws IOException {
        byte[] big = ("TT,Nhiệm vụ\n" + "1,x\n".repeat(1000)).getBytes(UTF_8);
        TaskTable t = TaskTableReader.read(new ByteArrayInputStream(big), TableFormat.CSV, 1000);
        assertEquals("file larger than 1000 bytes", single(t));
        assertEquals(0, t.errors().get(0).row());
        // an endless stream is read only up to the limit
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'A';
            }
        };
        assertEquals("file larger than 4096 bytes", single(TaskTableReader.read(endless, TableFormat.XLSX, 4096)));
    }

    @Test
    void unbalancedQuoteIsAnErrorWithItsLine() {
        TaskTable t = csv("TT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
                + "I,Chỉ đạo điều hành,,,,\n"
                + "1,\"Ban hành Kế hoạch,Kế hoạch,Sở Nội vụ,,\n"
                + "2,Hợp lệ,Kế hoạch,Sở Nội vụ,,\n");
        String reason = single(t);
        assertEquals(3, t.errors().get(0).row());
        assertTrue(reason.startsWith("malformed CSV from line 3"), reason);
        TaskTable u = csv("TT,Nhiệm vụ\n1,\"abc\"def,x\n");
        assertTrue(single(u).startsWith("malformed CSV from line 2"), u.toString());
    }

    @Test
    void csvThatIsNotUtf8Text() throws IOException {
        byte[] latin = "TT,Nhiêm vu\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(single(TaskTableReader.read(new ByteArrayInputStream(latin), TableFormat.CSV, MAX))
                .startsWith("not UTF-8 text"));
        byte[] workbook = workbook(new Object[][] {{"TT", "Nhiệm vụ"}});
        String reason = single(TaskTableReader.read(new ByteArrayInputStream(workbook), TableFormat.CSV, MAX));
        assertTrue(reason.startsWith("not UTF-8 text") || reason.startsWith("binary content"), reason);
    }

    @Test
    void notAWorkbook() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertTrue(single(xlsx(random)).startsWith("not an XLSX workbook"));
        assertTrue(single(xlsx("TT,Nhiệm vụ\nI,Chỉ đạo\n".getBytes(UTF_8))).startsWith("not an XLSX workbook"));
        assertTrue(single(xlsx(new byte[0])).startsWith("not an XLSX workbook"));
    }

    @Test
    void corruptWorkbooks() throws IOException {
        byte[] good = workbook(new Object[][] {{"TT", "Nhiệm vụ"}});
        String truncated = single(xlsx(Arrays.copyOf(good, good.length / 2)));
        assertTrue(truncated.startsWith("corrupt"), truncated);
        // a ZIP that is not a workbook
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("xin chào".getBytes(UTF_8));
        }
        String notOoxml = single(xlsx(zip.toByteArray()));
        assertTrue(notOoxml.startsWith("corrupt or unsupported XLSX workbook"), notOoxml);
        // a sheet whose XML is broken or declares entities
        String xxe = single(xlsx(replaceSheet(good, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>")));
        assertTrue(xxe.startsWith("corrupt"), xxe);
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        byte[] plain = workbook(new Object[][] {{"TT", "Nhiệm vụ"}});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        assertTrue(single(xlsx(out.toByteArray())).startsWith("password-protected workbook"));
    }

    @Test
    void oldXlsWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Nhiem vu").createRow(0).createCell(0).setCellValue("TT");
            wb.write(out);
        }
        assertTrue(single(xlsx(out.toByteArray())).contains(".xls"));
    }

    /** A 40 MB sheet of zeros in a 40 kB file: POI's inflate-ratio check (ZipSecureFile) refuses it. */
    @Test
    void zipBombByRatio() throws IOException {
        String reason = single(xlsx(bomb(40)));
        assertTrue(reason.contains("ZIP bomb"), reason);
    }

    /** A 100 MB sheet: refused by the pre-scan before POI holds anything. */
    @Test
    void zipBombBySize() throws IOException {
        String reason = single(xlsx(bomb(100)));
        assertTrue(reason.contains("ZIP bomb") && reason.contains("more than " + TaskTableReader.MAX_UNZIPPED_BYTES),
                reason);
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(2000)];
            random.nextBytes(b);
            if (i % 3 == 0 && b.length > 4) {
                b[0] = 'P';
                b[1] = 'K';
                b[2] = 3;
                b[3] = 4;
            }
            for (TableFormat f : TableFormat.values()) {
                TaskTable t = TaskTableReader.read(new ByteArrayInputStream(b), f, MAX);
                assertTrue(!t.ok(), "random bytes are never a table");
            }
        }
    }

    // ------------------------------------------------------------ material

    private static byte[] bomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                z.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /** The workbook with its first sheet's XML replaced. */
    private static byte[] replaceSheet(byte[] xlsx, String sheetXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals("xl/worksheets/sheet1.xml") ? sheetXml.getBytes(UTF_8) : in.readAllBytes());
            }
        }
        return out.toByteArray();
    }
}
