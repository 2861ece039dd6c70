package vn.cchc.common.api;

/**
 * A "contains" pattern for SQL LIKE with the user's text taken literally: {@code %} and {@code _}
 * typed by a user are characters to find, not wildcards. Queries must say {@code escape '\'}.
 */
public final class Like {

    /** The escape clause to append after {@code like :param}. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /**
     * @param text already folded search text
     * @return {@code %text%} with \, % and _ escaped
     */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
