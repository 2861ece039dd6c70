package vn.cchc.report.delivery;

/** What one attempt to reach the portal came to. */
public enum AttemptOutcome {
    /** 2xx: filed (or already filed under the same Idempotency-Key). */
    DELIVERED,
    /** 4xx other than 408 and 429: the portal refuses the report; never retried. */
    REJECTED,
    /** 5xx, 408, 429, a timeout, a refused connection or any other I/O failure: tried again later. */
    RETRY
}
