package vn.cchc.kpi.sipas;

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
import java.util.List;

/** One element (yếu tố) of a survey definition with its questions in order. */
@Entity
@Table(name = "sipas_element")
public class SipasElement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sipas_element_seq")
    @SequenceGenerator(name = "sipas_element_seq", sequenceName = "sipas_element_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    public SipasSurvey survey;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SipasElementCode code;

    @Column(name = "name_vi", nullable = false, length = 500)
    public String nameVi;

    @OneToMany(mappedBy = "element", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<SipasQuestion> questions = new ArrayList<>();
}
