package vn.cchc.plan.plan;

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
import vn.cchc.plan.unit.OrgUnit;

/**
 * A unit's yearly reform plan (Kế hoạch cải cách hành chính năm N): one per unit and year, possibly
 * concretising the parent unit's plan (a ward plan derives from the city plan).
 */
@Entity
@Table(name = "plan")
public class Plan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(name = "document_number", length = 100)
    public String documentNumber;

    @Column(name = "document_date")
    public LocalDate documentDate;

    public String issuer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PlanStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Plan parent;

    /** Where the plan came from, e.g. the seed file or "import". */
    public String source;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanGroup> groups = new ArrayList<>();
}
