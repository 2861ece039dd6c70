package vn.cchc.report.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a report's history (lịch sử xử lý): created, re-assembled, narrative edited, submitted,
 * returned with its reason, approved, sent, delivered or rejected by the portal. Append-only.
 */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_event_seq")
    @SequenceGenerator(name = "report_event_seq", sequenceName = "report_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(nullable = false)
    public Instant at;

    public String actor;

    /** CREATE, ASSEMBLE, NARRATIVE, SUBMIT, RETURN, APPROVE, SEND, DELIVERED, REJECTED. */
    @Column(nullable = false, length = 16)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    public ReportStatus toStatus;

    /** The version concerned, when any. */
    public Integer version;

    @Column(length = 4000)
    public String reason;
}
