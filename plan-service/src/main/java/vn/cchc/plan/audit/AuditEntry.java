package vn.cchc.plan.audit;

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
import vn.cchc.plan.unit.OrgUnit;

/** One audited write: who (from the token), when, what, and the object's state before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 128)
    public String actor;

    @Column(name = "actor_unit", length = 64)
    public String actorUnit;

    /** CREATE, UPDATE, IMPORT, PROGRESS… */
    @Column(nullable = false, length = 32)
    public String action;

    /** UNIT, PLAN, TARGET, TASK. */
    @Column(name = "object_type", nullable = false, length = 32)
    public String objectType;

    @Column(name = "object_id", nullable = false)
    public long objectId;

    /** The unit that owns the object, for the read check. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;
}
