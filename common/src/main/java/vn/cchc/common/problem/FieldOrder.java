package vn.cchc.common.problem;

import java.util.Comparator;

/**
 * The order of field paths in a 422 problem: as text, except that runs of digits compare as numbers, so
 * that the rows of a bulk write come out as a person reads them ({@code [2].value} before
 * {@code [10].value}, {@code line[9]} before {@code line[10]}). Plain code, no framework.
 */
public final class FieldOrder implements Comparator<String> {

    /** The one instance (stateless). */
    public static final FieldOrder INSTANCE = new FieldOrder();

    private FieldOrder() {
    }

    /**
     * @param a a field path, not null
     * @param b another, not null
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                // numbers without their leading zeros: the longer is larger, else digit by digit
                int si = skipZeros(a, i, ei);
                int sj = skipZeros(b, j, ej);
                int byLength = Integer.compare(ei - si, ej - sj);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = a.substring(si, ei).compareTo(b.substring(sj, ej));
                if (byDigits != 0) {
                    return byDigits;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int skipZeros(String s, int from, int end) {
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
