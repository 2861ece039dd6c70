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
     * @return the NFC form with surrounding whitespace trimmed and inner runs of whitespace collapsed;
     *         null for null
     */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
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
