package vn.cchc.report.event;

/**
 * A report version was sent (gửi báo cáo) to a reporting portal: fired synchronously by the report
 * life cycle inside the transaction that moves the report to {@code SENT}, so that the delivery outbox
 * row is written in that same transaction (all or nothing) and delivered later by the background worker.
 *
 * @param reportId    the report
 * @param version     the submitted version being sent (1, 2, …); with {@code reportId} it makes the
 *                    idempotency key, so a retried delivery never files twice
 * @param unitCode    the reporting unit's code (mã đơn vị), e.g. {@code HN-BADINH}
 * @param unitPath    the unit's materialised path (e.g. {@code /VN/HN/HN-BADINH/}) for access checks on the delivery log
 * @param portal      the portal connector name configured for the report's regime (e.g. {@code hanoi-cchc})
 * @param payloadJson the frozen snapshot as JSON, exactly what the portal receives
 */
public record ReportSent(long reportId, int version, String unitCode, String unitPath, String portal, String payloadJson) {
}
