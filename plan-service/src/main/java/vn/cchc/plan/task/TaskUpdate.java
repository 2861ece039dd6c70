package vn.cchc.plan.task;

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
import java.time.LocalDate;

/**
 * A dated progress report on a task (báo cáo tiến độ) with its evidence (tài liệu kiểm chứng:
 * document number, date, link). Append-only: a later report supersedes, never overwrites.
 */
@Entity
@Table(name = "task_update")
public class TaskUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_update_seq")
    @SequenceGenerator(name = "task_update_seq", sequenceName = "task_update_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public int progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TaskStatus status;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "evidence_number", length = 100)
    public String evidenceNumber;

    @Column(name = "evidence_date")
    public LocalDate evidenceDate;

    @Column(name = "evidence_url", length = 2048)
    public String evidenceUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
