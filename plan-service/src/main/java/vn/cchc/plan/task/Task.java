package vn.cchc.plan.task;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.common.persistence.AuditedEntity;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.plan.PlanGroup;

/**
 * A task of a plan (nhiệm vụ, giải pháp): a row of the plan's appendix with its outputs (sản phẩm),
 * leader in charge (lãnh đạo chủ trì, a role), and one or more assignments, each with lead and
 * coordinating units and a deadline. {@code dueDate} is the earliest concrete due date of its
 * assignments and outputs, kept for the overdue and due-soon filters.
 */
@Entity
@Table(name = "task")
public class Task extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public PlanGroup group;

    /** Unique within the plan, e.g. "12" or "3.2". */
    @Column(nullable = false, length = 32)
    public String ref;

    @Column(nullable = false)
    public int position;

    /** TT as written. */
    @Column(length = 16)
    public String number;

    @Column(nullable = false, columnDefinition = "text")
    public String title;

    @Column(name = "title_folded", nullable = false, columnDefinition = "text")
    public String titleFolded;

    @Column(length = 500)
    public String leader;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TaskStatus status = TaskStatus.NOT_STARTED;

    /** Percent done, 0..100. */
    @Column(nullable = false)
    public int progress;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** True when a deadline cell of the task could not be read. */
    @Column(name = "deadline_flagged", nullable = false)
    public boolean deadlineFlagged;

    /** The parent plan's task this one concretises. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Task parent;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TaskAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TaskOutput> outputs = new ArrayList<>();
}
