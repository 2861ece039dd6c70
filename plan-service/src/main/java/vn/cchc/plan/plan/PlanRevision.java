package vn.cchc.plan.plan;

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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The whole plan (in the {@code cchc-plan/1} exchange format) as it stood after a change: plans are
 * adjusted during the year, every version is kept, and a plan can be read as of a date.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_revision_seq")
    @SequenceGenerator(name = "plan_revision_seq", sequenceName = "plan_revision_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 128)
    public String actor;

    @Column(length = 1000)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;
}
