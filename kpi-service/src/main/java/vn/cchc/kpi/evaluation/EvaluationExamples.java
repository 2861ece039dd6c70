package vn.cchc.kpi.evaluation;

/** OpenAPI examples of the batch evaluation. */
public final class EvaluationExamples {

    /** Hà Nội's subtree as of 14/6/2026, shortened to two units. */
    public static final String BATCH_EVALUATION = """
            {"parent": "HN", "year": 2026,
             "window": {"from": "2026-01-01", "to": "2026-06-14", "yearEnd": "2026-12-31", "yearOver": false},
             "units": [
               {"unit": "HN", "name": "Thành phố Hà Nội",
                "counts": {"total": 1, "met": 1, "notMet": 0, "atRisk": 0, "onTrack": 0, "noData": 0, "notEvaluable": 0,
                           "evaluable": 1, "attainmentRate": 100.0},
                "evaluations": [{"targetId": 3, "planId": 1, "ref": "T1", "group": "1", "area": "DIRECTION",
                  "text": "Chỉ số SIPAS của Thành phố đạt tối thiểu 86%", "flagged": false,
                  "measures": [{"clause": "Chỉ số SIPAS của Thành phố đạt tối thiểu 86%", "comparator": "AT_LEAST", "threshold": 86,
                    "unit": "PERCENT", "indicatorCode": "SIPAS", "indicatorKind": "PERCENT", "periodType": "YEAR", "status": "MET",
                    "value": 87.12, "gap": 1.12, "coveredDays": 0, "windowDays": 165, "used": [],
                    "reason": "officially published value (QĐ 1234/QĐ-BNV); 87.12 ≥ 86", "trend": [], "valueSource": "PUBLISHED"}]}]},
               {"unit": "HN-DANHOA", "name": "Xã Dân Hòa",
                "counts": {"total": 0, "met": 0, "notMet": 0, "atRisk": 0, "onTrack": 0, "noData": 0, "notEvaluable": 0,
                           "evaluable": 0, "attainmentRate": null},
                "evaluations": []}]}""";

    private EvaluationExamples() {
    }
}
