package vn.cchc.kpi.parindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.Role;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.PeerBlock;
import vn.cchc.kpi.parindex.rules.FrameworkIndex;
import vn.cchc.kpi.parindex.rules.Layer;
import vn.cchc.kpi.parindex.rules.LayerInput;
import vn.cchc.kpi.parindex.rules.LayerRules;
import vn.cchc.kpi.parindex.rules.LayerScore;
import vn.cchc.kpi.parindex.rules.ParTotals;
import vn.cchc.kpi.value.ValueService;
import vn.cchc.kpi.value.WindowValueView;

/**
 * PAR INDEX assessments: opening one for a unit and index year, the three score layers, the official
 * result. Totals are computed live by {@link ParTotals}. Authorization, in the service:
 * <ul>
 *   <li>Reading needs {@link Caller#canRead} on the unit's path (else 404).</li>
 *   <li>Opening: the unit itself ({@link Caller#canWriteOwn}) or a supervisor above it
 *       ({@link Caller#canManage}); integration accounts never (403).</li>
 *   <li>Self-assessment (tự đánh giá): the unit's own officers, leaders and supervisors, or an admin
 *       (403 otherwise; a supervisor of the parent does not self-assess for the unit). Closed once the
 *       appraisal has begun (409).</li>
 *   <li>Appraisal (thẩm định), survey scores and the official result: a supervisor of a unit ABOVE
 *       (management rights on the path, and not the unit's own supervisor), or an admin. A unit never
 *       appraises itself (403).</li>
 * </ul>
 * Every write checks the unit again in plan-service with the caller's token (hidden → 404) and
 * refreshes the stored path; every write needs {@code If-Match} with the assessment's version (428/412)
 * and moves the version. A bad leaf rejects the whole write and nothing changes (422).
 */
@ApplicationScoped
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ScoreRepository scores;
    private final FrameworkRepository frameworks;
    private final FrameworkService frameworkService;
    private final ParUnits units;
    private final ValueService values;
    private final AssessmentViews views;
    private final ObjectMapper json;

    public AssessmentService(AssessmentRepository assessments, ScoreRepository scores, FrameworkRepository frameworks,
                             FrameworkService frameworkService, ParUnits units, ValueService values, AssessmentViews views,
                             ObjectMapper json) {
        this.assessments = assessments;
        this.scores = scores;
        this.frameworks = frameworks;
        this.frameworkService = frameworkService;
        this.units = units;
        this.values = values;
        this.views = views;
        this.json = json;
    }

    /**
     * Opens the assessment of a unit for an index year.
     *
     * @param caller the caller
     * @param in     unit, index year, framework
     * @return the new assessment (nothing scored yet)
     * @throws ProblemException 422 unit not visible, unknown framework, framework of another block or
     *                          issuer, year outside the framework's or in the future; 403 no right on the
     *                          unit; 409 the unit already has an assessment for that year
     */
    @WithSpan
    @Transactional
    public AssessmentView create(Caller caller, ParBodies.NewAssessment in) {
        FieldErrors errors = new FieldErrors();
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        if (in.unitCode() == null || in.unitCode().isBlank()) {
            errors.add("unitCode", "is required");
        }
        if (in.indexYear() == null) {
            errors.add("indexYear", "is required");
        } else if (in.indexYear() > VietnamTime.today().getYear()) {
            errors.add("indexYear", "a year not begun yet cannot be assessed");
        }
        if (in.frameworkId() == null) {
            errors.add("frameworkId", "is required");
        }
        errors.throwIfAny();
        UnitLevelDirectory.Unit unit = units.visible(in.unitCode()).orElse(null);
        if (unit == null) {
            throw ProblemException.invalid("unitCode", "no unit " + in.unitCode() + " is visible to you");
        }
        if (!caller.canWriteOwn(unit.path()) && !caller.canManage(unit.path())) {
            throw ProblemException.forbidden("You may not open a PAR INDEX assessment for unit " + unit.code());
        }
        ParFramework f = frameworks.findByIdOptional(in.frameworkId()).orElse(null);
        if (f == null) {
            throw ProblemException.invalid("frameworkId", "no PAR INDEX framework " + in.frameworkId());
        }
        PeerBlock block = PeerBlock.ofUnitLevel(unit.level());
        if (block == null) {
            errors.add("unitCode", "unit " + unit.code() + " is a " + unit.level() + "; the PAR INDEX assesses provinces, departments, wards and communes");
        } else if (block != f.block) {
            errors.add("frameworkId", "framework " + f.id + " scores the " + f.block + " block, but " + unit.code() + " is in the " + block + " block");
        }
        if (f.block != PeerBlock.PROVINCE && !unit.path().contains(f.issuer)) {
            errors.add("frameworkId", "framework " + f.id + " of " + f.issuer + " applies to units under " + f.issuer + " only");
        }
        if (in.indexYear() < f.year || (f.lastYear != null && in.indexYear() > f.lastYear)) {
            errors.add("indexYear", "framework " + f.id + " applies to " + f.year + (f.lastYear == null ? " and later" : "–" + f.lastYear));
        }
        errors.throwIfAny();
        ParAssessment a = new ParAssessment();
        a.framework = f;
        a.unitCode = unit.code();
        a.indexYear = in.indexYear();
        a.block = block;
        place(a, unit);
        a.stampCreated(caller.username());
        try {
            assessments.persistAndFlush(a);
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, "par_assessment_unit_year_uk")) {
                throw conflictExisting(a.unitCode, a.indexYear);
            }
            throw e;
        }
        return views.one(a, true);
    }

    private ProblemException conflictExisting(String unit, int year) {
        return ProblemException.conflict("Unit " + unit + " already has a PAR INDEX assessment for " + year);
    }

    /**
     * @param caller the caller
     * @param id     assessment id
     * @return the assessment with its computed totals, every leaf and layer
     * @throws ProblemException 404 when it does not exist or the caller may not read its unit
     */
    @WithSpan
    public AssessmentView get(Caller caller, long id) {
        return views.one(readable(caller, id), true);
    }

    /**
     * Replaces the self-assessment (tự đánh giá).
     *
     * @param caller  the caller
     * @param id      assessment id
     * @param ifMatch the version last read
     * @param in      every self-assessed leaf
     * @return the assessment recomputed
     * @throws ProblemException 404, 403 (not the unit's own staff), 409 appraisal begun, 428/412, 422
     */
    @WithSpan
    @Transactional
    public AssessmentView putSelf(Caller caller, long id, String ifMatch, ParBodies.SelfScores in) {
        ParAssessment a = forWrite(caller, id);
        boolean own = a.unitCode.equals(caller.unitCode())
                && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.LEADER) || caller.hasRole(Role.SUPERVISOR));
        if (!own && !caller.isAdmin()) {
            throw ProblemException.forbidden("Only the staff of " + a.unitCode + " self-assess its PAR INDEX");
        }
        Versions.requireCurrent("Assessment " + id, a.version, ETags.versionFromIfMatch(ifMatch));
        if (scores.any(a.id, Layer.APPRAISAL)) {
            throw ProblemException.conflict("The appraisal of assessment " + id + " has begun; the self-assessment is closed");
        }
        List<LayerInput> inputs = entries(in == null ? null : in.entries(),
                e -> new LayerInput(e.code(), e.value(), e.score(), e.notApplicable(), e.evidence(), e.note()));
        return write(caller, a, Layer.SELF, inputs);
    }

    /**
     * Replaces the appraisal (thẩm định).
     *
     * @param caller  the caller: a supervisor above the unit, or an admin
     * @param id      assessment id
     * @param ifMatch the version last read
     * @param in      every appraised leaf with the reviewer's comment
     * @return the assessment recomputed
     * @throws ProblemException 404, 403 (the unit itself, or no supervisor above it), 428/412, 422
     */
    @WithSpan
    @Transactional
    public AssessmentView putAppraisal(Caller caller, long id, String ifMatch, ParBodies.Appraisal in) {
        ParAssessment a = forWrite(caller, id);
        requireAbove(caller, a, "appraise");
        Versions.requireCurrent("Assessment " + id, a.version, ETags.versionFromIfMatch(ifMatch));
        List<LayerInput> inputs = entries(in == null ? null : in.entries(),
                e -> new LayerInput(e.code(), e.value(), e.score(), e.notApplicable(), null, e.comment()));
        return write(caller, a, Layer.APPRAISAL, inputs);
    }

    /**
     * Replaces the survey scores (điểm điều tra xã hội học).
     *
     * @param caller  the caller: a supervisor above the unit, or an admin
     * @param id      assessment id
     * @param ifMatch the version last read
     * @param in      every SURVEY leaf scored
     * @return the assessment recomputed
     * @throws ProblemException 404, 403, 428/412, 422
     */
    @WithSpan
    @Transactional
    public AssessmentView putSurvey(Caller caller, long id, String ifMatch, ParBodies.SurveyScores in) {
        ParAssessment a = forWrite(caller, id);
        requireAbove(caller, a, "enter survey scores for");
        Versions.requireCurrent("Assessment " + id, a.version, ETags.versionFromIfMatch(ifMatch));
        List<LayerInput> inputs = entries(in == null ? null : in.entries(),
                e -> new LayerInput(e.code(), null, e.score(), null, null, e.note()));
        return write(caller, a, Layer.SURVEY, inputs);
    }

    /**
     * Stores the officially published result beside the computed one.
     *
     * @param caller  the caller: a supervisor above the unit, or an admin
     * @param id      assessment id
     * @param ifMatch the version last read
     * @param in      the published result
     * @return the assessment with both results
     * @throws ProblemException 404, 403, 428/412, 422 (index outside 0–100, no source, future date)
     */
    @WithSpan
    @Transactional
    public AssessmentView putOfficial(Caller caller, long id, String ifMatch, ParBodies.OfficialResult in) {
        ParAssessment a = forWrite(caller, id);
        requireAbove(caller, a, "record the published result of");
        Versions.requireCurrent("Assessment " + id, a.version, ETags.versionFromIfMatch(ifMatch));
        FieldErrors errors = new FieldErrors();
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        if (in.index() == null || in.index().signum() < 0 || in.index().compareTo(new BigDecimal("100")) > 0
                || in.index().stripTrailingZeros().scale() > 2) {
            errors.add("index", "must be a percentage between 0 and 100 with at most two decimals");
        }
        if (in.points() != null && (in.points().signum() < 0 || in.points().stripTrailingZeros().scale() > 2
                || in.points().compareTo(new BigDecimal("10000")) >= 0)) {
            errors.add("points", "must be 0 or more with at most two decimals");
        }
        if (in.rank() != null && in.rank() < 1) {
            errors.add("rank", "must be 1 or more");
        }
        if (in.band() != null && (in.band().isBlank() || in.band().length() > 16)) {
            errors.add("band", "must be a band code of at most 16 characters");
        }
        if (VietnameseText.isBlank(in.source())) {
            errors.add("source", "is required: where the result was published");
        } else if (in.source().length() > 1000) {
            errors.add("source", "at most 1000 characters");
        }
        if (in.publishedOn() != null && in.publishedOn().isAfter(VietnamTime.today())) {
            errors.add("publishedOn", "must not be in the future");
        }
        errors.throwIfAny();
        a.officialIndex = in.index();
        a.officialPoints = in.points();
        a.officialRank = in.rank();
        a.officialBand = in.band();
        a.officialSource = VietnameseText.nfc(in.source());
        a.officialPublishedOn = in.publishedOn();
        a.stampUpdated(caller.username());
        assessments.flush();
        return views.one(a, true);
    }

    private AssessmentView write(Caller caller, ParAssessment a, Layer layer, List<LayerInput> inputs) {
        FrameworkDocument doc = frameworkService.document(a.framework);
        FieldErrors errors = new FieldErrors();
        LocalDate from = LocalDate.of(a.indexYear, 1, 1);
        LocalDate to = LocalDate.of(a.indexYear, 12, 31);
        List<LayerScore> checked = LayerRules.check(new FrameworkIndex(doc), layer, inputs,
                indicator -> measured(caller, a.unitCode, indicator, from, to), errors::add);
        errors.throwIfAny();
        scores.clear(a.id, layer);
        scores.flush();
        Instant now = Instant.now();
        for (LayerScore s : checked) {
            ParScore row = new ParScore();
            row.assessmentId = a.id;
            row.layer = layer;
            row.nodeCode = s.code();
            row.value = s.value();
            row.points = s.points();
            row.notApplicable = s.notApplicable();
            row.source = s.source();
            row.evidence = s.evidence().isEmpty() ? null : toJson(s.evidence().stream().map(VietnameseText::nfc).toList());
            row.text = s.text() == null || VietnameseText.isBlank(s.text()) ? null : VietnameseText.nfc(s.text());
            row.createdAt = now;
            row.createdBy = caller.username();
            scores.persist(row);
        }
        a.stampUpdated(caller.username());
        scores.flush();
        assessments.flush();
        return views.one(a, true);
    }

    private Optional<BigDecimal> measured(Caller caller, String unit, String indicator, LocalDate from, LocalDate to) {
        WindowValueView v = values.window(caller, unit, indicator, from, to);
        return v.hasData() ? Optional.ofNullable(v.value()) : Optional.empty();
    }

    private static <T> List<LayerInput> entries(List<T> in, java.util.function.Function<T, LayerInput> map) {
        if (in == null) {
            throw ProblemException.invalid("entries", "is required (an empty list clears the layer)");
        }
        if (in.size() > 2000) {
            throw ProblemException.invalid("entries", "at most 2000 leaves");
        }
        return in.stream().map(e -> e == null ? null : map.apply(e)).toList();
    }

    private void requireAbove(Caller caller, ParAssessment a, String action) {
        if (caller.isAdmin()) {
            return;
        }
        boolean above = caller.hasRole(Role.SUPERVISOR) && caller.canManage(a.path()) && !a.unitCode.equals(caller.unitCode());
        if (!above) {
            throw ProblemException.forbidden("Only a supervisor of a unit above " + a.unitCode + " may " + action
                    + " its PAR INDEX; a unit never appraises itself");
        }
    }

    /** The assessment, readable by the caller, with the unit checked again in plan-service and its place refreshed. */
    private ParAssessment forWrite(Caller caller, long id) {
        ParAssessment a = readable(caller, id);
        UnitLevelDirectory.Unit unit = units.visible(a.unitCode).filter(u -> caller.canRead(u.path()))
                .orElseThrow(() -> ProblemException.notFound("No PAR INDEX assessment " + id + " is visible to you"));
        place(a, unit);
        return a;
    }

    private ParAssessment readable(Caller caller, long id) {
        ParAssessment a = assessments.findByIdOptional(id).orElse(null);
        if (a == null || !caller.canRead(a.path())) {
            throw ProblemException.notFound("No PAR INDEX assessment " + id + " is visible to you");
        }
        return a;
    }

    private static void place(ParAssessment a, UnitLevelDirectory.Unit unit) {
        String path = String.join("/", unit.path());
        if (!path.equals(a.unitPath)) {
            a.unitPath = path;
        }
        if (!java.util.Objects.equals(unit.parentCode(), a.parentCode)) {
            a.parentCode = unit.parentCode();
        }
        if (unit.name() != null && !unit.name().equals(a.unitName)) {
            a.unitName = unit.name();
        }
    }

    private String toJson(List<String> list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
