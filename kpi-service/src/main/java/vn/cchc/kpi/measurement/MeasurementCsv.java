package vn.cchc.kpi.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.kpi.csv.CsvTable;

/**
 * Reads a CSV batch of measurements (plain Java; records split by {@link CsvTable}). Format: UTF-8 (a leading BOM is ignored), comma
 * separated, RFC 4180 quoting ({@code "a, b"}, {@code ""} for a quote), one header line naming the
 * columns {@code unit,indicator,period,windowStart,windowEnd,value,numerator,denominator,note} in any
 * order ({@code unit}, {@code indicator}, {@code period} required, the others optional), then one
 * measurement per line; blank lines are skipped. Numbers use a point for decimals ({@code 98.5}),
 * dates are ISO ({@code 2026-03-14}); an empty cell is an absent field. Errors name the physical line
 * (the header is line 1) and the column: {@code line[3].value}.
 */
final class MeasurementCsv {

    /** The columns, as in the header. */
    static final List<String> COLUMNS = List.of("unit", "indicator", "period", "windowStart", "windowEnd", "value",
            "numerator", "denominator", "note");

    /** A CSV column for each field name of {@link NewMeasurement}. */
    static final Map<String, String> COLUMN_OF = Map.of("unitCode", "unit", "indicatorCode", "indicator");

    private MeasurementCsv() {
    }

    /**
     * A parsed data line.
     *
     * @param line physical line number, the header being 1
     * @param m    the measurement it holds
     */
    record Line(int line, NewMeasurement m) {
    }

    /**
     * @param text   the whole file
     * @param errors receives header and cell errors
     * @return the data lines; meaningful only when {@code errors} stayed empty
     */
    static List<Line> parse(String text, FieldErrors errors) {
        CsvTable table = CsvTable.parse(text, errors);
        if (table.isEmpty()) {
            if (errors.isEmpty()) { // else the first record's quote is not closed: that is the error, not emptiness
                errors.add("header", "the file is empty; the first line must name the columns " + String.join(",", COLUMNS));
            }
            return List.of();
        }
        List<String> header = table.header();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known == null) {
                errors.add("header", "unknown column '" + name + "'; the columns are " + String.join(",", COLUMNS));
            } else if (at.put(known, i) != null) {
                errors.add("header", "column '" + known + "' appears twice");
            }
        }
        for (String required : List.of("unit", "indicator", "period")) {
            if (!at.containsKey(required)) {
                errors.add("header", "column '" + required + "' is missing");
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows(errors)) {
            Cells c = new Cells(row.cells(), at, row.prefix(), errors);
            lines.add(new Line(row.line(), new NewMeasurement(c.text("unit"), c.text("indicator"), c.text("period"),
                    c.date("windowStart"), c.date("windowEnd"), c.number("value"), c.number("numerator"),
                    c.number("denominator"), MeasurementSource.IMPORT, c.text("note"))));
        }
        return lines;
    }

    /** Typed access to one record's cells, reporting unreadable ones. */
    private record Cells(List<String> cells, Map<String, Integer> at, String prefix, FieldErrors errors) {

        String text(String column) {
            Integer i = at.get(column);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).strip();
            if (v.indexOf('\u0000') >= 0) {
                errors.add(prefix + column, "contains a NUL character");
                return null;
            }
            return v.isEmpty() ? null : v;
        }

        LocalDate date(String column) {
            String v = text(column);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                errors.add(prefix + column, "must be an ISO date such as 2026-03-14, not '" + shorten(v) + "'");
                return null;
            }
        }

        BigDecimal number(String column) {
            String v = text(column);
            try {
                return v == null ? null : new BigDecimal(v.toUpperCase(Locale.ROOT).contains("E") ? "x" : v);
            } catch (NumberFormatException e) {
                errors.add(prefix + column, "must be a number with a point for decimals, such as 98.5, not '" + shorten(v) + "'");
                return null;
            }
        }

        private static String shorten(String v) {
            return v.length() > 40 ? v.substring(0, 40) + "…" : v;
        }
    }
}
