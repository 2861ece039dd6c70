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
import vn.cchc.common.persistence.AuditedEntity;
import vn.cchc.report.event.DeliveryOutcome;
import vn.cchc.report.regime.ReportingRegime;

/**
 * A periodic report of a unit for one period of a regime (báo cáo định kỳ), at most one per (unit,
 * regime, period). Holds the working draft — the assembled numbers ({@link #content}, a
 * {@link vn.cchc.report.content.ReportContent} with empty narrative) apart from the officer's text
 * ({@link #narrative}) — and where it stands in the life cycle; the submitted versions are
 * {@link ReportVersion}s. Delivery to the portal is reported back by the delivery worker
 * ({@link DeliveryOutcome}) and shown here.
 */
@Entity
@Table(name = "report")
public class Report extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    public Long id;

    /** Reporting unit code (đơn vị báo cáo). */
    @Column(name = "unit_code", nullable = false, length = 64)
    public String unitCode;

    /** The unit's materialised path at creation, e.g. {@code /HN/HN-BADINH/}, for subtree queries. */
    @Column(name = "unit_path", nullable = false, length = 2048)
    public String unitPath;

    /** The unit's name as plan-service gave it at the last assembly. */
    @Column(name = "unit_name")
    public String unitName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id", nullable = false)
    public ReportingRegime regime;

    /** Period code within the regime, e.g. {@code 2026-Q1}. */
    @Column(name = "period_code", nullable = false, length = 16)
    public String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReportStatus status = ReportStatus.DRAFT;

    /** The assembled numbers as JSON, narrative fields empty. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    /** The officer's text as JSON ({@link vn.cchc.report.content.Narrative}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String narrative;

    @Column(name = "assembled_at", nullable = false)
    public Instant assembledAt;

    /** Number of the latest submitted version; 0 before the first submission. */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    /** First submission: what timeliness is judged by. */
    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    /** ON_TIME or LATE once submitted. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Timeliness timeliness;

    /** The leader's reason for the last return. */
    @Column(name = "return_reason", length = 4000)
    public String returnReason;

    /** Outcome of the delivery of the sent version: DELIVERED or REJECTED; null while pending or not sent. */
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", length = 16)
    public DeliveryOutcome.Status deliveryStatus;

    /** The portal's reason for a rejection. */
    @Column(name = "delivery_reason", length = 4000)
    public String deliveryReason;

    @Column(name = "delivery_version")
    public Integer deliveryVersion;

    @Column(name = "delivery_at")
    public Instant deliveryAt;
}
