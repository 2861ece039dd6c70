package vn.cchc.kpi.sipas;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A SIPAS survey definition (bộ câu hỏi khảo sát): elements, each with 5-level questions, for one
 * sector. Definitions are shared (not unit data); {@code ownerUnitCode} records the supervisor's unit
 * that created it (null for the shipped default).
 */
@Entity
@Table(name = "sipas_survey")
public class SipasSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sipas_survey_seq")
    @SequenceGenerator(name = "sipas_survey_seq", sequenceName = "sipas_survey_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 500)
    public String nameVi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Sector sector;

    @Column(length = 4000)
    public String description;

    @Column(name = "owner_unit_code", length = 64)
    public String ownerUnitCode;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 128)
    public String createdBy;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<SipasElement> elements = new ArrayList<>();
}
