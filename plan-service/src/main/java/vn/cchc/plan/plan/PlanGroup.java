package vn.cchc.plan.plan;

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
import vn.cchc.plan.area.ReformArea;

/**
 * A group of targets and tasks as the document lays it out (mục "1. Công tác chỉ đạo, điều hành
 * CCHC"): one of the seven reform areas under the document's own label, or a group of the plan's own
 * (area null), such as a ward's extra group on satisfaction measurement.
 */
@Entity
@Table(name = "plan_group")
public class PlanGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_group_seq")
    @SequenceGenerator(name = "plan_group_seq", sequenceName = "plan_group_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    /** The document's numbering of the group, e.g. "1" or "VIII". */
    @Column(nullable = false, length = 16)
    public String key;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public ReformArea area;

    /** The label as the document writes it. */
    @Column(nullable = false, length = 1000)
    public String label;
}
