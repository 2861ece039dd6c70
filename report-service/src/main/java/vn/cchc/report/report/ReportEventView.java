package vn.cchc.report.report;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a report's history.
 *
 * @param at         when
 * @param actor      who
 * @param action     CREATE, ASSEMBLE, NARRATIVE, SUBMIT, RETURN, APPROVE, SEND, DELIVERED, REJECTED
 * @param fromStatus status before
 * @param toStatus   status after
 * @param version    the version concerned
 * @param reason     reason of a return or rejection
 */
@Schema(name = "ReportEvent", description = "One step of a report's history (lịch sử xử lý)")
public record ReportEventView(Instant at, String actor, String action, ReportStatus fromStatus, ReportStatus toStatus, Integer version,
                              String reason) {

    static ReportEventView of(ReportEvent e) {
        return new ReportEventView(e.at, e.actor, e.action, e.fromStatus, e.toStatus, e.version, e.reason);
    }
}
