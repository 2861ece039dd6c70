package vn.cchc.kpi.sipas;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.kpi.sipas.SipasApi.NewElement;
import vn.cchc.kpi.sipas.SipasApi.NewQuestion;
import vn.cchc.kpi.sipas.SipasApi.NewSurvey;
import vn.cchc.kpi.sipas.SipasApi.SurveyView;

/**
 * SIPAS survey definitions (bộ câu hỏi khảo sát): read by any authenticated caller (they are not unit
 * data), created by supervisors and admins (role checked by the resource). A definition is immutable
 * once created, so responses always mean what they meant when given.
 */
@ApplicationScoped
public class SurveyService {

    static final Pattern SURVEY_CODE = Pattern.compile("^[A-Z0-9]+([_-][A-Z0-9]+)*$");
    static final Pattern QUESTION_CODE = Pattern.compile("^[A-Z0-9]+(_[A-Z0-9]+)*$");

    private final SipasRepository surveys;

    public SurveyService(SipasRepository surveys) {
        this.surveys = surveys;
    }

    /** @return every definition, by code */
    @WithSpan
    public List<SurveyView> list() {
        return surveys.listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(SurveyView::of).toList();
    }

    /**
     * @param code survey code
     * @return the definition
     * @throws ProblemException 404 unknown code
     */
    @WithSpan
    public SurveyView get(String code) {
        return SurveyView.of(require(code));
    }

    SipasSurvey require(String code) {
        return surveys.findByCode(code).orElseThrow(() -> ProblemException.notFound("No survey definition " + code));
    }

    /**
     * @param caller the creator (supervisor or admin)
     * @param in     the definition
     * @return it as stored
     * @throws ProblemException 422 invalid fields, 409 code taken
     */
    @WithSpan
    @Transactional
    public SurveyView create(Caller caller, NewSurvey in) {
        FieldErrors errors = new FieldErrors();
        if (in.code() == null || !SURVEY_CODE.matcher(in.code()).matches() || in.code().length() > 64) {
            errors.add("code", "must be upper-case letters and digits joined by - or _, at most 64, e.g. SIPAS-YTE");
        }
        if (VietnameseText.isBlank(in.nameVi()) || in.nameVi().length() > 500) {
            errors.add("nameVi", "is required, at most 500 characters");
        }
        if (in.sector() == null) {
            errors.add("sector", "is required");
        }
        if (in.description() != null && in.description().length() > 4000) {
            errors.add("description", "at most 4000 characters");
        }
        if (in.elements() == null || in.elements().isEmpty()) {
            errors.add("elements", "at least one element with questions is required");
        } else {
            Set<SipasElementCode> seen = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < in.elements().size(); i++) {
                NewElement e = in.elements().get(i);
                String p = "elements[" + i + "].";
                if (e == null) {
                    errors.add("elements[" + i + "]", "must be an object");
                    continue;
                }
                if (e.code() == null) {
                    errors.add(p + "code", "is required: ACCESS, PROCEDURES, OFFICIALS, RESULTS or FEEDBACK");
                } else if (!seen.add(e.code())) {
                    errors.add(p + "code", e.code() + " appears twice");
                }
                if (VietnameseText.isBlank(e.nameVi()) || e.nameVi().length() > 500) {
                    errors.add(p + "nameVi", "is required, at most 500 characters");
                }
                if (e.questions() == null || e.questions().isEmpty()) {
                    errors.add(p + "questions", "at least one question is required");
                    continue;
                }
                for (int k = 0; k < e.questions().size(); k++) {
                    NewQuestion q = e.questions().get(k);
                    String qp = p + "questions[" + k + "].";
                    if (q == null) {
                        errors.add(p + "questions[" + k + "]", "must be an object");
                        continue;
                    }
                    if (q.code() == null || !QUESTION_CODE.matcher(q.code()).matches() || q.code().length() > 32) {
                        errors.add(qp + "code", "must be upper-case letters and digits joined by _, at most 32, e.g. ACCESS_1");
                    } else if (!codes.add(q.code())) {
                        errors.add(qp + "code", q.code() + " is already used in this survey");
                    }
                    if (VietnameseText.isBlank(q.textVi()) || q.textVi().length() > 1000) {
                        errors.add(qp + "textVi", "is required, at most 1000 characters");
                    }
                }
            }
        }
        errors.throwIfAny();
        if (surveys.findByCode(in.code()).isPresent()) {
            throw ProblemException.conflict("A survey definition " + in.code() + " exists already");
        }
        SipasSurvey s = new SipasSurvey();
        s.code = in.code();
        s.nameVi = VietnameseText.nfc(in.nameVi().strip());
        s.sector = in.sector();
        s.description = in.description() == null ? null : VietnameseText.nfc(in.description().strip());
        s.ownerUnitCode = caller.unitCode();
        s.createdAt = Instant.now();
        s.createdBy = caller.username();
        int ep = 1;
        for (NewElement ne : in.elements()) {
            SipasElement e = new SipasElement();
            e.survey = s;
            e.position = ep++;
            e.code = ne.code();
            e.nameVi = VietnameseText.nfc(ne.nameVi().strip());
            int qp = 1;
            for (NewQuestion nq : ne.questions()) {
                SipasQuestion q = new SipasQuestion();
                q.element = e;
                q.survey = s;
                q.position = qp++;
                q.code = nq.code();
                q.textVi = VietnameseText.nfc(nq.textVi().strip());
                e.questions.add(q);
            }
            s.elements.add(e);
        }
        surveys.persist(s);
        surveys.flush();
        return SurveyView.of(s);
    }
}
