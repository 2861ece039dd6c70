package vn.cchc.report.report;

/** A move in the report life cycle, as {@code POST /api/v1/reports/{id}/{action}} names it. */
public enum ReportAction {
    /** trình: DRAFT or RETURNED → SUBMITTED; officer or leader of the unit. */
    SUBMIT,
    /** phê duyệt: SUBMITTED → APPROVED; leader of the unit. */
    APPROVE,
    /** trả lại (with a reason): SUBMITTED → RETURNED; leader of the unit. */
    RETURN,
    /** gửi: APPROVED → SENT; officer or leader of the unit. */
    SEND
}
