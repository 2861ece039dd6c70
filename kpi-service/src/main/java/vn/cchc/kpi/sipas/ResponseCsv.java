package vn.cchc.kpi.sipas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.kpi.sipas.SipasApi.NewResponse;

/**
 * Reads a CSV batch of questionnaires (plain Java). UTF-8 (a leading BOM is ignored), comma separated,
 * RFC 4180 quotes; a header naming {@code unit,period,channel,onlineService} and question codes of the
 * survey in any order; one questionnaire per line, a level 1..5 per question cell, empty = unanswered.
 * A header column that is neither is refused: no personal data (name, phone, address) and no free text
 * is ever read. Errors name {@code line[N].column}, the header being line 1.
 */
final class ResponseCsv {

    static final List<String> FIXED = List.of("unit", "period", "channel", "onlineService");

    private ResponseCsv() {
    }

    /**
     * @param text      the file
     * @param questions the survey's question codes
     * @param errors    receives header and cell errors
     * @return rows with prefixes {@code line[N].} (field names are the JSON ones: unitCode, answers.Q)
     */
    static List<ResponseService.Row> parse(String text, Set<String> questions, FieldErrors errors) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(text.startsWith("\uFEFF") ? text.substring(1) : text, records, lines, errors);
        if (records.isEmpty()) {
            errors.add("header", "the file is empty; the first line must name the columns unit,period,channel,onlineService and question codes");
            return List.of();
        }
        List<String> header = records.get(0);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String fixed = FIXED.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            String key = fixed != null ? fixed : questions.contains(name.toUpperCase(Locale.ROOT)) ? name.toUpperCase(Locale.ROOT) : null;
            if (key == null) {
                errors.add("header", "column '" + name + "' is neither unit, period, channel, onlineService nor a question of the survey; "
                        + "no personal data (names, phone numbers, addresses) or free text is accepted");
            } else if (at.put(key, i) != null) {
                errors.add("header", "column '" + key + "' appears twice");
            }
        }
        for (String required : List.of("unit", "period", "channel")) {
            if (!at.containsKey(required)) {
                errors.add("header", "column '" + required + "' is missing");
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<ResponseService.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            String p = "line[" + lines.get(r) + "].";
            if (cells.size() > header.size()) {
                errors.add(p + "cells", cells.size() + " cells, but the header names " + header.size() + " columns");
                continue;
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            Channel channel = null;
            Boolean online = null;
            for (Map.Entry<String, Integer> c : at.entrySet()) {
                String v = c.getValue() < cells.size() ? cells.get(c.getValue()).strip() : "";
                if (v.isEmpty() || FIXED.contains(c.getKey())) {
                    continue;
                }
                try {
                    answers.put(c.getKey(), Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    errors.add(p + "answers." + c.getKey(), "must be a level from 1 to 5, not '" + shorten(v) + "'");
                }
            }
            String ch = cell(cells, at, "channel");
            if (ch != null) {
                try {
                    channel = Channel.valueOf(ch.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(p + "channel", "must be KIOSK, WEB, PAPER, PHONE, SMS, APP or INTERVIEW, not '" + shorten(ch) + "'");
                }
            }
            String on = cell(cells, at, "onlineService");
            if (on != null) {
                if (on.equalsIgnoreCase("true") || on.equals("1")) {
                    online = true;
                } else if (on.equalsIgnoreCase("false") || on.equals("0")) {
                    online = false;
                } else {
                    errors.add(p + "onlineService", "must be true or false, not '" + shorten(on) + "'");
                }
            }
            rows.add(new ResponseService.Row(p, new NewResponse(cell(cells, at, "unit"), cell(cells, at, "period"), channel, online,
                    answers)));
        }
        return rows;
    }

    private static String cell(List<String> cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static String shorten(String v) {
        return v.length() > 20 ? v.substring(0, 20) + "…" : v;
    }

    /** RFC 4180 split, remembering the line each record starts on. */
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

    private static void end(List<List<String>> records, List<Integer> lineNumbers, List<String> cells, StringBuilder cell, boolean any,
                            int start) {
        cells.add(cell.toString());
        cell.setLength(0);
        if (any) {
            records.add(cells);
            lineNumbers.add(start);
        }
    }
}
