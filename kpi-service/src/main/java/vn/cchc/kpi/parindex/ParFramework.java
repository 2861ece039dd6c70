package vn.cchc.kpi.parindex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.common.persistence.AuditedEntity;
import vn.cchc.kpi.parindex.model.PeerBlock;

/**
 * A stored PAR INDEX framework (bộ tiêu chí): the key columns (issuer, first year, block, edition) and
 * the whole {@link vn.cchc.kpi.parindex.model.FrameworkDocument} as JSON. Never changed once an
 * assessment uses it.
 */
@Entity
@Table(name = "par_framework")
public class ParFramework extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "par_framework_seq")
    @SequenceGenerator(name = "par_framework_seq", sequenceName = "par_framework_seq", allocationSize = 50)
    public Long id;

    /** Issuer: a unit code (HN) or BNV. */
    @Column(nullable = false, length = 64)
    public String issuer;

    /** First index year it applies to. */
    @Column(nullable = false)
    public int year;

    /** Last index year it applies to; null when open. */
    @Column(name = "last_year")
    public Integer lastYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PeerBlock block;

    /** 1 for the first framework of (issuer, year, block), + 1 for each new edition. */
    @Column(nullable = false)
    public int edition;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "max_points", nullable = false, precision = 9, scale = 2)
    public BigDecimal maxPoints;

    /** The whole framework as JSON, NFC. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;
}
