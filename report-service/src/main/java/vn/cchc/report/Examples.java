package vn.cchc.report;

/** OpenAPI examples, taken from the real 2026 plans in ../shared/seeds/. */
public final class Examples {

    /**
     * Hà Nội's 2026 regime, from section 3 "Thời gian báo cáo và phương thức gửi báo cáo" of the city
     * plan: cut-off windows as written there, due "chậm nhất là ngày 18 của tháng cuối kỳ báo cáo".
     */
    private static final String REGIME_FIELDS_HN_2026 = """
            "unitCode": "HN", "year": 2026, "name": "Chế độ báo cáo CCHC định kỳ năm 2026",
             "basis": "Kế hoạch CCHC nhà nước năm 2026 của thành phố Hà Nội, mục 3. Thời gian báo cáo và phương thức gửi báo cáo",
             "periods": [
              {"code": "2026-Q1", "name": "Báo cáo Quý 1",
               "windowStart": "2025-12-15", "windowEnd": "2026-03-14", "dueDate": "2026-03-18"},
              {"code": "2026-H1", "name": "Báo cáo CCHC 6 tháng đầu năm",
               "windowStart": "2025-12-15", "windowEnd": "2026-06-14", "dueDate": "2026-06-18"},
              {"code": "2026-Q3", "name": "Báo cáo Quý 3",
               "windowStart": "2026-06-15", "windowEnd": "2026-09-14", "dueDate": "2026-09-18"},
              {"code": "2026", "name": "Báo cáo CCHC năm",
               "windowStart": "2025-12-15", "windowEnd": "2026-12-14", "dueDate": "2026-12-18"}]""";

    /** Hà Nội's 2026 regime as issued. */
    public static final String NEW_REGIME_HN_2026 = "{" + REGIME_FIELDS_HN_2026 + "}";

    /** Hà Nội's 2026 regime as read back. */
    public static final String REGIME_HN_2026 = "{\"id\": 1, " + REGIME_FIELDS_HN_2026
            + ", \"version\": 0, \"updatedAt\": \"2026-01-05T02:00:00Z\"}";

    /** The delivery log of Ba Đình's Q1 report: version 1 delivered after the portal failed twice. */
    public static final String DELIVERY_LOG = """
            {"reportId": 12, "deliveries": [
              {"version": 1, "portal": "hanoi-cchc", "idempotencyKey": "12:1", "status": "DELIVERED", "attempts": 3,
               "nextAttemptAt": null, "reason": null, "createdAt": "2026-03-17T08:00:00Z", "finishedAt": "2026-03-17T08:01:31Z",
               "log": [
                {"attempt": 1, "at": "2026-03-17T08:00:02Z", "outcome": "RETRY", "httpStatus": 503, "reason": "Hệ thống đang bảo trì", "durationMs": 35},
                {"attempt": 2, "at": "2026-03-17T08:00:32Z", "outcome": "RETRY", "httpStatus": null, "reason": "connection refused by cchc.hanoi.gov.vn:443", "durationMs": 3},
                {"attempt": 3, "at": "2026-03-17T08:01:31Z", "outcome": "DELIVERED", "httpStatus": 201, "reason": null, "durationMs": 48}]}]}""";

    /** Starting Ba Đình's Q1 2026 report under Hà Nội's regime (id 1). */
    public static final String NEW_REPORT_BADINH_Q1 = """
            {"unitCode": "HN-BADINH", "regimeId": 1, "periodCode": "2026-Q1"}""";

    /** The officer's text of Ba Đình's Q1 2026 report, in the sections of the 4625/BNV-CCHC outline. */
    public static final String NARRATIVE_BADINH_Q1 = """
            {"direction": "UBND phường đã ban hành Kế hoạch CCHC năm 2026, Kế hoạch tuyên truyền CCHC và Kế hoạch kiểm tra công tác CCHC năm 2026.",
             "areas": {"PROCEDURES": "Tiếp nhận và giải quyết hồ sơ TTHC đúng hạn; tiếp tục rà soát, đơn giản hóa TTHC nội bộ.",
                       "DIGITAL_GOVERNMENT": "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC."},
             "strengths": "Công tác chỉ đạo, điều hành được triển khai kịp thời.",
             "limitations": "Một số nhiệm vụ chưa hoàn thành đúng hạn.",
             "causes": "Khối lượng công việc lớn sau sắp xếp đơn vị hành chính.",
             "nextPeriod": "Tập trung hoàn thành các nhiệm vụ đến hạn trong quý II.",
             "proposals": "Đề nghị Thành phố tiếp tục tổ chức tập huấn về Hệ thống thông tin báo cáo."}""";

    /** The leader returning a report. */
    public static final String RETURN_REASON = """
            {"reason": "Bổ sung kết quả tuyên truyền CCHC quý I"}""";

    private Examples() {
    }
}
