package vn.cchc.plan.unit;

import java.util.Locale;
import vn.cchc.common.text.VietnameseText;

/**
 * The key under which unit names and their aliases are compared, so that the variants documents use
 * meet: diacritics and case ("hoá"/"hóa"), dashes ("–"/"-"), "&" for "và", spacing and punctuation.
 * "Văn phòng HĐND&UBND" and "Văn phòng HĐND và UBND" share a key; "Phòng VHXH" needs an alias.
 */
public final class UnitNameMatcher {

    private UnitNameMatcher() {
    }

    /**
     * @param name a unit name as a document writes it
     * @return its comparison key, e.g. "van phong hdnd va ubnd"; empty for blank input
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = VietnameseText.fold(name)
                .replace("&", " va ")
                .replaceAll("[\\p{Pd}]", " ")
                .replaceAll("[^a-z0-9 ]", " ");
        return folded.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
