package vn.cchc.kpi.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.Problem;
import vn.cchc.kpi.csv.CsvTable.Row;

/** The shared CSV reader: RFC 4180 cells, physical line numbers, blank lines, errors by line. */
class CsvTableTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        FieldErrors errors = new FieldErrors();
        CsvTable t = CsvTable.parse("unit,note\n"
                + "HN,\"Hệ thống quản lý văn bản, điều hành\"\n"
                + "HN,\"he said \"\"ok\"\"\"\n"
                + "HN,\"two\nlines\"\n"
                + "HN,after\n", errors);
        assertTrue(errors.isEmpty(), errors.sorted().toString());
        assertEquals(List.of("unit", "note"), t.header());
        assertEquals(List.of(
                new Row(2, List.of("HN", "Hệ thống quản lý văn bản, điều hành")),
                new Row(3, List.of("HN", "he said \"ok\"")),
                new Row(4, List.of("HN", "two\nlines")),
                new Row(6, List.of("HN", "after"))), t.rows(errors), "the line break inside quotes counts as a line");
    }

    @Test
    void bomCrlfAndBlankLinesKeepPhysicalLineNumbers() {
        FieldErrors errors = new FieldErrors();
        CsvTable t = CsvTable.parse("\uFEFFunit,value\r\n\r\n   \r\nHN,\"a\r\nb\"\r\nHN,2\rHN,3\r\n", errors);
        assertTrue(errors.isEmpty(), errors.sorted().toString());
        assertEquals(List.of("unit", "value"), t.header(), "the BOM is not part of the first column's name");
        assertEquals(List.of(new Row(4, List.of("HN", "a\r\nb")), new Row(6, List.of("HN", "2")), new Row(7, List.of("HN", "3"))),
                t.rows(errors));
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkippedButSeparatorsAndQuotesAreContent() {
        FieldErrors errors = new FieldErrors();
        CsvTable t = CsvTable.parse("\n\na,b\n,\n\"\"\n", errors);
        assertEquals(List.of("a", "b"), t.header());
        assertEquals(List.of(new Row(4, List.of("", "")), new Row(5, List.of(""))), t.rows(errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void textAfterAClosingQuoteAndQuotesInsideACellAreKept() {
        FieldErrors errors = new FieldErrors();
        CsvTable t = CsvTable.parse("a,b\n\"x\"y,5\"6\n", errors);
        assertTrue(errors.isEmpty(), errors.sorted().toString());
        assertEquals(List.of(new Row(2, List.of("xy", "5\"6"))), t.rows(errors));
    }

    @Test
    void emptyOrBlankTextHasNoHeader() {
        FieldErrors errors = new FieldErrors();
        assertTrue(CsvTable.parse("", errors).isEmpty());
        assertTrue(CsvTable.parse("\uFEFF\r\n  \n", errors).isEmpty());
        assertTrue(errors.isEmpty());
    }

    @Test
    void unclosedQuoteIsReportedAtTheLineItsRecordStarts() {
        FieldErrors errors = new FieldErrors();
        CsvTable t = CsvTable.parse("a,b\n1,2\n\n\"open,3\n4,5\n", errors);
        assertEquals(List.of(new Problem.FieldError("line[4]", "a quoted cell is not closed")), errors.sorted());
        assertEquals(List.of(new Row(2, List.of("1", "2"))), t.rows(errors), "the records before it are kept");

        errors = new FieldErrors();
        assertTrue(CsvTable.parse("\"unit,value\n", errors).isEmpty());
        assertEquals(List.of("line[1]"), errors.sorted().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void recordsWithMoreCellsThanTheHeaderAreReportedAndLeftOut() {
        FieldErrors errors = new FieldErrors();
        CsvTable t = CsvTable.parse("a,b,c\n1,2,3,4\n1\n", errors);
        assertTrue(errors.isEmpty(), "the cell count is checked by rows(), after the caller checked the header");
        assertEquals(List.of(new Row(3, List.of("1"))), t.rows(errors), "fewer cells are fine: the rest are absent");
        assertEquals(List.of(new Problem.FieldError("line[2].cells", "4 cells, but the header names 3 columns")), errors.sorted());
    }
}
