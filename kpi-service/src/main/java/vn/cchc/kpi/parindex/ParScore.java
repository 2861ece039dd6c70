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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.kpi.parindex.rules.Layer;
import vn.cchc.kpi.parindex.rules.ScoreSource;

/** The score of one leaf of an assessment in one layer (self, appraisal, survey). */
@Entity
@Table(name = "par_score")
public class ParScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "par_score_seq")
    @SequenceGenerator(name = "par_score_seq", sequenceName = "par_score_seq", allocationSize = 50)
    public Long id;

    @Column(name = "assessment_id", nullable = false)
    public Long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Layer layer;

    @Column(name = "node_code", nullable = false, length = 64)
    public String nodeCode;

    /** Declared or measured value the points were computed from. */
    @Column(precision = 14, scale = 4)
    public BigDecimal value;

    @Column(precision = 9, scale = 2)
    public BigDecimal points;

    @Column(name = "not_applicable", nullable = false)
    public boolean notApplicable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ScoreSource source;

    /** JSON array of evidence references. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String evidence;

    /** Explanation (self) or reviewer's comment (appraisal). */
    @Column(length = 2000)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 128)
    public String createdBy;
}
