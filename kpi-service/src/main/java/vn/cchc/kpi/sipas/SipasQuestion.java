package vn.cchc.kpi.sipas;

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

/** One question (câu hỏi) answered on the 5-level scale, Rất không hài lòng (1) … Rất hài lòng (5). */
@Entity
@Table(name = "sipas_question")
public class SipasQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sipas_question_seq")
    @SequenceGenerator(name = "sipas_question_seq", sequenceName = "sipas_question_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "element_id", nullable = false)
    public SipasElement element;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    public SipasSurvey survey;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(name = "text_vi", nullable = false, length = 1000)
    public String textVi;
}
