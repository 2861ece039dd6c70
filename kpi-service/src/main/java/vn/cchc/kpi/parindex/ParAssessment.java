package vn.cchc.kpi.parindex;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.cchc.common.persistence.AuditedEntity;
import vn.cchc.kpi.parindex.model.PeerBlock;

/**
 * The PAR INDEX assessment of one unit for one index year under one framework. Its scores are
 * {@link ParScore} rows per layer; totals are computed live. The unit's path and parent are
 * plan-service's answer at creation, refreshed on every write, and filter the reads.
 */
@Entity
@Table(name = "par_assessment")
public class ParAssessment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "par_assessment_seq")
    @SequenceGenerator(name = "par_assessment_seq", sequenceName = "par_assessment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    public ParFramework framework;

    @Column(name = "unit_code", nullable = false, length = 64)
    public String unitCode;

    @Column(name = "unit_name", length = 255)
    public String unitName;

    /** Codes from the root to the unit, joined by {@code /}. */
    @Column(name = "unit_path", nullable = false, length = 2000)
    public String unitPath;

    @Column(name = "parent_code", length = 64)
    public String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PeerBlock block;

    @Column(name = "index_year", nullable = false)
    public int indexYear;

    @Column(name = "official_index", precision = 7, scale = 2)
    public BigDecimal officialIndex;

    @Column(name = "official_points", precision = 9, scale = 2)
    public BigDecimal officialPoints;

    @Column(name = "official_rank")
    public Integer officialRank;

    @Column(name = "official_band", length = 16)
    public String officialBand;

    @Column(name = "official_source", length = 1000)
    public String officialSource;

    @Column(name = "official_published_on")
    public LocalDate officialPublishedOn;

    /** @return the unit's path as a list */
    public List<String> path() {
        return Arrays.asList(unitPath.split("/"));
    }
}
