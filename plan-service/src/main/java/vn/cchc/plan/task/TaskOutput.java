package vn.cchc.plan.task;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An output of a task (sản phẩm: a plan, a decision, a report…), with its own milestone when the
 * document gives one (Hà Nội #12, #21).
 */
@Entity
@Table(name = "task_output")
public class TaskOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_output_seq")
    @SequenceGenerator(name = "task_output_seq", sequenceName = "task_output_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, columnDefinition = "text")
    public String name;

    @Column(name = "deadline_text", columnDefinition = "text")
    public String deadlineText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String deadline;

    @Column(name = "due_date")
    public LocalDate dueDate;
}
