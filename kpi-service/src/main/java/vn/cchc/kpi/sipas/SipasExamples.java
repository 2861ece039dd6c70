package vn.cchc.kpi.sipas;

/** OpenAPI examples of the SIPAS API. */
public final class SipasExamples {

    /** A JSON batch of two questionnaires from Ba Đình. */
    public static final String RESPONSES_JSON = """
            [{"unitCode": "HN-BADINH", "period": "2026-Q1", "channel": "KIOSK", "onlineService": false,
              "answers": {"ACCESS_1": 4, "PROC_1": 5, "OFF_1": 5, "RES_1": 4, "FB_1": 3}},
             {"unitCode": "HN-BADINH", "period": "2026-Q1", "channel": "WEB", "onlineService": true,
              "answers": {"ACCESS_1": 5, "PROC_1": 4, "OFF_1": 2, "RES_1": 5, "FB_1": 4}}]""";

    /** The same as CSV. */
    public static final String RESPONSES_CSV = """
            unit,period,channel,onlineService,ACCESS_1,PROC_1,OFF_1,RES_1,FB_1
            HN-BADINH,2026-Q1,KIOSK,false,4,5,5,4,3
            HN-BADINH,2026-Q1,WEB,true,5,4,2,5,4
            """;

    /** A sector definition. */
    public static final String NEW_SURVEY = """
            {"code": "SIPAS-YTE", "nameVi": "Phiếu khảo sát sự hài lòng của người dân đối với dịch vụ y tế công", "sector": "HEALTH",
             "elements": [
               {"code": "ACCESS", "nameVi": "Tiếp cận dịch vụ", "questions": [{"code": "ACCESS_1", "textVi": "Nơi ngồi chờ có đủ chỗ ngồi"}]},
               {"code": "OFFICIALS", "nameVi": "Công chức, viên chức trực tiếp phục vụ",
                "questions": [{"code": "OFF_1", "textVi": "Nhân viên y tế có thái độ giao tiếp lịch sự"}]}]}""";

    /** Results of the two questionnaires above (THRESHOLD, level ≥ 4). */
    public static final String RESULTS = """
            {"unitCode": "HN-BADINH", "period": "2026", "from": "2026-01-01", "to": "2026-12-31", "survey": null,
             "formula": "THRESHOLD", "satisfiedFrom": 4, "rollup": false, "responses": 2, "computed": 80.0,
             "onlineServices": {"responses": 1, "computed": 80.0, "published": null, "official": 80.0},
             "published": null, "official": 80.0,
             "elements": [{"code": "ACCESS", "rate": 100.0, "questions": [{"code": "ACCESS_1", "text": "Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi",
               "answers": 2, "satisfied": 2, "meanLevel": 4.5, "rate": 100.0, "counts": [0, 0, 0, 1, 1]}]}],
             "units": []}""";

    private SipasExamples() {
    }
}
