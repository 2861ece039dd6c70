package vn.cchc.report.report;

/** Where a report stands in its life cycle (trạng thái báo cáo); see {@link ReportLifecycle}. */
public enum ReportStatus {
    /** Being prepared by the unit's officer (dự thảo); numbers refreshable, narrative editable. */
    DRAFT,
    /** Submitted to the unit's leader (trình lãnh đạo); frozen as a version. */
    SUBMITTED,
    /** Returned by the leader with a reason (trả lại); editable again, resubmitting makes a new version. */
    RETURNED,
    /** Approved by the unit's leader (đã phê duyệt). */
    APPROVED,
    /** Sent to the regime's portal (đã gửi); delivery is tracked apart. */
    SENT
}
