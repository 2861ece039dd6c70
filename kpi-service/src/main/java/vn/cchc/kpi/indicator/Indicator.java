package vn.cchc.kpi.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.cchc.common.persistence.AuditedEntity;

/**
 * An entry of the indicator catalogue (danh mục chỉ tiêu, chỉ số): what is measured, in which unit,
 * which way is better and how it rolls up the unit tree. The catalogue is shared by every unit; targets
 * (in plan-service) and measurements refer to an indicator by its {@code code}. Version and audit
 * columns come from {@link AuditedEntity}.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    public Long id;

    /** Stable code, e.g. TTHC_ON_TIME (mã chỉ tiêu). Never changes once created. */
    @Column(nullable = false, unique = true, length = 64)
    public String code;

    /** Vietnamese name in NFC (tên chỉ tiêu). */
    @Column(name = "name_vi", nullable = false, length = 500)
    public String nameVi;

    /** English name. */
    @Column(name = "name_en", nullable = false, length = 500)
    public String nameEn;

    /** {@link vn.cchc.common.text.VietnameseText#fold} of code, Vietnamese and English names, for search. */
    @Column(name = "search_text", nullable = false, length = 1100)
    public String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 16)
    public PeriodType periodType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Aggregation aggregation;

    /** How the value is computed and where the indicator comes from (NFC), may be null. */
    @Column(length = 4000)
    public String description;
}
