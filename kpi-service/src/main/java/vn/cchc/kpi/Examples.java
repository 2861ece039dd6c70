package vn.cchc.kpi;

/** OpenAPI examples, taken from the real 2026 plans in ../shared/seeds/. */
public final class Examples {

    /** The on-time TTHC dossiers indicator as read back. */
    public static final String INDICATOR_TTHC_ON_TIME = """
            {"code": "TTHC_ON_TIME",
             "nameVi": "Tỷ lệ hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn",
             "nameEn": "Share of TTHC dossiers settled on time or early",
             "kind": "RATIO", "direction": "HIGHER_IS_BETTER", "unit": "PERCENT", "periodType": "MONTH",
             "aggregation": "RATIO_OF_SUMS",
             "description": "Kế hoạch CCHC năm 2026 của thành phố Hà Nội: \\"Phấn đấu 100% số hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn.\\"",
             "version": 0, "updatedAt": "2026-01-05T02:00:00Z"}""";

    /** A page of the catalogue filtered with {@code q=dung han}. */
    public static final String INDICATOR_PAGE = """
            {"items": [
              {"code": "TTHC_ON_TIME",
               "nameVi": "Tỷ lệ hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn",
               "nameEn": "Share of TTHC dossiers settled on time or early",
               "kind": "RATIO", "direction": "HIGHER_IS_BETTER", "unit": "PERCENT", "periodType": "MONTH",
               "aggregation": "RATIO_OF_SUMS", "version": 0, "updatedAt": "2026-01-05T02:00:00Z"}],
             "page": 0, "size": 50, "total": 1}""";

    /** A new indicator: the Hà Nội plan promises "ít nhất 02 cuộc đối thoại trong năm". */
    public static final String NEW_INDICATOR_DIALOGUES = """
            {"code": "CITIZEN_DIALOGUES",
             "nameVi": "Số cuộc đối thoại với người dân, doanh nghiệp",
             "nameEn": "Dialogues held with citizens and businesses",
             "kind": "COUNT", "direction": "HIGHER_IS_BETTER", "unit": "COUNT", "periodType": "YEAR",
             "aggregation": "SUM",
             "description": "Kế hoạch CCHC năm 2026 của thành phố Hà Nội: \\"Đảm bảo ít nhất 02 cuộc đối thoại trong năm (hội nghị, tọa đàm,…) với người dân, doanh nghiệp\\"."}""";

    private Examples() {
    }
}
