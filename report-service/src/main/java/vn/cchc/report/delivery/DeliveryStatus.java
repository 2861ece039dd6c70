package vn.cchc.report.delivery;

/** State of one report version's delivery to its portal (trạng thái gửi báo cáo). */
public enum DeliveryStatus {
    /** Waiting for the worker, or being retried after a transient failure. */
    PENDING,
    /** The portal accepted it (answered 2xx); final. */
    DELIVERED,
    /** The portal refused it for good (a 4xx other than 408 and 429), with its reason; final. */
    REJECTED
}
