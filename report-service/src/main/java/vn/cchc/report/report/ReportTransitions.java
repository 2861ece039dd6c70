package vn.cchc.report.report;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.cchc.common.api.Versions;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.report.content.ContentHash;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.event.DeliveryOutcome;
import vn.cchc.report.event.ReportSent;

/**
 * Moves reports through their life cycle ({@link ReportLifecycle}) and records delivery outcomes.
 * <ul>
 * <li>submit: the draft's content (numbers and narrative) is frozen as version n + 1 with the SHA-256 of
 * its canonical JSON; timeliness is judged against the period's due date in Vietnam time, the report's
 * by its first submission;</li>
 * <li>return: the leader's reason is kept on the version and the report; the report becomes editable;</li>
 * <li>approve: the submitted version is approved;</li>
 * <li>send: the approved version is sent: {@link ReportSent} is fired synchronously inside the same
 * transaction, so the delivery outbox row (written by its observer) commits or rolls back with the move;
 * the portal is the regime's.</li>
 * </ul>
 * Illegal moves answer 409, a wrong role 403, a report of a unit the caller cannot read 404.
 */
@ApplicationScoped
public class ReportTransitions {

    private static final Logger LOG = Logger.getLogger(ReportTransitions.class);

    private final ReportRepository reports;
    private final ReportRepository.Versions versions;
    private final ReportAccess access;
    private final ReportService service;
    private final Event<ReportSent> sent;

    public ReportTransitions(ReportRepository reports, ReportRepository.Versions versions, ReportAccess access, ReportService service,
                             Event<ReportSent> sent) {
        this.reports = reports;
        this.versions = versions;
        this.access = access;
        this.service = service;
        this.sent = sent;
    }

    /**
     * @param caller          the caller
     * @param id              report id
     * @param action          the move
     * @param expectedVersion the version from If-Match, or null to skip the check
     * @param reason          the reason of a return (required then), ignored otherwise
     * @return the report after the move
     * @throws ProblemException 404 not visible, 403 wrong role or unit, 409 not allowed from the current status,
     *                          412 stale If-Match, 422 a return without reason
     */
    @WithSpan
    public ReportView act(Caller caller, long id, ReportAction action, Long expectedVersion, String reason) {
        Report seen = access.readable(caller, id);
        if (!ReportLifecycle.mayAct(caller, seen.unitCode, action)) {
            throw ProblemException.forbidden(switch (action) {
                case APPROVE, RETURN -> "Only a leader of " + seen.unitCode + " approves or returns its reports";
                default -> "Only an officer or leader of " + seen.unitCode + " submits or sends its reports";
            });
        }
        if (action == ReportAction.RETURN && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "say why the report is returned");
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Report r = reports.findById(id);
            if (expectedVersion != null) {
                Versions.requireCurrent("Report " + id, r.version, expectedVersion);
            }
            ReportStatus from = r.status;
            ReportStatus to = ReportLifecycle.next(from, action).orElseThrow(() -> ProblemException.conflict(
                    "Report " + id + " is " + from + "; it cannot be " + verb(action) + " now"));
            Instant now = Instant.now();
            ReportVersion v = switch (action) {
                case SUBMIT -> submit(r, caller, now);
                case APPROVE, RETURN, SEND -> current(r);
            };
            switch (action) {
                case SUBMIT -> r.returnReason = null;
                case RETURN -> {
                    v.state = ReportVersion.State.RETURNED;
                    v.decidedAt = now;
                    v.decidedBy = caller.username();
                    v.returnReason = reason.strip();
                    r.returnReason = v.returnReason;
                }
                case APPROVE -> {
                    v.state = ReportVersion.State.APPROVED;
                    v.decidedAt = now;
                    v.decidedBy = caller.username();
                }
                case SEND -> {
                    v.state = ReportVersion.State.SENT;
                    v.sentAt = now;
                    v.sentBy = caller.username();
                    r.deliveryStatus = null;
                    r.deliveryReason = null;
                    r.deliveryVersion = null;
                    r.deliveryAt = null;
                }
            }
            v.updatedAt = now;
            r.status = to;
            r.stampUpdated(caller.username());
            reports.flush();
            service.record(r, caller, action.name(), from, v.number, action == ReportAction.RETURN ? v.returnReason : null);
            if (action == ReportAction.SEND) {
                // the canonical JSON: its SHA-256 is the version's contentHash, whatever order jsonb keeps the keys in
                String payload = ContentHash.canonicalJson(ContentHash.read(v.content));
                sent.fire(new ReportSent(r.id, v.number, r.unitCode, r.unitPath, r.regime.portal, payload));
            }
            return service.view(r, true);
        });
    }

    /**
     * Shows the final delivery outcome of a sent version on its report (fired by the delivery worker).
     * An outcome for an older version than the report's current one is only logged.
     *
     * @param outcome the outcome
     */
    void onDelivery(@Observes DeliveryOutcome outcome) {
        QuarkusTransaction.joiningExisting().run(() -> {
            Report r = reports.findById(outcome.reportId());
            if (r == null) {
                LOG.warnf("Delivery outcome for unknown report %d", outcome.reportId());
                return;
            }
            if (outcome.version() != r.currentVersion) {
                LOG.infof("Delivery outcome %s for report %d version %d, which is no longer current (%d)", outcome.status(), r.id,
                        outcome.version(), r.currentVersion);
                return;
            }
            r.deliveryStatus = outcome.status();
            r.deliveryReason = outcome.reason();
            r.deliveryVersion = outcome.version();
            r.deliveryAt = Instant.now();
            reports.flush();
            service.record(r, null, outcome.status().name(), r.status, outcome.version(), outcome.reason());
        });
    }

    private ReportVersion submit(Report r, Caller caller, Instant now) {
        ReportContent content = ReportService.currentContent(r);
        LocalDate due = RegimeDuty.period(r.regime, r.periodCode).map(p -> p.dueDate).orElseThrow(() -> ProblemException.conflict(
                "Period " + r.periodCode + " was removed from regime " + r.regime.id));
        ReportVersion v = new ReportVersion();
        v.report = r;
        v.number = r.currentVersion + 1;
        v.content = ContentHash.canonicalJson(content);
        v.contentHash = ContentHash.sha256(content);
        v.submittedAt = now;
        v.submittedBy = caller.username();
        v.timeliness = Timeliness.ofSubmission(now, due);
        v.updatedAt = now;
        versions.persist(v);
        r.currentVersion = v.number;
        if (r.firstSubmittedAt == null) {
            r.firstSubmittedAt = now;
            r.timeliness = v.timeliness;
        }
        return v;
    }

    private ReportVersion current(Report r) {
        return versions.of(r.id, r.currentVersion).orElseThrow(() -> new IllegalStateException(
                "Report " + r.id + " is " + r.status + " without version " + r.currentVersion));
    }

    private static String verb(ReportAction a) {
        return switch (a) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case RETURN -> "returned";
            case SEND -> "sent";
        };
    }
}
