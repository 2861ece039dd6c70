package vn.cchc.plan.deadline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.plan.deadline.DeadlineKind.AWAITING_DIRECTIVE;
import static vn.cchc.plan.deadline.DeadlineKind.COMPOSITE;
import static vn.cchc.plan.deadline.DeadlineKind.DUE_DATE;
import static vn.cchc.plan.deadline.DeadlineKind.INHERITED;
import static vn.cchc.plan.deadline.DeadlineKind.RECURRING;
import static vn.cchc.plan.deadline.DeadlineKind.RELATIVE;
import static vn.cchc.plan.deadline.DeadlineKind.UNPARSED;
import static vn.cchc.plan.deadline.DeadlineKind.WINDOW;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DeadlineParser} against every distinct deadline cell of the three 2026 plans in
 * {@code shared/seeds/}, then spellings, year-less forms, composites and garbage.
 *
 * <p>Sources: HN = 003 (Hà Nội, PDF-extracted: the cells are quoted with the PDF's line breaks, pieces
 * split by a page break joined back), BD = 000 (phường Ba Đình, tab-separated, inline "- " bullets),
 * HD = 002 (phường Hải Dương, tab-separated). The number after the source is the task number (TT).
 */
class DeadlineParserTest {

    private static final int YEAR = 2026;

    /** Expected reading of one cell; null fields are expected null, {@code parts} only for composites. */
    private record Cell(String source, String text, DeadlineKind kind, LocalDate due, LocalDate start,
                        LocalDate end, Recurrence recurrence, String event, Integer offset,
                        List<DeadlineKind> parts) {

        @Override
        public String toString() {
            return source + " " + text.replace("\n", "⏎");
        }
    }

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Cell due(String src, String text, String due, String start, String end) {
        return new Cell(src, text, DUE_DATE, d(due), d(start), d(end), null, null, null, List.of());
    }

    private static Cell month(String src, String text, int month) {
        LocalDate first = LocalDate.of(YEAR, month, 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        return new Cell(src, text, DUE_DATE, last, first, last, null, null, null, List.of());
    }

    private static Cell window(String src, String text, String start, String end) {
        return new Cell(src, text, WINDOW, d(end), d(start), d(end), null, null, null, List.of());
    }

    private static Cell recurring(String src, String text, Recurrence r) {
        return new Cell(src, text, RECURRING, null, null, null, r, null, null, List.of());
    }

    private static Cell relative(String src, String text, String event, int offset) {
        return new Cell(src, text, RELATIVE, null, null, null, null, event, offset, List.of());
    }

    private static Cell inherited(String src, String text, String start, String end) {
        return new Cell(src, text, INHERITED, null, d(start), d(end), null, null, null, List.of());
    }

    private static Cell awaiting(String src, String text) {
        return new Cell(src, text, AWAITING_DIRECTIVE, null, null, null, null, null, null, List.of());
    }

    private static Cell composite(String src, String text, String due, DeadlineKind... parts) {
        return new Cell(src, text, COMPOSITE, d(due), null, null, null, null, null, List.of(parts));
    }

    private static final String REPORT_EACH_PERIOD = "Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)";

    /** Every distinct deadline cell of the three seed plans. */
    static final List<Cell> SEED_CELLS = List.of(
            // ---- Hà Nội (003), PDF: cells broken over lines ----
            awaiting("HN 1 (Sở Nội vụ)", "Theo chỉ đạo \ncủa UBND \n\nthành phố trong \ntrường hợp cần \n"
                    + "điều chỉnh, bổ \nsung Kế hoạch \n\nCCHC"),
            relative("HN 1 (Sở, xã, phường)", "Chậm nhất 20 \nngày kể từ ngày \nQuyết định này \n\nđược UBND \n"
                    + "Thành phố ký \n\nban hành", Deadline.EVENT_PLAN_ISSUED, 20),
            due("HN 2, 32", "Quý 1/2026", "2026-03-31", "2026-01-01", "2026-03-31"),
            month("HN 2-6, 40", "Tháng 02/2026", 2),
            awaiting("HN 7", "Theo chỉ đạo \ncủa UBND \nThành phố"),
            month("HN 8", "Tháng 6/2026", 6),
            month("HN 9", "Chậm nhất \ntháng 6/2026", 6),
            month("HN 10 (Sở Nội vụ)", "Chậm nhất \ntháng 7/2026", 7),
            month("HN 10 (Sở, xã, phường)", "Chậm nhất \n\ntháng 9/2026", 9),
            month("HN 11", "Chậm nhất \ntháng 9/2026", 9),
            month("HN 12 (Ban hành Kế hoạch), 53", "Tháng 3/2026", 3),
            month("HN 12 (Tổ chức hội thi)", "Tháng 11/2026", 11),
            month("HN 13-15", "Chậm nhất \ntháng 12/2026", 12),
            relative("HN 16", "Ngay sau công \nbố kết quả Chỉ \n\nsố PAR INDEX, \nSIPAS của Bộ \n\nNội vụ",
                    Deadline.EVENT_PAR_SIPAS_PUBLISHED, 0),
            window("HN 17", "Từ tháng 3/2026 \nđến tháng \n12/2026", "2026-03-01", "2026-12-31"),
            awaiting("HN 18", "Theo chỉ đạo \ncủa Bộ Nội vụ, \nUBND Thành \n\nphố"),
            month("HN 19, 30, 54-56", "Tháng 12/2026", 12),
            awaiting("HN 20", "Theo chỉ đạo \ncủa Bộ Nội vụ"),
            composite("HN 21", "- Ban hành Bộ \ntiêu chí và kế \n\nhoạch triển khai: \nTháng 06/2026\n"
                    + "- Báo cáo kết \nquả: Tháng \n\n12/2026", "2026-06-30", DUE_DATE, DUE_DATE),
            inherited("HN 22", "Theo quy định \ncủa ngành", null, null),
            month("HN 23", "Tháng 4/2026", 4),
            month("HN 24, 25", "Chậm nhất \ntháng 3/2026", 3),
            recurring("HN 26, 27, 29, 31, 38, 42, 43, 46, 48-50",
                    "Báo cáo kết quả \nthực hiện (lồng \nghép trong kỳ \n\nBáo cáo CCHC)",
                    Recurrence.EACH_REPORTING_PERIOD),
            composite("HN 28", "- Tháng 3/2026\n- Báo cáo kết \nquả thực hiện \n\n(lồng ghép trong \n"
                    + "kỳ Báo cáo \n\nCCHC)", "2026-03-31", DUE_DATE, RECURRING),
            month("HN 33", "Tháng 10/2026", 10),
            composite("HN 34-37, 39", "- Theo chỉ đạo \ncủa Trung ương, \n\nThành phố\n- Báo cáo kết \n"
                    + "quả thực hiện \n\n(lồng ghép trong \nkỳ Báo cáo \n\nCCHC)", null,
                    AWAITING_DIRECTIVE, RECURRING),
            month("HN 41", "Chậm nhất \ntháng 03/2026", 3),
            recurring("HN 44", "Báo cáo kết quả \nthực hiện (lồng \nghép trong Báo \n\ncáo kết quả \nCCHC)",
                    Recurrence.EACH_REPORTING_PERIOD),
            composite("HN 45", "- Tháng 6/2026\n- Báo cáo kết \nquả thực hiện \n\n(lồng ghép trong \n"
                    + "Báo cáo kết quả \n\nCCHC)", "2026-06-30", DUE_DATE, RECURRING),
            composite("HN 47", "- Tháng 6/2026\n- Báo cáo kết \nquả thực hiện \n\n(lồng ghép trong \n"
                    + "kỳ Báo cáo \n\nCCHC)", "2026-06-30", DUE_DATE, RECURRING),
            composite("HN 51", "- Tháng 12/2026 \n(đối với tài sản \nchuyên dùng \nlĩnh vực y tế, \n\n"
                    + "giáo dục và đào \ntạo)\n\n- Theo Thông tư \ncủa Bộ, Ngành \nvà chỉ đạo của \n"
                    + "Thành phố (đối \n\nvới lĩnh vực \nkhác)", "2026-12-31", DUE_DATE, AWAITING_DIRECTIVE),
            awaiting("HN 52", "Theo hướng dẫn \ncủa Bộ, Ngành \nvà chỉ đạo của \n\nThành phố."),

            // ---- phường Ba Đình (000), tab-separated ----
            awaiting("BD 1 (điều chỉnh)",
                    "Theo chỉ đạo của UBND Thành phố trong trường hợp cần điều chỉnh, bổ sung Kế hoạch CCHC"),
            month("BD 1 (ban hành), 31", "Tháng 02/2026", 2),
            inherited("BD 2", "Theo Kế hoạch của Thành phố (dự kiến quý I/2026)", "2026-01-01", "2026-03-31"),
            inherited("BD 3, 4, 6, 10, 14, 32", "Theo Kế hoạch của Thành phố", null, null),
            due("BD 5", "Quý I/2026", "2026-03-31", "2026-01-01", "2026-03-31"),
            recurring("BD 7", "Định kỳ tháng cuối quý", Recurrence.QUARTERLY),
            inherited("BD 8", "Theo Kế hoạch của Thành phố (dự kiến tháng 6/2026)", "2026-06-01", "2026-06-30"),
            month("BD 9", "Chậm nhất tháng 9/2026", 9),
            month("BD 11", "Chậm nhất tháng 12/2026", 12),
            relative("BD 12", "Ngay sau công bố kết quả Chỉ số PAR INDEX, SIPAS của thành phố Hà Nội",
                    Deadline.EVENT_PAR_SIPAS_PUBLISHED, 0),
            window("BD 13", "Từ tháng 3/2026 đến tháng 12/2026", "2026-03-01", "2026-12-31"),
            inherited("BD 15", "Theo Kế hoạch của Thành phố (Dự kiến tháng 12/2026)", "2026-12-01", "2026-12-31"),
            inherited("BD 16", "Theo quy định của ngành", null, null),
            month("BD 17", "Tháng 4/2026", 4),
            month("BD 18, 19", "Chậm nhất tháng 3/2026", 3),
            recurring("BD 20, 21, 23, 25, 29, 33, 34, 37, 39", REPORT_EACH_PERIOD, Recurrence.EACH_REPORTING_PERIOD),
            composite("BD 22", "- Theo kế hoạch của UBND Thành phố (dự kiến Tháng 3/2026) - " + REPORT_EACH_PERIOD,
                    null, INHERITED, RECURRING),
            month("BD 24", "Tháng 12/2026", 12),
            month("BD 26", "Tháng 10/2026", 10),
            composite("BD 27", "- Theo chỉ đạo của Trung ương, TP - " + REPORT_EACH_PERIOD, null,
                    AWAITING_DIRECTIVE, RECURRING),
            composite("BD 28 (over a page break)", "- Theo chỉ đạo của Trung ương, TP\n- " + REPORT_EACH_PERIOD,
                    null, AWAITING_DIRECTIVE, RECURRING),
            composite("BD 30", "- Theo chỉ đạo của Trung ương, Thành phố - " + REPORT_EACH_PERIOD, null,
                    AWAITING_DIRECTIVE, RECURRING),
            recurring("BD 35", "Báo cáo kết quả thực hiện (lồng ghép trong Báo cáo kết quả CCHC)",
                    Recurrence.EACH_REPORTING_PERIOD),
            composite("BD 36", "- Tháng 6/2026 - Báo cáo kết quả thực hiện (lồng ghép trong Báo cáo kết quả CCHC)",
                    "2026-06-30", DUE_DATE, RECURRING),
            composite("BD 38", "- Tháng 6/2026 - " + REPORT_EACH_PERIOD, "2026-06-30", DUE_DATE, RECURRING),
            composite("BD 40", "- Tháng 12/2026 (đối với tài sản chuyên dùng lĩnh vực y tế, giáo dục và đào tạo) "
                    + "- Theo Thông tư của Bộ, Ngành và chỉ đạo của Thành phố (đối với lĩnh vực khác)",
                    "2026-12-31", DUE_DATE, AWAITING_DIRECTIVE),
            awaiting("BD 41", "Theo chỉ đạo của Thành phố và hướng dẫn của Sở, Ngành"),
            inherited("BD 42 (over a page break)", "Theo Kế hoạch của Thành phố (dự kiến\nTháng 3/2026)",
                    "2026-03-01", "2026-03-31"),
            inherited("BD 43", "Theo Kế hoạch của Thành phố (dự kiến Tháng 12/2026)", "2026-12-01", "2026-12-31"),

            // ---- phường Hải Dương (002), tab-separated ----
            due("HD 1", "Trước ngày 15/01/2026", "2026-01-14", null, null),
            awaiting("HD 2", "Theo yêu cầu của thành phố"),
            window("HD 3, 8-12, 14-17, 19, 31-37, 39-42, 44", "Cả năm 2026", "2026-01-01", "2026-12-31"),
            due("HD 4, 13", "Quý I/2026", "2026-03-31", "2026-01-01", "2026-03-31"),
            window("HD 5", "Quý III,IV/2026", "2026-07-01", "2026-12-31"),
            month("HD 6", "Tháng 11 /2026", 11),
            window("HD 7", "Cả năm", "2026-01-01", "2026-12-31"),
            awaiting("HD 18", "Theo chỉ đạo của thành phố"),
            due("HD 20", "Quý I năm 2026", "2026-03-31", "2026-01-01", "2026-03-31"),
            recurring("HD 21-30", "Thường xuyên", Recurrence.CONTINUOUS),
            window("HD 38", "Tháng 01/2026 đến tháng 5/2026", "2026-01-01", "2026-05-31"),
            awaiting("HD 43", "Khi có văn bản triển khai"),
            awaiting("HD 45", "Khi có hướng dẫn của thành phố"));

    static Stream<Arguments> seedCells() {
        return SEED_CELLS.stream().map(c -> Arguments.of(c.source(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedCells")
    void readsEverySeedCell(String source, Cell cell) {
        Deadline d = DeadlineParser.parse(cell.text(), YEAR);
        // The guard the brief asks for: no seed form may fall back to UNPARSED.
        assertTrue(d.understood(), () -> "seed form not understood: " + cell + " → " + d);
        assertAll(cell.toString(),
                () -> assertEquals(cell.text(), d.text(), "text kept verbatim"),
                () -> assertEquals(cell.kind(), d.kind(), "kind"),
                () -> assertEquals(cell.due(), d.dueDate(), "dueDate"),
                () -> assertEquals(cell.start(), d.windowStart(), "windowStart"),
                () -> assertEquals(cell.end(), d.windowEnd(), "windowEnd"),
                () -> assertEquals(cell.recurrence(), d.recurrence(), "recurrence"),
                () -> assertEquals(cell.event(), d.event(), "event"),
                () -> assertEquals(cell.offset(), d.offsetDays(), "offsetDays"),
                () -> assertEquals(cell.parts(), d.parts().stream().map(Deadline::kind).toList(), "part kinds"),
                () -> assertEquals(Optional.ofNullable(cell.due()), d.effectiveDue(), "effectiveDue"));
    }

    @Test
    void seedListHasNoDuplicatesAndCoversEveryKindButUnparsed() {
        Set<String> texts = new HashSet<>();
        Map<DeadlineKind, Integer> tally = new EnumMap<>(DeadlineKind.class);
        for (Cell c : SEED_CELLS) {
            assertTrue(texts.add(c.source().substring(0, 2) + c.text()), () -> "duplicate " + c);
            tally.merge(c.kind(), 1, Integer::sum);
        }
        assertEquals(Set.of(DUE_DATE, WINDOW, RECURRING, RELATIVE, INHERITED, AWAITING_DIRECTIVE, COMPOSITE),
                tally.keySet());
    }

    @Test
    void compositeParts() {
        Deadline d = DeadlineParser.parse("- Ban hành Bộ \ntiêu chí và kế \n\nhoạch triển khai: \nTháng 06/2026\n"
                + "- Báo cáo kết \nquả: Tháng \n\n12/2026", YEAR);
        assertEquals(2, d.parts().size());
        Deadline first = d.parts().get(0);
        assertEquals("Ban hành Bộ tiêu chí và kế hoạch triển khai: Tháng 06/2026", first.text());
        assertEquals(d("2026-06-30"), first.dueDate());
        assertEquals(d("2026-06-01"), first.windowStart());
        Deadline second = d.parts().get(1);
        assertEquals("Báo cáo kết quả: Tháng 12/2026", second.text());
        assertEquals(d("2026-12-31"), second.dueDate());

        Deadline scoped = DeadlineParser.parse("- Tháng 12/2026 (đối với tài sản chuyên dùng lĩnh vực y tế, giáo dục "
                + "và đào tạo) - Theo Thông tư của Bộ, Ngành và chỉ đạo của Thành phố (đối với lĩnh vực khác)", YEAR);
        assertEquals("Tháng 12/2026 (đối với tài sản chuyên dùng lĩnh vực y tế, giáo dục và đào tạo)",
                scoped.parts().get(0).text());
        assertEquals("Theo Thông tư của Bộ, Ngành và chỉ đạo của Thành phố (đối với lĩnh vực khác)",
                scoped.parts().get(1).text());

        Deadline inherited = DeadlineParser.parse("- Theo kế hoạch của UBND Thành phố (dự kiến Tháng 3/2026) - "
                + REPORT_EACH_PERIOD, YEAR);
        assertEquals(d("2026-03-01"), inherited.parts().get(0).windowStart());
        assertEquals(d("2026-03-31"), inherited.parts().get(0).windowEnd());
        assertNull(inherited.dueDate(), "an expected window is not a due date");
    }

    @Test
    void compositeDueIsTheEarliestDatedPart() {
        Deadline d = DeadlineParser.parse("- Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)\n"
                + "- Tháng 12/2026\n- Quý II/2026\n- Theo chỉ đạo của UBND Thành phố", YEAR);
        assertEquals(COMPOSITE, d.kind());
        assertEquals(List.of(RECURRING, DUE_DATE, DUE_DATE, AWAITING_DIRECTIVE),
                d.parts().stream().map(Deadline::kind).toList());
        assertEquals(d("2026-06-30"), d.dueDate());
        assertEquals(Optional.of(d("2026-06-30")), d.effectiveDue());
        assertTrue(d.understood());
        assertNull(d.windowStart());
        assertNull(d.recurrence());
    }

    @Test
    void compositeWithAnUnreadablePartIsNotUnderstoodButKeepsWhatWasRead() {
        Deadline d = DeadlineParser.parse("- Tháng 6/2026\n- asap", YEAR);
        assertEquals(COMPOSITE, d.kind());
        assertFalse(d.understood());
        assertEquals(List.of(DUE_DATE, UNPARSED), d.parts().stream().map(Deadline::kind).toList());
        assertEquals("asap", d.parts().get(1).text());
        assertEquals(d("2026-06-30"), d.dueDate());
    }

    @Test
    void lineBreaksWithoutBulletsSeparateDeadlinesWhenTheWholeDoesNotRead() {
        // Hà Nội #12: two outputs, "Tháng 3/2026" and "Tháng 11/2026", as one cell would hold them.
        Deadline d = DeadlineParser.parse("Tháng 3/2026\nTháng 11/2026", YEAR);
        assertEquals(COMPOSITE, d.kind());
        assertEquals(d("2026-03-31"), d.dueDate());
        assertEquals(List.of("Tháng 3/2026", "Tháng 11/2026"), d.parts().stream().map(Deadline::text).toList());

        Deadline broken = DeadlineParser.parse("Chậm nhất \ntháng 6/2026", YEAR);
        assertEquals(DUE_DATE, broken.kind(), "a cell broken by the PDF is read whole");

        assertEquals(UNPARSED, DeadlineParser.parse("asap\nsoon", YEAR).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "- Tháng 6/2026<br>- Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)",
        "- Tháng 6/2026<br/>- Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)",
        "<ul style=\"list-style-type: none\"> <li>- Tháng 6/2026</li> <li>- Báo cáo kết quả thực hiện "
                + "(lồng ghép trong kỳ Báo cáo CCHC)</li> </ul>",
        "Tháng 6/2026<BR>Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)",
        "- Tháng 6/2026\r\n- Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)",
        "• Tháng 6/2026\n• Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)"})
    void htmlAndBulletVariantsOfATwoLineCell(String cell) {
        Deadline d = DeadlineParser.parse(cell, YEAR);
        assertEquals(COMPOSITE, d.kind(), cell);
        assertEquals(List.of(DUE_DATE, RECURRING), d.parts().stream().map(Deadline::kind).toList());
        assertEquals("Tháng 6/2026", d.parts().get(0).text());
        assertEquals(d("2026-06-30"), d.dueDate());
        assertEquals(cell, d.text());
    }

    @Test
    void aSingleBulletIsNotAComposite() {
        Deadline d = DeadlineParser.parse("- Tháng 6/2026", YEAR);
        assertEquals(DUE_DATE, d.kind());
        assertEquals("- Tháng 6/2026", d.text());
        assertTrue(d.parts().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quý I/2026", "quý 1/2026", "QUÝ I/2026", "Quy I/2026", "quý i/2026", "Quý 01/2026",
        "Quý I năm 2026", "quý I / 2026", "  Quý   I/2026 ", "Quý I/2026.", "Trong quý I/2026", "Quý 1 - 2026"})
    void quarterSpellings(String text) {
        for (String form : List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD))) {
            Deadline d = DeadlineParser.parse(form, YEAR);
            assertEquals(DUE_DATE, d.kind(), form);
            assertEquals(d("2026-03-31"), d.dueDate(), form);
            assertEquals(d("2026-01-01"), d.windowStart(), form);
            assertEquals(form, d.text());
        }
    }

    @Test
    void otherQuarters() {
        assertEquals(d("2026-06-30"), DeadlineParser.parse("Quý II/2026", YEAR).dueDate());
        assertEquals(d("2026-09-30"), DeadlineParser.parse("Quý 3/2026", YEAR).dueDate());
        assertEquals(d("2026-12-31"), DeadlineParser.parse("Quý IV/2026", YEAR).dueDate());
        Deadline spanned = DeadlineParser.parse("Quý II, III năm 2026", YEAR);
        assertEquals(WINDOW, spanned.kind());
        assertEquals(d("2026-04-01"), spanned.windowStart());
        assertEquals(d("2026-09-30"), spanned.windowEnd());
        assertEquals(WINDOW, DeadlineParser.parse("Quý III và IV/2026", YEAR).kind());
    }

    @Test
    void namedPeriodsAndDates() {
        Deadline year = DeadlineParser.parse("Năm 2026", YEAR);
        assertEquals(DUE_DATE, year.kind());
        assertEquals(d("2026-12-31"), year.dueDate());
        assertEquals(d("2026-01-01"), year.windowStart());

        Deadline firstHalf = DeadlineParser.parse("6 tháng đầu năm 2026", YEAR);
        assertEquals(DUE_DATE, firstHalf.kind());
        assertEquals(d("2026-01-01"), firstHalf.windowStart());
        assertEquals(d("2026-06-30"), firstHalf.dueDate());
        assertEquals(d("2026-12-31"), DeadlineParser.parse("6 tháng cuối năm 2026", YEAR).dueDate());
        assertEquals(d("2027-06-30"), DeadlineParser.parse("6 tháng đầu năm", 2027).dueDate());

        for (String date : List.of("30/6/2026", "30/06/2026", "Ngày 30/6/2026", "Chậm nhất ngày 30/06/2026",
                "ngày 30 tháng 6 năm 2026", "30-06-2026", "Trước ngày 01/7/2026", "Trước 1/7/2026")) {
            Deadline d = DeadlineParser.parse(date, YEAR);
            assertEquals(DUE_DATE, d.kind(), date);
            assertEquals(d("2026-06-30"), d.dueDate(), date);
            assertNull(d.windowStart(), date);
        }
        assertEquals(d("2026-05-31"), DeadlineParser.parse("Trước tháng 6/2026", YEAR).dueDate());
        assertEquals(d("2026-02-28"), DeadlineParser.parse("Tháng 2/2026", YEAR).dueDate());
        assertEquals(d("2028-02-29"), DeadlineParser.parse("Tháng 2/2028", YEAR).dueDate());
        assertEquals(d("2026-06-30"), DeadlineParser.parse("Tháng 6 năm 2026", YEAR).dueDate());

        Deadline span = DeadlineParser.parse("Từ ngày 15/12/2025 đến 14/3/2026", YEAR);
        assertEquals(WINDOW, span.kind());
        assertEquals(d("2025-12-15"), span.windowStart());
        assertEquals(d("2026-03-14"), span.dueDate());
        Deadline openYear = DeadlineParser.parse("Từ tháng 3 đến tháng 12/2026", YEAR);
        assertEquals(d("2026-03-01"), openYear.windowStart(), "the start takes the end's year");
    }

    @Test
    void yearlessFormsUseThePlanYear() {
        assertEquals(d("2027-03-31"), DeadlineParser.parse("Quý I", 2027).dueDate());
        assertEquals(d("2027-06-30"), DeadlineParser.parse("Tháng 6", 2027).dueDate());
        assertEquals(d("2027-09-30"), DeadlineParser.parse("Chậm nhất tháng 9", 2027).dueDate());
        assertEquals(d("2027-01-14"), DeadlineParser.parse("Trước ngày 15/01", 2027).dueDate());
        Deadline all = DeadlineParser.parse("Cả năm", 2027);
        assertEquals(WINDOW, all.kind());
        assertEquals(d("2027-01-01"), all.windowStart());
        assertEquals(d("2027-12-31"), all.windowEnd());
        Deadline expected = DeadlineParser.parse("Theo Kế hoạch của Thành phố (dự kiến quý II)", 2027);
        assertEquals(INHERITED, expected.kind());
        assertEquals(d("2027-06-30"), expected.windowEnd());
        // A written year wins over the plan year.
        assertEquals(d("2026-03-31"), DeadlineParser.parse("Quý I/2026", 2027).dueDate());
    }

    @Test
    void recurrences() {
        Map<String, Recurrence> forms = Map.of(
                "Thường xuyên", Recurrence.CONTINUOUS,
                "Thường xuyên, liên tục", Recurrence.CONTINUOUS,
                "Hằng tháng", Recurrence.MONTHLY,
                "Định kỳ hàng tháng", Recurrence.MONTHLY,
                "Hàng quý", Recurrence.QUARTERLY,
                "Định kỳ hằng quý", Recurrence.QUARTERLY,
                "ĐỊNH KỲ THÁNG CUỐI QUÝ", Recurrence.QUARTERLY,
                "Hằng năm", Recurrence.YEARLY,
                "Theo kỳ báo cáo", Recurrence.EACH_REPORTING_PERIOD,
                "Báo cáo kết quả thực hiện (lồng ghép trong Báo cáo CCHC định kỳ)", Recurrence.EACH_REPORTING_PERIOD);
        forms.forEach((text, recurrence) -> {
            Deadline d = DeadlineParser.parse(text, YEAR);
            assertEquals(RECURRING, d.kind(), text);
            assertEquals(recurrence, d.recurrence(), text);
            assertNull(d.dueDate(), text);
            assertEquals(Optional.empty(), d.effectiveDue(), text);
        });
    }

    @Test
    void relativeDeadlinesResolveOnceTheEventIsKnown() {
        Deadline d = DeadlineParser.parse(
                "Chậm nhất 20 ngày kể từ ngày Quyết định này được UBND Thành phố ký ban hành", YEAR);
        assertEquals(RELATIVE, d.kind());
        assertEquals(Optional.empty(), d.effectiveDue());
        assertEquals(Optional.of(d("2026-03-01")), d.dueAfterEvent(d("2026-02-09")));
        assertEquals(Optional.empty(), d.dueAfterEvent(null));
        assertEquals(Optional.empty(), DeadlineParser.parse("Tháng 6/2026", YEAR).dueAfterEvent(d("2026-02-09")));

        Deadline publication = DeadlineParser.parse("ngay sau khi công bố kết quả Chỉ số PAR INDEX", YEAR);
        assertEquals(Deadline.EVENT_PAR_SIPAS_PUBLISHED, publication.event());
        assertEquals(0, publication.offsetDays());
        assertEquals(Optional.of(d("2026-05-05")), publication.dueAfterEvent(d("2026-05-05")));
        assertEquals(10, DeadlineParser.parse("Trong vòng 10 ngày kể từ ngày Kế hoạch này được ban hành", YEAR)
                .offsetDays());
    }

    @Test
    void effectiveDueByKind() {
        assertEquals(Optional.of(d("2026-02-28")), DeadlineParser.parse("Tháng 02/2026", YEAR).effectiveDue());
        assertEquals(Optional.of(d("2026-12-31")), DeadlineParser.parse("Cả năm 2026", YEAR).effectiveDue());
        assertEquals(Optional.empty(), DeadlineParser.parse("Thường xuyên", YEAR).effectiveDue());
        assertEquals(Optional.empty(), DeadlineParser.parse("Theo chỉ đạo của UBND Thành phố", YEAR).effectiveDue());
        assertEquals(Optional.empty(),
                DeadlineParser.parse("Theo Kế hoạch của Thành phố (dự kiến quý I/2026)", YEAR).effectiveDue(),
                "inherited: the parent's task decides; the expected window is kept as a window only");
        assertEquals(Optional.empty(), DeadlineParser.parse("asap", YEAR).effectiveDue());
    }

    /** Unreadable cells: UNPARSED, text kept, no exception, nothing guessed. */
    @ParameterizedTest
    @ValueSource(strings = {"asap", "", "   ", "Quý 5/2026", "Quý V/2026", "Tháng 13/2026", "Tháng 0/2026",
        "31/02/2026", "32/01/2026", "29/02/2026", "Tháng 6/20266", "Năm 3026", "2026", "Sớm nhất có thể",
        "Quý I, III/2026", "Từ tháng 12/2026 đến tháng 3/2026",
        "Theo Kế hoạch của Thành phố (dự kiến quý 7/2026)",
        "Theo Kế hoạch của Thành phố, chậm nhất tháng 6/2026",
        "Theo Kế hoạch số 15/KH-UBND ngày 15/01/2026",
        "Chậm nhất 20 ngày kể từ ngày nhận được văn bản",
        "Chậm nhất 5 ngày làm việc kể từ ngày Quyết định này được ký ban hành",
        "Sau khi công bố kết quả Chỉ số PAR INDEX",
        "Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC tháng 13)",
        "Tháng 6/2026 hoặc sớm hơn", "15/01/2026 hoặc sớm hơn", "Quý", "Tháng", "Trước ngày", "Chậm nhất",
        "Thường xuyên hay không", ":", "-", "- \n- ", "<br>", "Tháng 6/2026 - Tháng 3/2026"})
    void garbageIsUnparsed(String text) {
        Deadline d = DeadlineParser.parse(text, YEAR);
        assertEquals(UNPARSED, d.kind(), () -> text + " → " + d);
        assertFalse(d.understood());
        assertEquals(text, d.text());
        assertNull(d.dueDate());
        assertNull(d.windowStart());
        assertNull(d.windowEnd());
        assertTrue(d.parts().isEmpty());
        assertEquals(Optional.empty(), d.effectiveDue());
    }

    @Test
    void nullIsUnparsedWithEmptyText() {
        Deadline d = DeadlineParser.parse(null, YEAR);
        assertEquals(UNPARSED, d.kind());
        assertEquals("", d.text());
    }

    @Test
    void implausiblePlanYearReadsNothingYearless() {
        assertEquals(UNPARSED, DeadlineParser.parse("Quý I", 0).kind());
        assertEquals(d("2026-03-31"), DeadlineParser.parse("Quý I/2026", 0).dueDate());
    }

    @Test
    void recordIsImmutable() {
        List<Deadline> parts = new ArrayList<>(List.of(Deadline.unparsed("x")));
        Deadline d = new Deadline("x", COMPOSITE, null, null, null, null, null, null, parts);
        parts.clear();
        assertEquals(1, d.parts().size());
        assertThrows(UnsupportedOperationException.class, () -> d.parts().add(Deadline.unparsed("y")));
        assertThrows(UnsupportedOperationException.class,
                () -> DeadlineParser.parse("- Tháng 6/2026\n- Tháng 7/2026", YEAR).parts().clear());
        assertTrue(new Deadline("x", UNPARSED, null, null, null, null, null, null, null).parts().isEmpty());
        assertThrows(NullPointerException.class,
                () -> new Deadline(null, UNPARSED, null, null, null, null, null, null, null));
        assertThrows(NullPointerException.class,
                () -> new Deadline("x", null, null, null, null, null, null, null, null));
        assertEquals("", Deadline.unparsed(null).text());
    }

    /** Random text built from the pieces of real cells: never an exception, always the text kept. */
    @Test
    void neverThrows() {
        List<String> pieces = Arrays.asList("Quý", "I", "IV", "V", "tháng", "Tháng", "13", "02", "/", "2026", "- ",
                "\n", "<br>", "(", ")", "dự kiến", "Theo", "Kế hoạch", "chỉ đạo", "Chậm nhất", "ngày", "kể từ",
                "Quyết định này", "ban hành", "Trước", "đến", "Từ", "Cả năm", ",", ":", "99999999999", "đối với",
                "lồng ghép", "Báo cáo", "̣", "\u0000", " ", "Ngay sau", "công bố", "PAR INDEX");
        Random random = new Random(20260101L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(8);
            for (int j = 0; j < n; j++) {
                text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextBoolean() ? " " : "");
            }
            String cell = text.toString();
            Deadline d = DeadlineParser.parse(cell, YEAR);
            assertEquals(cell, d.text());
            if (d.kind() == DUE_DATE || d.kind() == WINDOW) {
                assertTrue(d.dueDate() != null, cell);
            }
        }
    }
}
