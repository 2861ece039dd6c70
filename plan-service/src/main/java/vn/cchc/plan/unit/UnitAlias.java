package vn.cchc.plan.unit;

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

/** Another name under which documents refer to a unit ("Phòng VHXH" for Phòng Văn hóa - Xã hội). */
@Entity
@Table(name = "unit_alias")
public class UnitAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_alias_seq")
    @SequenceGenerator(name = "unit_alias_seq", sequenceName = "unit_alias_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    /** The alias as written. */
    @Column(nullable = false)
    public String alias;

    /** {@link UnitNameMatcher#key} of the alias. */
    @Column(name = "alias_key", nullable = false)
    public String aliasKey;
}
