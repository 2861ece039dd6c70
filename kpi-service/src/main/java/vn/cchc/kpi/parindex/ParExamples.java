package vn.cchc.kpi.parindex;

/**
 * OpenAPI examples of the PAR INDEX API (kept beside the feature rather than in
 * {@link vn.cchc.kpi.Examples}, which other features of kpi-service edit at the same time). The
 * numbers are the hand-worked example of {@code ParTotalsTest}.
 */
public final class ParExamples {

    private ParExamples() {
    }

    /** A small ward framework (20 points). */
    public static final String FRAMEWORK = """
            {"issuer": "HN", "year": 2025, "block": "WARD",
             "title": "Chỉ số CCHC của UBND các phường (bộ rút gọn)", "decision": "theo cấu trúc QĐ 5666/QĐ-UBND ngày 17/11/2025",
             "maxPoints": 20,
             "bands": [{"code": "A", "minPercent": 90, "name": "Nhóm A"}, {"code": "B", "minPercent": 80, "name": "Nhóm B"},
                       {"code": "C", "minPercent": 70, "name": "Nhóm C"}, {"code": "D", "minPercent": 0, "name": "Nhóm D"}],
             "areas": [
              {"code": "1", "name": "Công tác chỉ đạo, điều hành CCHC", "maxPoints": 6, "children": [
                {"code": "1.1", "name": "Ban hành Kế hoạch CCHC năm", "maxPoints": 2, "rule": {"type": "YES_NO"},
                 "evidence": "Kế hoạch CCHC năm của UBND phường"},
                {"code": "1.2", "name": "Thực hiện kế hoạch", "maxPoints": 4, "children": [
                  {"code": "1.2.1", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 2,
                   "rule": {"type": "TIERS", "tiers": [{"minPercent": 100, "share": 1}, {"minPercent": 90, "share": 0.5}]}},
                  {"code": "1.2.2", "name": "Kiểm tra CCHC tại các cơ quan trực thuộc", "maxPoints": 2,
                   "rule": {"type": "MANUAL"}, "notApplicableAllowed": true}]}]},
              {"code": "2", "name": "Cải cách thủ tục hành chính", "maxPoints": 8, "children": [
                {"code": "2.1", "name": "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "maxPoints": 4,
                 "rule": {"type": "RATIO", "indicatorCode": "TTHC_ON_TIME"}},
                {"code": "2.2", "name": "Hồ sơ trễ hạn chưa có văn bản xin lỗi", "maxPoints": 4,
                 "rule": {"type": "DEDUCTION", "deductionPerUnit": 1}}]},
              {"code": "3", "name": "Tác động của CCHC (điều tra xã hội học)", "maxPoints": 6, "children": [
                {"code": "3.1", "name": "Mức độ hài lòng của người dân, tổ chức", "maxPoints": 6, "rule": {"type": "SURVEY"}}]}],
             "bonus": [{"code": "B1", "name": "Sáng kiến CCHC được công nhận", "maxPoints": 1, "rule": {"type": "MANUAL"}}]}""";

    /** Opening Ba Đình's 2025 assessment. */
    public static final String NEW_ASSESSMENT = """
            {"unitCode": "HN-BADINH", "indexYear": 2025, "frameworkId": 51}""";

    /** Ba Đình's self-assessment. */
    public static final String SELF = """
            {"entries": [
              {"code": "1.1", "value": 1, "evidence": ["KH 12/KH-UBND ngày 10/01/2025"]},
              {"code": "1.2.1", "value": 95},
              {"code": "1.2.2", "notApplicable": true},
              {"code": "2.1", "value": 90},
              {"code": "2.2", "value": 1},
              {"code": "B1", "score": 0.5}]}""";

    /** The city's appraisal of one leaf. */
    public static final String APPRAISAL = """
            {"entries": [{"code": "2.1", "value": 85, "comment": "Theo Hệ thống giải quyết TTHC: 85%"}]}""";

    /** Survey points. */
    public static final String SURVEY = """
            {"entries": [{"code": "3.1", "score": 4.5}]}""";

    /** A published result. */
    public static final String OFFICIAL = """
            {"index": 91.43, "rank": 3, "band": "A", "source": "Công bố Chỉ số CCHC năm 2023 của Bộ Nội vụ", "publishedOn": "2024-05-08"}""";

    /** Ba Đình's result (abridged). */
    public static final String ASSESSMENT = """
            {"id": 1, "unitCode": "HN-BADINH", "unitName": "Phường Ba Đình", "parentCode": "HN", "block": "WARD", "indexYear": 2025,
             "framework": {"id": 51, "issuer": "HN", "year": 2025, "block": "WARD", "edition": 1, "title": "Chỉ số CCHC của UBND các phường"},
             "stage": "APPRAISAL",
             "result": {"maxPoints": 20.00, "applicableMax": 18.00, "points": 13.90, "bonus": 0.50, "total": 14.40, "index": 80.00,
                        "band": "B", "complete": true, "missing": []},
             "self": {"applicableMax": 12.00, "points": 9.60, "bonus": 0.50, "index": 84.17},
             "areas": [{"code": "1", "name": "Công tác chỉ đạo, điều hành CCHC", "maxPoints": 6.00, "applicableMax": 4.00,
                        "selfPoints": 3.00, "points": 3.00, "children": []}],
             "version": 4}""";

    /** A ranking with a tie. */
    public static final String RANKING = """
            {"parent": "HN", "year": 2025, "block": "WARD", "ranked": 3,
             "tieRule": "equal index (at 0.01) → equal rank, the next rank skipped (1, 2, 2, 4)",
             "items": [
              {"rank": 1, "tied": true, "unitCode": "HN-BADINH", "unitName": "Phường Ba Đình", "assessmentId": 1, "index": 80.00, "band": "B", "complete": true},
              {"rank": 1, "tied": true, "unitCode": "HN-W1", "unitName": "Phường W1", "assessmentId": 2, "index": 80.00, "band": "B", "complete": true},
              {"rank": 3, "tied": false, "unitCode": "HN-W2", "unitName": "Phường W2", "assessmentId": 3, "index": 58.50, "band": "D", "complete": true}]}""";
}
