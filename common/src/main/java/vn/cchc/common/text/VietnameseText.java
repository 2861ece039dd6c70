package vn.cchc.common.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as data: stored in Unicode NFC (documents arrive in NFC and NFD alike) and folded
 * to plain ASCII for searching with or without diacritics ("Ba Đình" and "ba dinh" match).
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * @param s any text, may be null
     * @return the NFC form with surrounding whitespace trimmed and inner runs of whitespace (including
     *         no-break and other Unicode spaces) collapsed, bidirectional control characters removed;
     *         null for null; "" for text made only of spaces
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        // no-break and other Unicode spaces count as spaces; bidi controls would make a name read backwards
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]", "")
                .replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /**
     * @param s any text, may be null
     * @return true when nothing is left of it after {@link #nfc} (null, empty, only spaces of any kind)
     */
    public static boolean isBlank(String s) {
        return s == null || nfc(s).isEmpty();
    }

    /**
     * Search key: lower case, diacritics removed, đ/Đ to d.
     *
     * @param s any text, may be null
     * @return the folded key, e.g. "Phường Ba Đình" → "phuong ba dinh"; null for null
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(nfc(s), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
