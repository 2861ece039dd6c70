package vn.cchc.report.event;

/**
 * The final outcome of delivering a report version to its portal, fired by the delivery worker once
 * (after the portal accepted it, or refused it permanently), so that the report can show it to the officer.
 *
 * @param reportId the report
 * @param version  the version delivered
 * @param status   {@code DELIVERED} or {@code REJECTED}
 * @param reason   the portal's reason for a rejection (its answer, shortened); {@code null} when delivered
 */
public record DeliveryOutcome(long reportId, int version, Status status, String reason) {

    /** Final delivery states. */
    public enum Status { DELIVERED, REJECTED }
}
