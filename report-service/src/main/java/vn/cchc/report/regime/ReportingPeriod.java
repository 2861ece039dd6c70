package vn.cchc.report.regime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One reporting period of a regime (kỳ báo cáo): a code such as {@code 2026-Q1}, its data cut-off
 * window (thời gian chốt số liệu, both ends inclusive, calendar dates in Vietnam) and its due date
 * (thời hạn gửi báo cáo). Windows are explicit dates, not calendar quarters: quarter I of 2026 runs
 * 15/12/2025 → 14/3/2026.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_period_seq")
    @SequenceGenerator(name = "reporting_period_seq", sequenceName = "reporting_period_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regime_id", nullable = false)
    public ReportingRegime regime;

    /** Period code, unique within the regime: {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026}, {@code 2026-03}. */
    @Column(nullable = false, length = 16)
    public String code;

    /** Vietnamese name in NFC, e.g. "Báo cáo Quý 1" (tên kỳ báo cáo). */
    @Column(nullable = false)
    public String name;

    /** First day of the data cut-off window, inclusive; null when the regime publishes no window. */
    @Column(name = "window_start")
    public LocalDate windowStart;

    /** Last day of the data cut-off window, inclusive; null when the regime publishes no window. */
    @Column(name = "window_end")
    public LocalDate windowEnd;

    /** Last day to submit the report. */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
}
