package vn.cchc.kpi.sipas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The officially published value (giá trị công bố chính thức) of SIPAS or of the satisfaction with
 * online public services for a unit and year, stored beside the computed one; targets are judged by
 * it when present.
 */
@Entity
@Table(name = "sipas_published")
public class SipasPublished {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sipas_published_seq")
    @SequenceGenerator(name = "sipas_published_seq", sequenceName = "sipas_published_seq", allocationSize = 50)
    public Long id;

    @Column(name = "unit_code", nullable = false, length = 64)
    public String unitCode;

    @Column(nullable = false)
    public int year;

    /** {@code SIPAS} or {@code DVC_ONLINE_SATISFACTION}. */
    @Column(name = "indicator_code", nullable = false, length = 64)
    public String indicatorCode;

    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal value;

    @Column(length = 500)
    public String document;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 128)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 128)
    public String updatedBy;
}
