package vn.cchc.kpi.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.Problem;
import vn.cchc.kpi.Examples;

/** The CSV batch reader. */
class MeasurementCsvTest {

    @Test
    void readsTheExampleWithQuotesAndEmptyCells() {
        FieldErrors errors = new FieldErrors();
        var lines = MeasurementCsv.parse(Examples.BULK_CSV, errors);
        assertTrue(errors.isEmpty(), errors.sorted().toString());
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).line());
        NewMeasurement m = lines.get(1).m();
        assertEquals("HN-DANHOA", m.unitCode());
        assertEquals(LocalDate.of(2025, 12, 15), m.windowStart());
        assertNull(m.value());
        assertEquals(new BigDecimal("640"), m.numerator());
        assertEquals("Số liệu chốt ngày 14/3", m.note());
        assertEquals(MeasurementSource.IMPORT, m.source());
    }

    @Test
    void columnsInAnyOrderBomCrlfAndBlankLines() {
        FieldErrors errors = new FieldErrors();
        var lines = MeasurementCsv.parse("\uFEFFperiod,unit,indicator,value\r\n\r\n2025,HN-BADINH,CITIZEN_DIALOGUES,2\r\n", errors);
        assertTrue(errors.isEmpty());
        assertEquals(1, lines.size());
        assertEquals(3, lines.get(0).line());
        assertEquals(new BigDecimal("2"), lines.get(0).m().value());
    }

    @Test
    void badHeaderAndCellsAreNamedByLineAndColumn() {
        FieldErrors errors = new FieldErrors();
        MeasurementCsv.parse("unit,indicator,colour\n", errors);
        assertEquals(List.of("header", "header"), errors.sorted().stream().map(Problem.FieldError::field).toList());
        errors = new FieldErrors();
        MeasurementCsv.parse("unit,indicator,period,value,windowEnd\nHN,X,2025,98,5,2025-01-01\nHN,X,2025,abc,14/3/2025\n", errors);
        assertEquals(List.of("line[2].cells", "line[3].value", "line[3].windowEnd"),
                errors.sorted().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void emptyFileIsAnError() {
        FieldErrors errors = new FieldErrors();
        MeasurementCsv.parse("", errors);
        assertEquals("header", errors.sorted().get(0).field());
    }
}
