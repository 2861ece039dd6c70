package vn.cchc.plan.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.common.text.VietnameseText;

/**
 * Reads the measurable clauses of a target sentence ("chỉ tiêu kết quả cần đạt được") of a CCHC plan.
 * Plain Java: no framework, no state, safe to call from any thread.
 *
 * <p>Source: every "- " bullet under "Chỉ tiêu kết quả cần đạt được" of the Hà Nội and Ba Đình 2026 plans
 * and the "Một số chỉ tiêu chủ yếu" list of the Hải Dương plan ({@code shared/seeds/}). Forms read:
 * "Phấn đấu 100% …" (and the authors' "Phần đầu"/"Phân đầu"), "100% hồ sơ …", "tối thiểu 90%", "đạt tối
 * thiểu 86%", "từ 90% trở lên", "trên 90%", "không quá 5%", "dưới 5%", "giảm tối thiểu 20% thời gian",
 * "cắt giảm 50% … so với năm 2025", "tăng … ít nhất 10%", "ít nhất 02 cuộc đối thoại", "xếp trong nhóm …
 * đứng đầu", "trong top 15".
 *
 * <p>Matching is done on the folded form ({@link VietnameseText#fold}: lower case, no diacritics, đ→d) of
 * the NFC text, folded character by character so that positions line up and each clause is quoted
 * verbatim. A sentence is split into clauses at ". ", "; ", ", trong đó" / "(trong đó" and, last, ", "
 * boundaries, each only where both sides carry a number or a ranking phrase. Nothing is guessed: a number
 * whose direction cannot be told is not read, and a sentence with nothing readable gives an empty list.
 */
public final class TargetSentenceParser {

    /** Indicator codes of kpi-service that a clause may be matched to (see {@link IndicatorMatcher}). */
    static final String TTHC_ON_TIME = IndicatorMatcher.TTHC_ON_TIME;
    static final String DVC_FULL_ONLINE = IndicatorMatcher.DVC_FULL_ONLINE;
    static final String TTHC_ONLINE_PAYMENT = IndicatorMatcher.TTHC_ONLINE_PAYMENT;
    static final String TTHC_DIGITISED = IndicatorMatcher.TTHC_DIGITISED;
    static final String PAKN_ON_TIME = IndicatorMatcher.PAKN_ON_TIME;
    static final String SIPAS = IndicatorMatcher.SIPAS;
    static final String PAR_INDEX = IndicatorMatcher.PAR_INDEX;
    static final String PAR_INDEX_RANK = IndicatorMatcher.PAR_INDEX_RANK;

    /** A list marker opening the sentence: "- ", "+ ", "a) ", "đ) ". */
    private static final Pattern LIST_MARKER =
            Pattern.compile("^(?:[-–•+]\\s+|[a-zđ]\\)\\s+)", Pattern.CASE_INSENSITIVE);

    // ---- clause boundaries, strongest first ----
    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("(?<=\\.)\\s+(?=\\S)"),          // sentence: the boundary is the space after ". "
            Pattern.compile(";"),
            Pattern.compile("[,(]\\s*trong do\\b"),
            Pattern.compile(","));

    // ---- measures (folded text) ----
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d/.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%");
    private static final Pattern TOP_N = Pattern.compile("\\btop\\s*(\\d{1,3})\\b");
    private static final Pattern GROUP_N = Pattern.compile("\\b(?:trong|thuoc|vao) (?:nhom|so) (\\d{1,3})\\b(?!\\s*%)");
    private static final Pattern RANK_N = Pattern.compile(
            "\\b(?:xep hang|xep thu|dung thu|dung hang|thu hang)\\s*(?:thu\\s*)?(\\d{1,3})\\b(?!\\s*%)");
    private static final Pattern TOP_GROUP = Pattern.compile(
            "\\bxep(?: hang)? (?:trong|vao|thuoc) nhom\\b"
                    + "|\\b(?:trong|thuoc|vao) nhom\\b[^;.]{0,80}?\\b(?:dung dau|dan dau)\\b");
    private static final Pattern QUALIFIED_NUMBER = Pattern.compile(
            "\\b(toi thieu|it nhat|khong qua|toi da|khong duoi|khong it hon|tren|duoi)\\s+(\\d{1,6})(?![\\d%/.,])"
                    + "\\s*(\\p{L}+(?: \\p{L}+)?)?");
    private static final Pattern ATTAINED_POINTS =
            Pattern.compile("\\b(?:dat|phan dau dat|phan dau)\\s+(?:tu\\s+)?(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*diem\\b");
    private static final Pattern BASELINE = Pattern.compile("\\bso voi (?:cung ky )?(?:nam )?(\\d{4})\\b");

    // ---- comparator wording (folded), read just before / after the number ----
    /** "giảm xuống còn 5%", "giảm xuống dưới 5%": the level reached, not the size of the cut. */
    private static final Pattern LEVEL_DOWN = Pattern.compile("\\b(?:xuong|con)(?: (?:duoi|toi da|khong qua|muc))?$");
    private static final Pattern LEVEL_UP = Pattern.compile("\\blen(?: (?:tren|toi thieu|it nhat|muc))?$");
    private static final Pattern REDUCE = Pattern.compile("\\bgiam\\b");
    private static final Pattern INCREASE = Pattern.compile("\\btang\\b(?! cuong)");
    private static final Pattern OR_MORE = Pattern.compile("\\btro len\\b");
    private static final Pattern OR_LESS = Pattern.compile("\\btro xuong\\b");
    private static final Pattern FROM_TO = Pattern.compile("\\s*(?:len|xuong)\\b");
    private static final Pattern STRIVE = Pattern.compile("\\b(?:phan dau|dam bao|bao dam|hoan thanh|dat)\\b");
    /** Words just before the number, longest first so that "khong duoi" wins over "duoi". */
    private static final List<Map.Entry<String, Comparator>> QUALIFIERS = List.of(
            Map.entry("khong it hon", Comparator.AT_LEAST),
            Map.entry("khong thap hon", Comparator.AT_LEAST),
            Map.entry("khong vuot qua", Comparator.AT_MOST),
            Map.entry("khong lon hon", Comparator.AT_MOST),
            Map.entry("khong cao hon", Comparator.AT_MOST),
            Map.entry("khong duoi", Comparator.AT_LEAST),
            Map.entry("khong qua", Comparator.AT_MOST),
            Map.entry("khong hon", Comparator.AT_MOST),
            Map.entry("toi thieu", Comparator.AT_LEAST),
            Map.entry("it nhat", Comparator.AT_LEAST),
            Map.entry("thap hon", Comparator.AT_MOST),
            Map.entry("cao hon", Comparator.AT_LEAST),
            Map.entry("lon hon", Comparator.AT_LEAST),
            Map.entry("dung bang", Comparator.EQUAL),
            Map.entry("toi da", Comparator.AT_MOST),
            Map.entry("it hon", Comparator.AT_MOST),
            Map.entry("tren", Comparator.AT_LEAST),
            Map.entry("duoi", Comparator.AT_MOST),
            Map.entry("bang", Comparator.EQUAL),
            Map.entry("hon", Comparator.AT_LEAST),
            Map.entry("tu", Comparator.AT_LEAST));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetSentenceParser() {
    }

    /**
     * Reads the measurable clauses of one target sentence.
     *
     * @param sentence the target as written (one bullet, possibly several sentences; a leading "- " or
     *                 "a) " marker is ignored), NFC or NFD, any case; null is read as ""
     * @return one {@link TargetMeasure} per measurable mention, in the order written; an empty list when
     *         nothing can be read (the caller keeps the sentence and flags it). Never throws for any text.
     */
    public static List<TargetMeasure> parse(String sentence) {
        if (sentence == null) {
            return List.of();
        }
        String s = VietnameseText.nfc(sentence);
        s = LIST_MARKER.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            return List.of();
        }
        return new Reader(s).read();
    }

    /** The state of reading one sentence: the NFC text and its position-aligned folded form. */
    private static final class Reader {
        private final String s;
        private final String f;

        Reader(String s) {
            this.s = s;
            this.f = foldAligned(s);
        }

        List<TargetMeasure> read() {
            List<TargetMeasure> out = new ArrayList<>();
            for (int[] clause : segment(0, s.length(), 0)) {
                String text = clauseText(clause[0], clause[1]);
                if (text.isEmpty()) {
                    continue;
                }
                String folded = f.substring(clause[0], clause[1]);
                Integer baseline = baseline(folded);
                for (Mention m : mentions(clause[0], clause[1])) {
                    out.add(new TargetMeasure(text, m.comparator(), m.value(), m.unit(), baseline,
                            IndicatorMatcher.match(folded, m.comparator())));
                }
            }
            return List.copyOf(out);
        }

        /**
         * Splits [a, b) into clauses: at this level's boundaries, a new clause starts only where the text
         * so far and the next piece both carry a measure; each clause is then split at the next level.
         */
        private List<int[]> segment(int a, int b, int level) {
            if (level == BOUNDARIES.size()) {
                return List.of(new int[] {a, b});
            }
            List<Integer> cuts = new ArrayList<>();
            Matcher m = BOUNDARIES.get(level).matcher(f).region(a, b);
            while (m.find()) {
                if (m.start() > a) {
                    cuts.add(m.start());
                }
            }
            List<int[]> groups = new ArrayList<>();
            int start = a;
            for (int i = 0; i <= cuts.size(); i++) {
                int end = i < cuts.size() ? cuts.get(i) : b;
                if (groups.isEmpty()) {
                    groups.add(new int[] {start, end});
                } else {
                    int[] last = groups.get(groups.size() - 1);
                    if (hasMeasure(last[0], last[1]) && hasMeasure(start, end)) {
                        groups.add(new int[] {start, end});
                    } else {
                        last[1] = end;
                    }
                }
                start = end;
            }
            List<int[]> out = new ArrayList<>();
            for (int[] g : groups) {
                out.addAll(segment(g[0], g[1], level + 1));
            }
            return out;
        }

        private boolean hasMeasure(int a, int b) {
            return !hits(a, b).isEmpty();
        }

        /** Numbers and ranking phrases in [a, b), whether or not their direction can be told. */
        private List<Hit> hits(int a, int b) {
            List<Hit> hits = new ArrayList<>();
            Matcher m = PERCENT.matcher(f).region(a, b);
            while (m.find()) {
                hits.add(new Hit(m.start(), m.end(), m.start(1), number(m.group(1)), MeasureUnit.PERCENT, null));
            }
            for (Pattern p : List.of(TOP_N, GROUP_N, RANK_N)) {
                m = p.matcher(f).region(a, b);
                while (m.find()) {
                    hits.add(new Hit(m.start(), m.end(), m.start(1), number(m.group(1)), MeasureUnit.RANK,
                            Comparator.RANK_AT_MOST));
                }
            }
            m = QUALIFIED_NUMBER.matcher(f).region(a, b);
            while (m.find()) {
                MeasureUnit unit = countUnit(m.group(3));
                if (unit != null) {
                    hits.add(new Hit(m.start(2), m.end(2), m.start(2), number(m.group(2)), unit, null));
                }
            }
            m = ATTAINED_POINTS.matcher(f).region(a, b);
            while (m.find()) {
                hits.add(new Hit(m.start(1), m.end(), m.start(1), number(m.group(1)), MeasureUnit.POINTS, null));
            }
            hits.sort(java.util.Comparator.comparingInt(Hit::start));
            List<Hit> distinct = new ArrayList<>();
            for (Hit h : hits) {
                // One number is one measure, however many patterns saw it.
                if (distinct.stream().noneMatch(d -> d.number() == h.number())) {
                    distinct.add(h);
                }
            }
            if (distinct.stream().noneMatch(h -> h.unit() == MeasureUnit.RANK)) {
                m = TOP_GROUP.matcher(f).region(a, b);
                if (m.find()) {
                    distinct.add(new Hit(m.start(), m.end(), m.start(), null, MeasureUnit.RANK, Comparator.TOP_GROUP));
                    distinct.sort(java.util.Comparator.comparingInt(Hit::start));
                }
            }
            return distinct;
        }

        /** The measures of one clause: its hits whose direction can be told. */
        private List<Mention> mentions(int a, int b) {
            List<Mention> out = new ArrayList<>();
            List<Hit> hits = hits(a, b);
            int previousEnd = a;
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                int nextStart = i + 1 < hits.size() ? hits.get(i + 1).start() : b;
                Comparator c = h.comparator() != null ? h.comparator()
                        : comparator(a, previousEnd, h, Math.max(h.end(), Math.min(nextStart, b)));
                if (c != null) {
                    out.add(new Mention(c, h.value(), h.unit()));
                }
                previousEnd = Math.max(previousEnd, h.end());
            }
            return out;
        }

        /**
         * The comparator of a number from the words around it: those since the previous number of the
         * clause ({@code from}) and those up to the next ({@code to}); null when the direction is unclear.
         */
        private Comparator comparator(int clauseStart, int from, Hit h, int to) {
            int from0 = Math.min(from, h.number());
            String rawBefore = f.substring(from0, h.number());
            String before = rawBefore.strip();
            // Index in f of before's first character, to look the original words up in s.
            int beforeOffset = from0 + rawBefore.length() - rawBefore.stripLeading().length();
            String after = f.substring(h.end(), Math.max(h.end(), to));
            if (LEVEL_DOWN.matcher(before).find()) {
                return Comparator.AT_MOST;
            }
            if (LEVEL_UP.matcher(before).find()) {
                return Comparator.AT_LEAST;
            }
            if (endsWithWord(before, "tu") && FROM_TO.matcher(after).lookingAt()) {
                // "tăng từ 60% lên 80%": 60% is where it starts, not a target.
                return null;
            }
            // A change ("giảm", "tăng") is read in the words since the last comma, not across the sentence.
            int phraseStart = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                    before.lastIndexOf('(')) + 1;
            if (verb(REDUCE, before, phraseStart, beforeOffset, "giảm")) {
                return Comparator.REDUCE_BY_AT_LEAST;
            }
            if (verb(INCREASE, before, phraseStart, beforeOffset, "tăng")) {
                return Comparator.INCREASE_BY_AT_LEAST;
            }
            for (Map.Entry<String, Comparator> q : QUALIFIERS) {
                if (endsWithWord(before, q.getKey())) {
                    return q.getValue();
                }
            }
            if (OR_MORE.matcher(after).find()) {
                return Comparator.AT_LEAST;
            }
            if (OR_LESS.matcher(after).find()) {
                return Comparator.AT_MOST;
            }
            if (h.unit() == MeasureUnit.PERCENT) {
                // A bare 100% is a ceiling (at least 100 = exactly 100), a bare 0% a floor.
                if (h.value().compareTo(HUNDRED) == 0) {
                    return Comparator.AT_LEAST;
                }
                if (h.value().signum() == 0) {
                    return Comparator.AT_MOST;
                }
            }
            // "Phấn đấu 50% …", "đạt 90 điểm": a level to reach. Without such a verb in the clause the
            // direction is unknown ("tỷ lệ hồ sơ trễ hạn 5%" is a ceiling): not read.
            return strives(clauseStart, h.number()) ? Comparator.AT_LEAST : null;
        }

        /**
         * Whether the verb (e.g. "giảm") stands in {@code before} after {@code phraseStart}, written either
         * with its diacritics or without any ("giám sát" and "hạ tầng" fold the same but are other words).
         */
        private boolean verb(Pattern folded, String before, int phraseStart, int beforeOffset, String word) {
            Matcher m = folded.matcher(before);
            while (m.find()) {
                if (m.start() >= phraseStart && written(beforeOffset + m.start(), word)) {
                    return true;
                }
            }
            return false;
        }

        private boolean strives(int from, int until) {
            Matcher m = STRIVE.matcher(f).region(from, until);
            while (m.find()) {
                // "đạt" (attain), not "đất" (land, as in "nhà, đất"), which folds the same.
                if (!m.group().equals("dat") || written(m.start(), "đạt")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the original text at {@code at} is {@code word}, with its diacritics or none at all. */
        private boolean written(int at, String word) {
            if (at < 0 || at + word.length() > s.length()) {
                return false;
            }
            String original = s.substring(at, at + word.length()).toLowerCase(Locale.ROOT);
            return original.equals(word) || original.equals(VietnameseText.fold(word));
        }

        private String clauseText(int a, int b) {
            String t = s.substring(a, b);
            String previous;
            do {
                previous = t;
                t = t.strip().replaceAll("^[,;.:]+|[,;:.]+$", "").strip();
                if (t.startsWith("(") && t.indexOf(')') < 0) {
                    t = t.substring(1);
                }
                if (t.endsWith(")") && count(t, '(') < count(t, ')')) {
                    t = t.substring(0, t.length() - 1);
                }
                // "(trong đó, tối thiểu 80% …)": a clause that is wholly a parenthesis loses the brackets.
                if (t.startsWith("(") && t.endsWith(")") && count(t, '(') == 1 && count(t, ')') == 1) {
                    t = t.substring(1, t.length() - 1);
                }
            } while (!t.equals(previous));
            return t;
        }

        private static Integer baseline(String clause) {
            Matcher m = BASELINE.matcher(clause);
            if (m.find()) {
                int year = Integer.parseInt(m.group(1));
                return year >= 1900 && year <= 2100 ? year : null;
            }
            return null;
        }
    }

    /** The unit a counted noun gives ("02 cuộc" → COUNT, "5 ngày" → DAYS); null for units not measured. */
    private static MeasureUnit countUnit(String noun) {
        if (noun == null) {
            return MeasureUnit.COUNT;
        }
        String n = noun.strip();
        if (n.equals("ngay") || n.startsWith("ngay ")) {
            // Working days are not calendar days: not read rather than misread.
            return n.startsWith("ngay lam") ? null : MeasureUnit.DAYS;
        }
        if (n.equals("diem") || n.startsWith("diem ")) {
            return MeasureUnit.POINTS;
        }
        String first = n.split(" ")[0];
        if (List.of("thang", "nam", "tuan", "gio", "phut", "tuoi", "ty", "trieu", "nghin", "dong").contains(first)) {
            return null;
        }
        return MeasureUnit.COUNT;
    }

    /** Whether {@code text} ends with {@code word} as a whole word ("dat toi thieu" ends with "toi thieu"). */
    private static boolean endsWithWord(String text, String word) {
        if (!text.endsWith(word)) {
            return false;
        }
        int before = text.length() - word.length() - 1;
        return before < 0 || !Character.isLetterOrDigit(text.charAt(before));
    }

    private static BigDecimal number(String digits) {
        BigDecimal v = new BigDecimal(digits.replace(',', '.')).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static int count(String t, char c) {
        return (int) t.chars().filter(x -> x == c).count();
    }

    /** {@code s} folded one character at a time, so that index i of the result is character i of s. */
    private static String foldAligned(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSurrogate(c)) {
                b.append(Character.isWhitespace(c) ? ' ' : c);
                continue;
            }
            String folded = VietnameseText.fold(String.valueOf(c));
            b.append(folded != null && folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * A number or ranking phrase found in the folded text: [start, end) is its extent, {@code number} the
     * index of its digits (its identity), {@code comparator} set when the pattern alone decides it.
     */
    private record Hit(int start, int end, int number, BigDecimal value, MeasureUnit unit,
                       vn.cchc.plan.target.Comparator comparator) {
    }

    private record Mention(vn.cchc.plan.target.Comparator comparator, BigDecimal value, MeasureUnit unit) {
    }
}
