package vn.cchc.kpi.measurement;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.cchc.kpi.indicator.Indicator;

/**
 * One revision of the value of an indicator for a unit and a period (số liệu), over the date window
 * it covers. Rows are append-only: a correction inserts a new revision (revision + 1) that supersedes
 * the current one, whose {@code current} flag is cleared and {@code supersededById} set; nothing else
 * ever changes, so the history of every value stays readable. The revision is the ETag a correction
 * must send back in {@code If-Match}.
 */
@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measurement_seq")
    @SequenceGenerator(name = "measurement_seq", sequenceName = "measurement_seq", allocationSize = 1000)
    public Long id;

    /** Org unit code as plan-service knows it, e.g. HN-BADINH (mã đơn vị). */
    @Column(name = "unit_code", nullable = false, length = 64)
    public String unitCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    public Indicator indicator;

    /** Period label, e.g. 2026-Q1 (kỳ số liệu), see {@link Period}. */
    @Column(nullable = false, length = 16)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    public PeriodKind periodKind;

    /** First day the value covers, inclusive (from the cut-off window or the calendar period). */
    @Column(name = "window_start", nullable = false)
    public LocalDate windowStart;

    /** Last day the value covers, inclusive. */
    @Column(name = "window_end", nullable = false)
    public LocalDate windowEnd;

    /** The value; for a ratio, 100 × numerator ÷ denominator. */
    @Column(nullable = false, precision = 20, scale = 6)
    public BigDecimal value;

    /** Numerator of a ratio (tử số), else null. */
    @Column(precision = 20, scale = 4)
    public BigDecimal numerator;

    /** Denominator of a ratio (mẫu số), else null. */
    @Column(precision = 20, scale = 4)
    public BigDecimal denominator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MeasurementSource source;

    /** Free-text note (ghi chú), NFC, may be null. */
    @Column(length = 2000)
    public String note;

    /** 1 for the first value of (unit, indicator, period), + 1 per correction. */
    @Column(nullable = false)
    public int revision;

    /** True for the revision in force; false once superseded. */
    @Column(nullable = false)
    public boolean current;

    /** The revision this one corrects, null for the first. */
    @Column(name = "supersedes_id")
    public Long supersedesId;

    /** The revision that corrected this one, null while current. */
    @Column(name = "superseded_by_id")
    public Long supersededById;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 128)
    public String createdBy;
}
