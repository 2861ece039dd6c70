package vn.cchc.report.regime;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.common.persistence.AuditedEntity;

/**
 * A reporting regime (chế độ báo cáo) that a unit issues for a year: which periodic reports its units
 * owe, the data cut-off window of each and its due date, e.g. Hà Nội's 2026 regime with quarter I,
 * first half, quarter III and the year. A unit may issue several regimes a year, told apart by {@link #code}; they are owed by its direct
 * children unless {@link #owedBy} names the units. The unit is referred to
 * by code only: the unit registry belongs to plan-service. Version and audit columns come from
 * {@link AuditedEntity}.
 */
@Entity
@Table(name = "reporting_regime")
public class ReportingRegime extends AuditedEntity {

    /** The code of a unit's main CCHC reporting regime. */
    public static final String DEFAULT_CODE = "CCHC";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_regime_seq")
    @SequenceGenerator(name = "reporting_regime_seq", sequenceName = "reporting_regime_seq", allocationSize = 50)
    public Long id;

    /** Code of the issuing unit in plan-service's registry, e.g. HN (đơn vị ban hành). */
    @Column(name = "unit_code", nullable = false, length = 64)
    public String unitCode;

    /** Calendar year the regime applies to (năm). */
    @Column(nullable = false)
    public int year;

    /** Vietnamese name in NFC, e.g. "Chế độ báo cáo CCHC định kỳ năm 2026" (tên). */
    @Column(nullable = false)
    public String name;

    /**
     * Short code telling apart the regimes a unit issues for one year, e.g. {@code CCHC} (the periodic CCHC
     * reports to the city's system), {@code CCHC-BNV} (thematic reports to the Ministry's system),
     * {@code CCHC-NOIBO} (a ward's divisions reporting to its focal point). Unique with unit and year.
     */
    @Column(nullable = false, length = 32)
    public String code = DEFAULT_CODE;

    /** Portal connector the approved reports are sent to (e.g. {@code hanoi-cchc}); null when there is none. */
    @Column(length = 64)
    public String portal;

    /**
     * Codes of the units that owe this regime's reports; null means every direct child of the issuing
     * unit (a city's wards and departments; a ward's divisions).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "owed_by", columnDefinition = "jsonb")
    public List<String> owedBy;

    /** The document that sets the regime, quoted as entered (căn cứ), may be null. */
    @Column(length = 1000)
    public String basis;

    /** The periods, ordered by due date. */
    @OneToMany(mappedBy = "regime", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, code")
    @BatchSize(size = 50)
    public List<ReportingPeriod> periods = new ArrayList<>();
}
