package vn.cchc.kpi.sipas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.kpi.csv.CsvTable;
import vn.cchc.kpi.sipas.SipasApi.NewResponse;

/**
 * Reads a CSV batch of questionnaires (plain Java; records split by {@link CsvTable}). UTF-8 (a leading BOM is ignored), comma separated,
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
        CsvTable table = CsvTable.parse(text, errors);
        if (table.isEmpty()) {
            if (errors.isEmpty()) { // else the first record's quote is not closed: that is the error, not emptiness
                errors.add("header", "the file is empty; the first line must name the columns unit,period,channel,onlineService and question codes");
            }
            return List.of();
        }
        List<String> header = table.header();
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
        for (CsvTable.Row row : table.rows(errors)) {
            List<String> cells = row.cells();
            String p = row.prefix();
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
}
