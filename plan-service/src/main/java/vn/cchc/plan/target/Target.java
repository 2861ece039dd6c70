package vn.cchc.plan.target;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.common.persistence.AuditedEntity;
import vn.cchc.plan.plan.Plan;
import vn.cchc.plan.plan.PlanGroup;

/**
 * A target of a plan (chỉ tiêu kết quả cần đạt được): the Vietnamese sentence verbatim and its
 * structured measures ({@link TargetMeasure} as JSON: comparator, value, unit, indicator code), as
 * proposed by {@link TargetSentenceParser} or set by a supervisor. A sentence with no readable measure
 * is kept and {@code flagged}, never guessed.
 */
@Entity
@Table(name = "target")
public class Target extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
    @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    /** The group that lists it; null for a plan-wide target. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    public PlanGroup group;

    @Column(nullable = false, length = 32)
    public String ref;

    @Column(nullable = false)
    public int position;

    /** The source sentence, verbatim (NFC). */
    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "text_folded", nullable = false, columnDefinition = "text")
    public String textFolded;

    /** JSON array of {@link TargetMeasure}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String measures = "[]";

    /** True when no measure could be read from the sentence. */
    @Column(nullable = false)
    public boolean flagged;

    /** The parent plan's target this one derives from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Target parent;
}
