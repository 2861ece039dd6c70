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

    /**
     * A new indicator, not in the seeded catalogue: the Hà Nội plan promises "Giảm tối thiểu 20% thời
     * gian xử lý các quy trình liên thông".
     */
    public static final String NEW_INDICATOR_LINKED_TIME_CUT = """
            {"code": "LINKED_PROCESS_TIME_CUT",
             "nameVi": "Tỷ lệ giảm thời gian xử lý các quy trình liên thông",
             "nameEn": "Reduction of the processing time of inter-agency procedures",
             "kind": "PERCENT", "direction": "HIGHER_IS_BETTER", "unit": "PERCENT", "periodType": "YEAR",
             "aggregation": "MEAN",
             "description": "Kế hoạch CCHC năm 2026 của thành phố Hà Nội: \\"Giảm tối thiểu 20% thời gian xử lý các quy trình liên thông.\\""}""";

    /** A ratio measured over the reporting regime's Q1 cut-off window (15/12/2025–14/3/2026). */
    public static final String NEW_MEASUREMENT_RATIO = """
            {"unitCode": "HN-BADINH", "indicatorCode": "TTHC_ON_TIME", "period": "2026-Q1",
             "windowStart": "2025-12-15", "windowEnd": "2026-03-14",
             "numerator": 1187, "denominator": 1200,
             "note": "Số liệu từ Hệ thống thông tin giải quyết TTHC của Thành phố"}""";

    /** A count for the year: "Tổ chức ít nhất 02 cuộc đối thoại trong năm" (Ba Đình). */
    public static final String NEW_MEASUREMENT_COUNT = """
            {"unitCode": "HN-BADINH", "indicatorCode": "CITIZEN_DIALOGUES", "period": "2025", "value": 3}""";

    /** A measurement as read back. */
    public static final String MEASUREMENT_Q1 = """
            {"id": 101, "unitCode": "HN-BADINH", "indicatorCode": "TTHC_ON_TIME", "period": "2026-Q1", "periodKind": "QUARTER",
             "windowStart": "2025-12-15", "windowEnd": "2026-03-14",
             "value": 98.916667, "numerator": 1187, "denominator": 1200, "source": "MANUAL",
             "note": "Số liệu từ Hệ thống thông tin giải quyết TTHC của Thành phố",
             "revision": 1, "current": true, "createdAt": "2026-03-16T02:00:00Z", "createdBy": "badinh.officer"}""";

    /** A page of measurements. */
    public static final String MEASUREMENT_PAGE = """
            {"items": [
              {"id": 101, "unitCode": "HN-BADINH", "indicatorCode": "TTHC_ON_TIME", "period": "2026-Q1", "periodKind": "QUARTER",
               "windowStart": "2025-12-15", "windowEnd": "2026-03-14",
               "value": 98.916667, "numerator": 1187, "denominator": 1200, "source": "MANUAL",
               "revision": 1, "current": true, "createdAt": "2026-03-16T02:00:00Z", "createdBy": "badinh.officer"}],
             "page": 0, "size": 50, "total": 1}""";

    /** A JSON batch: a ward and a commune of Hà Nội, Q1 cut-off window. */
    public static final String BULK_JSON = """
            [{"unitCode": "HN-BADINH", "indicatorCode": "TTHC_ON_TIME", "period": "2026-Q1",
              "windowStart": "2025-12-15", "windowEnd": "2026-03-14", "numerator": 1187, "denominator": 1200},
             {"unitCode": "HN-DANHOA", "indicatorCode": "TTHC_ON_TIME", "period": "2026-Q1",
              "windowStart": "2025-12-15", "windowEnd": "2026-03-14", "numerator": 640, "denominator": 650}]""";

    /** The same batch as CSV. */
    public static final String BULK_CSV = """
            unit,indicator,period,windowStart,windowEnd,value,numerator,denominator,note
            HN-BADINH,TTHC_ON_TIME,2026-Q1,2025-12-15,2026-03-14,,1187,1200,
            HN-DANHOA,TTHC_ON_TIME,2026-Q1,2025-12-15,2026-03-14,,640,650,"Số liệu chốt ngày 14/3"
            """;

    /** The value over the 6-month window, from the 6-month measurement (Q1 inside it, not added twice). */
    public static final String WINDOW_VALUE = """
            {"unitCode": "HN-BADINH", "indicatorCode": "TTHC_ON_TIME", "kind": "RATIO", "method": "RATIO_OF_SUMS",
             "from": "2025-12-15", "to": "2026-06-14", "value": 99.1667, "numerator": 2380, "denominator": 2400,
             "hasData": true, "windowDays": 182, "coveredDays": 182, "complete": true,
             "used": [{"id": 102, "period": "2026-H1", "windowStart": "2025-12-15", "windowEnd": "2026-06-14",
                       "value": 99.166667, "numerator": 2380, "denominator": 2400}],
             "overlapping": [{"id": 101, "period": "2026-Q1", "windowStart": "2025-12-15", "windowEnd": "2026-03-14",
                              "value": 98.916667, "numerator": 1187, "denominator": 1200}],
             "partial": []}""";

    /** Hà Nội's value rolled up from a ward and a commune: 51 ÷ 101, not the mean of 100% and 50%. */
    public static final String ROLLUP = """
            {"unitCode": "HN", "indicatorCode": "TTHC_ON_TIME", "aggregation": "RATIO_OF_SUMS",
             "from": "2025-12-15", "to": "2026-03-14", "value": 50.4950, "numerator": 51, "denominator": 101,
             "childrenTotal": 2, "childrenWithData": 2,
             "children": [
               {"unitCode": "HN-BADINH", "name": "Phường Ba Đình", "hasData": true, "value": 100.0000, "numerator": 1, "denominator": 1,
                "coveredDays": 90, "windowDays": 90, "used": [101]},
               {"unitCode": "HN-DANHOA", "name": "Xã Dân Hòa", "hasData": true, "value": 50.0000, "numerator": 50, "denominator": 100,
                "coveredDays": 90, "windowDays": 90, "used": [201]}],
             "own": {"hasData": false, "value": null}}""";

    private Examples() {
    }

    /** Ba Đình's targets evaluated mid-year 2026 ({@code GET /api/v1/evaluations?unit=HN-BADINH&year=2026&asOf=2026-06-14}). */
    public static final String EVALUATION = """
            {"unitCode": "HN-BADINH", "year": 2026, "from": "2026-01-01", "asOf": "2026-06-14", "yearEnd": "2026-12-31",
             "yearOver": false, "daysElapsed": 165, "daysInYear": 365,
             "summary": {"total": 3, "met": 0, "notMet": 0, "atRisk": 2, "onTrack": 0, "noData": 0, "notEvaluable": 1},
             "targets": [
              {"targetId": 412, "planId": 7, "ref": "T1", "group": "2", "area": "TTHC",
               "text": "100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn", "flagged": false,
               "measures": [{"clause": "100% hồ sơ TTHC được giải quyết đúng hạn, trước hạn", "comparator": "AT_LEAST",
                 "threshold": 100, "unit": "PERCENT", "indicatorCode": "TTHC_ON_TIME", "indicatorKind": "RATIO", "periodType": "MONTH",
                 "status": "AT_RISK", "value": 99.1667, "numerator": 2380, "denominator": 2400, "gap": -0.8333,
                 "coveredDays": 151, "windowDays": 165, "used": [101, 102, 103, 104, 105],
                 "reason": "year-to-date 99.1667 < 100 with the year not over",
                 "trend": [{"period": "2026-01", "from": "2026-01-01", "to": "2026-01-31", "value": 100, "hasData": true, "complete": true},
                           {"period": "2026-02", "from": "2026-02-01", "to": "2026-02-28", "value": 98.5, "hasData": true, "complete": true}]}]},
              {"targetId": 415, "planId": 7, "ref": "T4", "group": "5", "area": "CONG_VU",
               "text": "Tổ chức ít nhất 02 cuộc đối thoại giữa người đứng đầu với người dân trong năm", "flagged": false,
               "measures": [{"clause": "Tổ chức ít nhất 02 cuộc đối thoại", "comparator": "AT_LEAST", "threshold": 2, "unit": "COUNT",
                 "indicatorCode": "CITIZEN_DIALOGUES_Q", "indicatorKind": "COUNT", "periodType": "QUARTER", "status": "AT_RISK",
                 "value": 0, "gap": -2, "projected": 0, "coveredDays": 90, "windowDays": 165, "used": [120],
                 "reason": "year-to-date count 0 < 2, projected 0 by the year end (165 of 365 days elapsed) < 2", "trend": []}]},
              {"targetId": 418, "planId": 7, "ref": "T7", "group": "1", "area": "CHI_DAO",
               "text": "Phấn đấu Chỉ số CCHC (PAR INDEX) của phường xếp trong nhóm các xã, phường có kết quả cao", "flagged": false,
               "measures": [{"clause": "xếp trong nhóm các xã, phường có kết quả cao", "comparator": "TOP_GROUP", "unit": "RANK",
                 "indicatorCode": "PAR_INDEX_RANK", "status": "NOT_EVALUABLE",
                 "reason": "the plan does not state the size of the leading group (nhóm đứng đầu), so no number decides it",
                 "coveredDays": 0, "windowDays": 165, "used": [], "trend": []}]}]}""";
}
