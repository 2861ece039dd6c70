package vn.cchc.kpi.parindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.kpi.indicator.IndicatorRepository;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.PeerBlock;
import vn.cchc.kpi.parindex.rules.FrameworkIndex;
import vn.cchc.kpi.parindex.rules.FrameworkValidator;

/**
 * PAR INDEX frameworks (bộ tiêu chí). Frameworks are legal reference texts, not data of a unit: every
 * authenticated caller reads all of them. Creating or replacing one needs management rights over the
 * issuer: an admin for any issuer (BNV included), a supervisor for its own unit or a unit of its subtree
 * (else 403). The whole document is checked by {@link FrameworkValidator} and every indicator a rule
 * reads must be in the catalogue (422 with every broken field). A new framework of an existing
 * (issuer, year, block) becomes the next edition. A framework an assessment uses is never changed in
 * place (409: create a new edition).
 */
@ApplicationScoped
public class FrameworkService {

    private final FrameworkRepository frameworks;
    private final AssessmentRepository assessments;
    private final IndicatorRepository indicators;
    private final ParUnits units;
    private final ObjectMapper json;

    public FrameworkService(FrameworkRepository frameworks, AssessmentRepository assessments, IndicatorRepository indicators,
                            ParUnits units, ObjectMapper json) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.indicators = indicators;
        this.units = units;
        this.json = json;
    }

    /**
     * @param issuer only this issuer, when not blank
     * @param year   only frameworks in force in this index year, when not null
     * @param block  only this block, when not null
     * @param page   zero-based page
     * @param size   page size
     * @return a page of frameworks without their documents
     */
    @WithSpan
    public Page<FrameworkView> list(String issuer, Integer year, PeerBlock block, int page, int size) {
        var query = frameworks.search(issuer == null || issuer.isBlank() ? null : issuer.strip(), year, block);
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream()
                .map(f -> FrameworkView.of(f, document(f), assessments.countUsing(f), false)).toList(), page, size, total);
    }

    /**
     * @param id framework id
     * @return the framework with its document
     * @throws ProblemException 404 when there is none
     */
    @WithSpan
    public FrameworkView get(long id) {
        ParFramework f = existing(id);
        return FrameworkView.of(f, document(f), assessments.countUsing(f), true);
    }

    /**
     * Creates a framework, as the next edition of its (issuer, year, block).
     *
     * @param caller the caller
     * @param in     the whole framework
     * @return the stored framework
     * @throws ProblemException 422 invalid document, 403 issuer not managed by the caller
     */
    @WithSpan
    @Transactional
    public FrameworkView create(Caller caller, FrameworkDocument in) {
        FrameworkDocument d = checked(caller, in);
        ParFramework f = new ParFramework();
        f.issuer = d.issuer();
        f.year = d.year();
        f.block = d.block();
        f.edition = frameworks.lastEdition(d.issuer(), d.year(), d.block()) + 1;
        apply(f, d);
        f.stampCreated(caller.username());
        try {
            frameworks.persistAndFlush(f);
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, "par_framework_edition_uk")) {
                throw ProblemException.conflict("Another edition of " + d.issuer() + " / " + d.year() + " / " + d.block()
                        + " was created at the same moment; retry");
            }
            throw e;
        }
        return FrameworkView.of(f, d, 0, true);
    }

    /**
     * Replaces the document of a framework that no assessment uses yet.
     *
     * @param caller          the caller
     * @param id              framework id
     * @param expectedVersion version from If-Match
     * @param in              the whole framework, same issuer, year and block
     * @return the updated framework
     * @throws ProblemException 404, 403, 412 stale, 409 used by an assessment, 422 invalid
     */
    @WithSpan
    @Transactional
    public FrameworkView replace(Caller caller, long id, long expectedVersion, FrameworkDocument in) {
        ParFramework f = existing(id);
        Versions.requireCurrent("Framework " + id, f.version, expectedVersion);
        FrameworkDocument d = checked(caller, in);
        long used = assessments.countUsing(f);
        if (used > 0) {
            throw ProblemException.conflict("Framework " + id + " is used by " + used
                    + " assessment(s) and is never changed in place; POST it as a new edition");
        }
        FieldErrors errors = new FieldErrors();
        if (!d.issuer().equals(f.issuer)) {
            errors.add("issuer", "stays " + f.issuer + "; a framework of another issuer is a new framework");
        }
        if (d.year() != f.year) {
            errors.add("year", "stays " + f.year + "; another year is a new framework");
        }
        if (d.block() != f.block) {
            errors.add("block", "stays " + f.block + "; another block is a new framework");
        }
        errors.throwIfAny();
        apply(f, d);
        f.stampUpdated(caller.username());
        frameworks.flush();
        return FrameworkView.of(f, d, 0, true);
    }

    /**
     * @param f a stored framework
     * @return its document
     */
    public FrameworkDocument document(ParFramework f) {
        try {
            return json.readValue(f.document, FrameworkDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored framework " + f.id + " is not readable", e);
        }
    }

    private FrameworkDocument checked(Caller caller, FrameworkDocument in) {
        FieldErrors errors = new FieldErrors();
        FrameworkValidator.check(in, errors::add);
        errors.throwIfAny();
        if (!caller.isAdmin()) {
            boolean manages = units.visible(in.issuer()).map(u -> caller.canManage(u.path())).orElse(false);
            if (!manages) {
                throw ProblemException.forbidden("You may not issue frameworks for " + in.issuer()
                        + " (supervisors issue them for their own unit and its subtree; BNV's are loaded by an administrator)");
            }
        }
        for (FrameworkIndex.Leaf l : new FrameworkIndex(in).leaves()) {
            String code = l.node().rule().indicatorCode();
            if (code != null && indicators.findByCode(code).isEmpty()) {
                errors.add("leaves[" + l.node().code() + "].rule.indicatorCode", "no indicator " + code + " in the catalogue");
            }
        }
        errors.throwIfAny();
        try {
            // NFC for every text of the document at once (structure characters are ASCII)
            return json.readValue(VietnameseText.nfc(json.writeValueAsString(in)), FrameworkDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void apply(ParFramework f, FrameworkDocument d) {
        f.lastYear = d.lastYear();
        f.title = d.title();
        f.maxPoints = d.maxPoints();
        try {
            f.document = json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ParFramework existing(long id) {
        return frameworks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No PAR INDEX framework " + id));
    }
}
