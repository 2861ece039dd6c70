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

/**
 * Reads a CSV batch of measurements (plain Java). Format: UTF-8 (a leading BOM is ignored), comma
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
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        split(text.startsWith("\uFEFF") ? text.substring(1) : text, records, lineNumbers, errors);
        if (records.isEmpty()) {
            errors.add("header", "the file is empty; the first line must name the columns " + String.join(",", COLUMNS));
            return List.of();
        }
        List<String> header = records.get(0);
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
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            int line = lineNumbers.get(r);
            String p = "line[" + line + "].";
            if (cells.size() > header.size()) {
                errors.add(p + "cells", cells.size() + " cells, but the header names " + header.size() + " columns");
                continue;
            }
            Cells c = new Cells(cells, at, p, errors);
            lines.add(new Line(line, new NewMeasurement(c.text("unit"), c.text("indicator"), c.text("period"),
                    c.date("windowStart"), c.date("windowEnd"), c.number("value"), c.number("numerator"),
                    c.number("denominator"), MeasurementSource.IMPORT, c.text("note"))));
        }
        return lines;
    }

    /** Splits into records of cells, RFC 4180, remembering the line each record starts on. */
    private static void split(String text, List<List<String>> records, List<Integer> lineNumbers, FieldErrors errors) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, lineNumbers, cells, cell, any, start);
                cells = new ArrayList<>();
                any = false;
                line++;
                start = line;
            } else {
                cell.append(ch);
                any = any || !Character.isWhitespace(ch);
            }
        }
        if (quoted) {
            errors.add("line[" + start + "]", "a quoted cell is not closed");
        }
        end(records, lineNumbers, cells, cell, any, start);
    }

    private static void end(List<List<String>> records, List<Integer> lineNumbers, List<String> cells,
                            StringBuilder cell, boolean any, int start) {
        cells.add(cell.toString());
        cell.setLength(0);
        if (any) {
            records.add(cells);
            lineNumbers.add(start);
        }
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
