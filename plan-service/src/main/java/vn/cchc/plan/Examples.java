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

    /** An account as read back. */
    public static final String ACCOUNT = """
            {"id": "4f0c7a52-6a0e-4f7e-9d55-0c1f3c1f2b11", "auditId": 1, "username": "badinh.nguyenvana",
             "firstName": "Văn A", "lastName": "Nguyễn", "email": "nguyenvana@badinh.hanoi.gov.vn",
             "unit": "HN-BADINH", "role": "officer", "enabled": true}""";

    /** A new officer account. */
    public static final String NEW_ACCOUNT = """
            {"username": "badinh.nguyenvana", "firstName": "Văn A", "lastName": "Nguyễn",
             "email": "nguyenvana@badinh.hanoi.gov.vn", "unit": "HN-BADINH", "role": "officer",
             "password": "Doi-mat-khau-ngay-1", "temporaryPassword": true}""";

    private Examples() {
    }
}
