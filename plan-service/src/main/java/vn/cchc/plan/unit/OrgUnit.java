package vn.cchc.plan.unit;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cchc.common.persistence.AuditedEntity;

/**
 * An org unit (đơn vị) of the registry: a province-level city, a department, a ward or commune, a
 * division or centre. {@code path} is the materialised path of codes ({@code /HN/HN-BADINH/}) used
 * for subtree reads and for every authorization check.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    public Long id;

    /** Stable code, e.g. HN-BADINH (mã đơn vị). */
    @Column(nullable = false, unique = true, length = 64)
    public String code;

    /** Vietnamese name in NFC, e.g. "Phường Ba Đình" (tên đơn vị). */
    @Column(nullable = false)
    public String name;

    /** {@link vn.cchc.common.text.VietnameseText#fold} of the name, for search without diacritics. */
    @Column(name = "name_folded", nullable = false)
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public OrgUnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public OrgUnit parent;

    @Column(nullable = false, length = 2048)
    public String path;

    /** Other names documents use for the unit. */
    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("alias")
    public List<UnitAlias> aliases = new ArrayList<>();

    /** @return codes from the root to this unit, e.g. {@code [HN, HN-BADINH]} */
    public List<String> pathCodes() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param parentPath the parent's path, or null for a root
     * @param code       this unit's code
     * @return the materialised path of a unit with that parent
     */
    static String pathUnder(String parentPath, String code) {
        return (parentPath == null ? "/" : parentPath) + code + "/";
    }
}
