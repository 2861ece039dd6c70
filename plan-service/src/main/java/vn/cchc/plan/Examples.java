package vn.cchc.plan;

/** OpenAPI examples, taken from the real 2026 plans in ../shared/seeds/. */
public final class Examples {

    /** An org unit as read back. */
    public static final String UNIT_BADINH = """
            {"code": "HN-BADINH", "name": "Phường Ba Đình", "level": "WARD", "parentCode": "HN",
             "path": ["HN", "HN-BADINH"], "version": 0, "updatedAt": "2026-01-05T02:00:00Z"}""";

    /** A new org unit. */
    public static final String NEW_UNIT_BADINH = """
            {"code": "HN-BADINH", "name": "Phường Ba Đình", "level": "WARD", "parentCode": "HN"}""";

    private Examples() {
    }
}
