package vn.cchc.report.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitted version of a report (phiên bản đã trình): the full content frozen at submission with the
 * SHA-256 of its canonical JSON ({@link vn.cchc.report.content.ContentHash}). Content, hash and number
 * never change once written (the database refuses it); only the state and its stamps move with the life
 * cycle. Versions are numbered 1, 2, … per report; every one stays readable.
 */
@Entity
@Table(name = "report_version")
public class ReportVersion {

    /** States a version can be in. */
    public enum State { SUBMITTED, RETURNED, APPROVED, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_version_seq")
    @SequenceGenerator(name = "report_version_seq", sequenceName = "report_version_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public Report report;

    @Column(nullable = false)
    public int number;

    /** The frozen content as JSON (a whole {@link vn.cchc.report.content.ReportContent}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb", updatable = false)
    public String content;

    /** Lower-case hex SHA-256 of the canonical JSON of the content. */
    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state = State.SUBMITTED;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** ON_TIME or LATE: this submission against the due date. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Timeliness timeliness;

    /** When the leader approved or returned it. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "return_reason", length = 4000)
    public String returnReason;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by")
    public String sentBy;

    /** Last state change; what {@code updatedSince} of the pull API compares. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
