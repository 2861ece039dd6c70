package vn.cchc.plan.task;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One assignment of a task: who leads (chủ trì), who coordinates (phối hợp), by when (thời gian hoàn
 * thành, as written and parsed). Most tasks have one; some have several (Hà Nội #1, #3, #5, #10).
 */
@Entity
@Table(name = "task_assignment")
public class TaskAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_assignment_seq")
    @SequenceGenerator(name = "task_assignment_seq", sequenceName = "task_assignment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(nullable = false)
    public int position;

    @Column(name = "deadline_text", columnDefinition = "text")
    public String deadlineText;

    /** The parsed deadline as JSON ({@link vn.cchc.plan.deadline.Deadline}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String deadline;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, position")
    public List<TaskParty> parties = new ArrayList<>();
}
