package vn.cchc.plan.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.common.text.VietnameseText;

/**
 * Reads the free-text deadline cells ("thời gian hoàn thành") of a CCHC plan's task table into a
 * {@link Deadline}. Plain Java: no framework, no state, safe to call from any thread.
 *
 * <p>Every form of the three 2026 plans in {@code shared/seeds/} is read (Hà Nội's PDF-extracted appendix,
 * whose cells are broken over several lines; the wards' tab-separated appendices, whose cells may hold
 * HTML {@code <br>}/{@code <li>} and inline "- " bullets). Matching is done on the folded form
 * ({@link VietnameseText#fold}: lower case, no diacritics, đ→d) of the NFC text, so "Quý I", "quý 1",
 * "QUÝ I", "Quy I" and NFD input read alike. Whatever is not recognised is returned as
 * {@link DeadlineKind#UNPARSED} with its text kept: the parser never guesses a date.
 */
public final class DeadlineParser {

    /** A bullet opening a line: "- ", "– ", "• ", "+ ". */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–—•+]\\s*");
    /**
     * A bullet inside one line ("- A - B", as the Ba Đình appendix writes a two-line cell): a dash between
     * spaces followed by an upper-case letter, so "kinh tế - xã hội" stays whole.
     */
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s[-–—]\\s+(?=\\p{Lu})");
    private static final Pattern HTML_BREAK =
            Pattern.compile("(?i)<br\\s*/?>|</?(?:li|p|div|ul|ol|tr|td)\\b[^>]*>");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{0,500}>");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    // ---- folded-form grammar (all matched in full with Matcher.matches()) ----
    private static final Pattern SCOPE_NOTE = Pattern.compile("\\s*\\((?:doi voi|ap dung)[^)]*\\)");
    private static final Pattern LABELLED = Pattern.compile("([^:]{1,200}):\\s*(.+)");

    private static final Pattern RELATIVE_DAYS = Pattern.compile(
            "(?:cham nhat|muon nhat|toi da|trong vong|trong|sau)\\s+(\\d{1,3})\\s+ngay\\s+"
                    + "(?:ke tu|tinh tu|sau|tu)\\s+(?:ngay\\s+|khi\\s+)?(.+)");
    private static final Pattern RELATIVE_IMMEDIATE = Pattern.compile("ngay\\s+(?:sau\\s+khi|sau|khi)\\s+(.+)");

    private static final Pattern CONTINUOUS =
            Pattern.compile("(?:thuong xuyen|lien tuc)(?:\\s*(?:,|va)\\s*(?:thuong xuyen|lien tuc))*");
    private static final Pattern MONTHLY = Pattern.compile("(?:dinh ky\\s+)?(?:hang|moi) thang");
    private static final Pattern QUARTERLY = Pattern.compile(
            "dinh ky\\s+(?:hang |moi |theo )?(?:vao )?(?:thang cuoi\\s+(?:cua\\s+)?(?:moi\\s+)?)?quy"
                    + "|(?:dinh ky\\s+)?(?:hang|moi) quy"
                    + "|(?:vao )?thang cuoi (?:cua )?(?:moi )?quy");
    private static final Pattern YEARLY = Pattern.compile("(?:dinh ky\\s+)?(?:hang|moi) nam");
    private static final Pattern REPORTING_PERIOD = Pattern.compile(
            "(?:dinh ky\\s+)?theo (?:ky|che do) bao cao(?: dinh ky)?(?: cchc)?|bao cao dinh ky(?: cchc)?");

    private static final Pattern EXPECTED_PAREN = Pattern.compile("\\(\\s*du kien\\b\\s*:?\\s*([^)]*)\\)");
    private static final Pattern EXPECTED_TAIL = Pattern.compile("(?:^|,|\\s)\\s*du kien\\b\\s*:?\\s*(.+)$");
    private static final Pattern INHERITS = Pattern.compile(
            "theo (?:ke hoach|lo trinh|tien do|quy dinh|thoi gian|thoi han|chuong trinh)\\b.*");
    private static final Pattern AWAITS = Pattern.compile(
            "(?:theo (?:chi dao|yeu cau|huong dan|thong tu|van ban|de nghi)|khi co|cho (?:chi dao|huong dan))\\b.*");
    /** A month, quarter or day-month left in a reference cell: a date we would otherwise drop. */
    private static final Pattern STRAY_DATE =
            Pattern.compile("\\b(?:thang|quy)\\s*[0-9ivx]+\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\b");

    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:trong\\s+)?ca nam(?:\\s+(\\d{4}))?");
    private static final Pattern RANGE =
            Pattern.compile("(?:tu\\s+)?(.+?)\\s+(?:den|toi|-)\\s+(?:het\\s+)?(.+)");
    private static final Pattern BEFORE = Pattern.compile("(?:hoan thanh\\s+)?truoc\\s+(?:ngay\\s+)?(.+)");
    private static final Pattern BY = Pattern.compile(
            "(?:cham nhat|muon nhat|han chot|han cuoi|trong|den|vao)\\s+(?:(?:la|vao|den|trong)\\s+)?(.+)");

    private static final Pattern MONTH =
            Pattern.compile("thang\\s*(\\d{1,2})(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?");
    private static final Pattern QUARTER = Pattern.compile(
            "quy\\s*([0-9ivx]+(?:\\s*(?:,|va|&)\\s*[0-9ivx]+)*)(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?");
    private static final Pattern QUARTER_SEPARATOR = Pattern.compile("\\s*(?:,|va|&)\\s*");
    private static final Pattern HALF =
            Pattern.compile("(?:6|sau) thang (dau|cuoi) nam(?:\\s*(?:/\\s*)?(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("nam\\s*(\\d{4})");
    private static final Pattern DAY_NUMERIC =
            Pattern.compile("(?:ngay\\s*)?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?");
    private static final Pattern DAY_WORDS =
            Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");

    /** Quarter numbers as the plans write them: Arabic ("Quý 1", "Quý 01") or Roman ("Quý III"). */
    private static final Map<String, Integer> QUARTER_NUMBERS = Map.ofEntries(
            Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3), Map.entry("4", 4),
            Map.entry("01", 1), Map.entry("02", 2), Map.entry("03", 3), Map.entry("04", 4),
            Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3), Map.entry("iv", 4));

    private DeadlineParser() {
    }

    /**
     * Reads one deadline cell.
     *
     * @param text     the cell as written: one line or several (line breaks, HTML {@code <br>} or
     *                 {@code <li>}, "- " bullets, also inline "- A - B"), NFC or NFD, any case; null is read
     *                 as ""
     * @param planYear the plan's year (e.g. 2026), used by forms that name no year ("Quý I", "Cả năm",
     *                 "Tháng 6")
     * @return the parsed deadline, whose {@link Deadline#text()} is {@code text} verbatim; a
     *         {@link DeadlineKind#COMPOSITE} when the cell holds several deadlines; an
     *         {@link DeadlineKind#UNPARSED} one (nothing guessed) when the text cannot be read. Never throws.
     */
    public static Deadline parse(String text, int planYear) {
        String raw = text == null ? "" : text;
        try {
            return parseCell(raw, planYear);
        } catch (RuntimeException e) {
            // Imports of whole plans must not fail on one odd cell: it is kept and flagged instead.
            return Deadline.unparsed(raw);
        }
    }

    private static Deadline parseCell(String raw, int planYear) {
        List<String> lines = lines(raw);
        if (lines.isEmpty()) {
            return Deadline.unparsed(raw);
        }
        boolean bulleted = lines.stream().anyMatch(l -> BULLET.matcher(l).lookingAt());
        if (!bulleted) {
            // A PDF cell is one deadline broken over lines ("Chậm nhất \ntháng 6/2026"): read it whole first.
            Deadline whole = parseItem(String.join(" ", lines), planYear);
            if (whole.understood() || lines.size() == 1) {
                return withText(whole, raw);
            }
            // Otherwise each line may be a deadline of its own ("Tháng 3/2026\nTháng 11/2026").
            List<Deadline> parts = lines.stream().map(l -> parseItem(l, planYear)).toList();
            if (parts.stream().noneMatch(Deadline::understood)) {
                return Deadline.unparsed(raw);
            }
            return composite(raw, parts);
        }
        List<String> items = bulletItems(lines);
        if (items.isEmpty()) {
            return Deadline.unparsed(raw);
        }
        if (items.size() == 1) {
            return withText(parseItem(items.get(0), planYear), raw);
        }
        return composite(raw, items.stream().map(i -> parseItem(i, planYear)).toList());
    }

    /** The cell's non-blank lines, NFC, with HTML line breaks turned into lines and other tags dropped. */
    private static List<String> lines(String raw) {
        String s = HTML_BREAK.matcher(raw).replaceAll("\n");
        s = HTML_TAG.matcher(s).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        List<String> out = new ArrayList<>();
        for (String line : LINE_BREAK.split(s)) {
            String l = VietnameseText.nfc(line);
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Groups lines into bullet items: a bulleted line opens an item, other lines continue it (the PDF
     * breaks a bullet over lines); then splits items that carry further inline bullets.
     */
    private static List<String> bulletItems(List<String> lines) {
        List<StringBuilder> grouped = new ArrayList<>();
        for (String line : lines) {
            Matcher m = BULLET.matcher(line);
            if (m.lookingAt() || grouped.isEmpty()) {
                grouped.add(new StringBuilder(line.substring(m.lookingAt() ? m.end() : 0)));
            } else {
                grouped.get(grouped.size() - 1).append(' ').append(line);
            }
        }
        List<String> items = new ArrayList<>();
        for (StringBuilder g : grouped) {
            for (String piece : INLINE_BULLET.split(g)) {
                String p = VietnameseText.nfc(piece);
                if (!p.isEmpty()) {
                    items.add(p);
                }
            }
        }
        return items;
    }

    private static Deadline composite(String raw, List<Deadline> parts) {
        LocalDate earliest = null;
        for (Deadline p : parts) {
            if (p.dueDate() != null && (earliest == null || p.dueDate().isBefore(earliest))) {
                earliest = p.dueDate();
            }
        }
        return new Deadline(raw, DeadlineKind.COMPOSITE, null, null, earliest, null, null, null, parts);
    }

    private static Deadline withText(Deadline d, String text) {
        return new Deadline(text, d.kind(), d.windowStart(), d.windowEnd(), d.dueDate(), d.recurrence(),
                d.event(), d.offsetDays(), d.parts());
    }

    /** Reads one deadline (one line or bullet); the result's text is the item, NFC. */
    private static Deadline parseItem(String item, int planYear) {
        String s = VietnameseText.nfc(BULLET.matcher(item).replaceFirst(""));
        String f = normalise(VietnameseText.fold(s));
        Deadline d = read(s, f, planYear);
        return d != null ? d : Deadline.unparsed(s);
    }

    /** Folded text with separators made regular: "tháng 11 /2026" → "thang 11/2026", no end punctuation. */
    private static String normalise(String folded) {
        String f = folded.replace('–', '-').replace('—', '-')
                .replaceAll("\\s*/\\s*", "/")
                .replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")")
                .replaceAll("\\s+", " ");
        return stripEnds(f);
    }

    private static String stripEnds(String f) {
        return f.replaceAll("^[\\s.;,:]+|[\\s.;,:]+$", "");
    }

    private static Deadline read(String s, String f, int planYear) {
        // "(đối với lĩnh vực khác)" says which assets or areas the line covers, not when: set aside.
        String unscoped = stripEnds(SCOPE_NOTE.matcher(f).replaceAll(""));
        String g = unscoped.isEmpty() ? f : unscoped;
        Deadline d = readPlain(s, g, planYear);
        if (d != null) {
            return d;
        }
        // "Ban hành Bộ tiêu chí và kế hoạch triển khai: Tháng 06/2026": a label, then the deadline.
        Matcher m = LABELLED.matcher(g);
        if (m.matches()) {
            return readPlain(s, stripEnds(m.group(2)), planYear);
        }
        return null;
    }

    /** One deadline phrase, or null when no rule recognises it (an UNPARSED result is final). */
    private static Deadline readPlain(String s, String f, int planYear) {
        if (f.isEmpty()) {
            return null;
        }
        Deadline d = readRelative(s, f);
        if (d == null) {
            d = readRecurring(s, f);
        }
        if (d == null) {
            d = readReference(s, f, planYear);
        }
        if (d == null) {
            d = readTemporal(s, f, planYear);
        }
        return d;
    }

    private static Deadline readRelative(String s, String f) {
        Matcher m = RELATIVE_DAYS.matcher(f);
        if (m.matches()) {
            String event = eventKey(m.group(2));
            // An unknown event ("kể từ ngày nhận được văn bản") is not guessed: no rule applies.
            return event == null ? null : relative(s, event, Integer.parseInt(m.group(1)));
        }
        m = RELATIVE_IMMEDIATE.matcher(f);
        if (m.matches()) {
            String event = eventKey(m.group(1));
            return event == null ? null : relative(s, event, 0);
        }
        return null;
    }

    private static String eventKey(String f) {
        boolean parOrSipas = f.contains("par index") || f.contains("sipas")
                || f.contains("chi so cchc") || f.contains("chi so cai cach hanh chinh");
        if (f.contains("cong bo") && parOrSipas) {
            return Deadline.EVENT_PAR_SIPAS_PUBLISHED;
        }
        // Only this plan's own decision ("Quyết định này"), not any other document's.
        if ((f.contains("quyet dinh nay") || f.contains("ke hoach nay")) && f.contains("ban hanh")) {
            return Deadline.EVENT_PLAN_ISSUED;
        }
        return null;
    }

    private static Deadline relative(String s, String event, int offsetDays) {
        return new Deadline(s, DeadlineKind.RELATIVE, null, null, null, null, event, offsetDays, List.of());
    }

    private static Deadline readRecurring(String s, String f) {
        Recurrence r = null;
        if (CONTINUOUS.matcher(f).matches()) {
            r = Recurrence.CONTINUOUS;
        } else if (MONTHLY.matcher(f).matches()) {
            r = Recurrence.MONTHLY;
        } else if (QUARTERLY.matcher(f).matches()) {
            r = Recurrence.QUARTERLY;
        } else if (YEARLY.matcher(f).matches()) {
            r = Recurrence.YEARLY;
        } else if (REPORTING_PERIOD.matcher(f).matches()
                || (f.contains("long ghep") && f.contains("bao cao") && !f.matches(".*\\d.*"))) {
            // "Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)": due with each periodic report.
            // A digit would name a specific period or date, which this rule would drop: not read.
            r = Recurrence.EACH_REPORTING_PERIOD;
        }
        return r == null ? null
                : new Deadline(s, DeadlineKind.RECURRING, null, null, null, r, null, null, List.of());
    }

    /** "Theo Kế hoạch của Thành phố (dự kiến quý I/2026)", "Theo chỉ đạo …", "Khi có hướng dẫn …". */
    private static Deadline readReference(String s, String f, int planYear) {
        String expected = null;
        String rest = f;
        Matcher m = EXPECTED_PAREN.matcher(f);
        if (m.find()) {
            expected = m.group(1);
            rest = f.substring(0, m.start()) + " " + f.substring(m.end());
        } else {
            m = EXPECTED_TAIL.matcher(f);
            if (m.find()) {
                expected = m.group(1);
                rest = f.substring(0, m.start());
            }
        }
        rest = stripEnds(rest.replaceAll("\\s+", " "));
        DeadlineKind kind;
        if (INHERITS.matcher(rest).matches()) {
            kind = DeadlineKind.INHERITED;
        } else if (AWAITS.matcher(rest).matches()) {
            kind = DeadlineKind.AWAITING_DIRECTIVE;
        } else {
            return null;
        }
        if (STRAY_DATE.matcher(rest).find()) {
            // A date outside "(dự kiến …)" would be lost in a reference: flag the cell for a person instead.
            return Deadline.unparsed(s);
        }
        LocalDate start = null;
        LocalDate end = null;
        if (expected != null) {
            Period p = period(stripEnds(expected), planYear);
            if (p == null) {
                return Deadline.unparsed(s);
            }
            start = p.start();
            end = p.end();
        }
        return new Deadline(s, kind, start, end, null, null, null, null, List.of());
    }

    private static Deadline readTemporal(String s, String f, int planYear) {
        Matcher m = WHOLE_YEAR.matcher(f);
        if (m.matches()) {
            Integer year = year(m.group(1), planYear);
            return year == null ? null : window(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        m = RANGE.matcher(f);
        if (m.matches()) {
            Period to = period(m.group(2), planYear);
            Period from = to == null ? null : period(m.group(1), to.end().getYear());
            if (from != null) {
                // A span that ends before it starts is a typo we do not correct.
                return from.start().isAfter(to.end()) ? Deadline.unparsed(s) : window(s, from.start(), to.end());
            }
        }
        m = BEFORE.matcher(f);
        if (m.matches()) {
            Period p = period(m.group(1), planYear);
            if (p != null) {
                // "Trước ngày 15/01/2026": before the 15th, so the 14th is the last day on time.
                return new Deadline(s, DeadlineKind.DUE_DATE, null, null, p.start().minusDays(1),
                        null, null, null, List.of());
            }
        }
        m = BY.matcher(f);
        if (m.matches()) {
            Period p = period(m.group(1), planYear);
            if (p != null) {
                return dueBy(s, p);
            }
        }
        Period p = period(f, planYear);
        if (p == null) {
            return null;
        }
        return p.span() ? window(s, p.start(), p.end()) : dueBy(s, p);
    }

    private static Deadline window(String s, LocalDate start, LocalDate end) {
        return new Deadline(s, DeadlineKind.WINDOW, start, end, end, null, null, null, List.of());
    }

    /** Due at the end of the period; a named month/quarter/half/year is kept as the window. */
    private static Deadline dueBy(String s, Period p) {
        boolean day = p.start().equals(p.end());
        return new Deadline(s, DeadlineKind.DUE_DATE, day ? null : p.start(), day ? null : p.end(), p.end(),
                null, null, null, List.of());
    }

    /**
     * A calendar period named in full by {@code f}: a day, month, quarter (or consecutive quarters),
     * half-year or year; null when {@code f} is not one or names an impossible one (month 13, quarter 5,
     * 31/02).
     */
    private static Period period(String f, int defaultYear) {
        try {
            return periodOrThrow(f.trim(), defaultYear);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Period periodOrThrow(String f, int defaultYear) {
        Matcher m = MONTH.matcher(f);
        if (m.matches()) {
            Integer year = year(m.group(2), defaultYear);
            if (year == null) {
                return null;
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(1)));
            return new Period(ym.atDay(1), ym.atEndOfMonth(), false);
        }
        m = QUARTER.matcher(f);
        if (m.matches()) {
            Integer year = year(m.group(2), defaultYear);
            if (year == null) {
                return null;
            }
            List<Integer> quarters = new ArrayList<>();
            for (String token : QUARTER_SEPARATOR.split(m.group(1))) {
                Integer q = QUARTER_NUMBERS.get(token);
                // Quarters must be real and consecutive ("III,IV"); "I, III" is not a span we can state.
                if (q == null || (!quarters.isEmpty() && q != quarters.get(quarters.size() - 1) + 1)) {
                    return null;
                }
                quarters.add(q);
            }
            LocalDate start = LocalDate.of(year, (quarters.get(0) - 1) * 3 + 1, 1);
            LocalDate end = YearMonth.of(year, quarters.get(quarters.size() - 1) * 3).atEndOfMonth();
            return new Period(start, end, quarters.size() > 1);
        }
        m = HALF.matcher(f);
        if (m.matches()) {
            Integer year = year(m.group(2), defaultYear);
            if (year == null) {
                return null;
            }
            boolean first = m.group(1).equals("dau");
            return new Period(LocalDate.of(year, first ? 1 : 7, 1), LocalDate.of(year, first ? 6 : 12, first ? 30 : 31),
                    false);
        }
        m = YEAR.matcher(f);
        if (m.matches()) {
            Integer year = year(m.group(1), defaultYear);
            return year == null ? null : new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
        }
        m = DAY_NUMERIC.matcher(f);
        if (!m.matches()) {
            m = DAY_WORDS.matcher(f);
        }
        if (m.matches()) {
            Integer year = year(m.group(3), defaultYear);
            if (year == null) {
                return null;
            }
            LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return new Period(day, day, false);
        }
        return null;
    }

    /** The written year, else the default; null for an implausible year (a typo, not a plan year). */
    private static Integer year(String written, int defaultYear) {
        int y = written == null ? defaultYear : Integer.parseInt(written);
        return y >= 1900 && y <= 2100 ? y : null;
    }

    /** A closed range of days; {@code span} when it covers several named periods ("Quý III,IV"). */
    private record Period(LocalDate start, LocalDate end, boolean span) {
    }
}
