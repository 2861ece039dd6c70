package vn.cchc.kpi.indicator;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;

/**
 * The indicator catalogue (danh mục chỉ tiêu, chỉ số). The catalogue is reference data, not data of a
 * unit: every authenticated caller reads all of it; the resource lets only admins
 * write it. Every write is checked for a kind, unit, direction and roll-up that make sense together.
 */
@ApplicationScoped
public class IndicatorService {

    /** Indicator codes: upper-case letters and digits in underscore-separated groups, e.g. {@code TTHC_ON_TIME}. */
    public static final String CODE_PATTERN = "^[A-Z0-9]+(_[A-Z0-9]+)*$";

    private final IndicatorRepository indicators;

    public IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    /**
     * Lists the catalogue.
     *
     * @param kind only this kind, when not null
     * @param text part of the code or of a name, with or without diacritics, when not blank
     * @param page zero-based page index
     * @param size page size, 1..{@link Page#MAX_SIZE}
     * @return a page of indicators sorted by code
     */
    @WithSpan
    public Page<IndicatorView> list(IndicatorKind kind, String text, int page, int size) {
        String folded = text == null || text.isBlank() ? null : VietnameseText.fold(text);
        var query = indicators.search(kind, folded);
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(IndicatorView::of).toList(), page, size, total);
    }

    /**
     * @param code indicator code
     * @return the indicator
     * @throws ProblemException 404 when there is no such indicator
     */
    @WithSpan
    public IndicatorView get(String code) {
        return IndicatorView.of(existing(code));
    }

    /**
     * Adds an indicator to the catalogue.
     *
     * @param caller the caller, recorded as author
     * @param in     the new indicator
     * @return the stored indicator
     * @throws ProblemException 422 inconsistent kind, unit, direction or aggregation; 409 code taken
     */
    @WithSpan
    @Transactional
    public IndicatorView create(Caller caller, NewIndicator in) {
        consistencyErrors(in).throwIfAny();
        if (indicators.findByCode(in.code()).isPresent()) {
            throw ProblemException.conflict("An indicator with code " + in.code() + " already exists");
        }
        Indicator i = new Indicator();
        i.code = in.code();
        apply(i, in);
        i.stampCreated(caller.username());
        try {
            indicators.persistAndFlush(i);
        } catch (PersistenceException e) {
            if (!UniqueViolation.of(e, "indicator_code_uk")) {
                throw e;
            }
            // a concurrent create of the same code won the race after our check
            throw ProblemException.conflict("An indicator with code " + in.code() + " already exists");
        }
        return IndicatorView.of(i);
    }

    /**
     * Replaces an indicator's definition, refusing a stale write.
     *
     * @param caller          the caller, recorded as author
     * @param code            indicator code
     * @param expectedVersion the version the caller last read (from If-Match)
     * @param in              new definition
     * @return the updated indicator
     * @throws ProblemException 404 unknown code, 412 when {@code expectedVersion} is not current,
     *                          422 inconsistent definition
     */
    @WithSpan
    @Transactional
    public IndicatorView update(Caller caller, String code, long expectedVersion, IndicatorChange in) {
        Indicator i = existing(code);
        Versions.requireCurrent("Indicator " + code, i.version, expectedVersion);
        consistencyErrors(in).throwIfAny();
        apply(i, in);
        i.stampUpdated(caller.username());
        indicators.flush();
        return IndicatorView.of(i);
    }

    /**
     * The rules that keep roll-ups and target evaluation sound: a ratio is re-computed from summed
     * numerators and denominators, never averaged; only counts add up; percentages are in per cent;
     * a rank is a rank, and lower is better.
     *
     * @param d a definition
     * @return the per-field errors, empty when consistent
     */
    static FieldErrors consistencyErrors(IndicatorDefinition d) {
        FieldErrors errors = new FieldErrors();
        boolean ratio = d.kind() == IndicatorKind.RATIO;
        if (ratio != (d.aggregation() == Aggregation.RATIO_OF_SUMS)) {
            errors.add("aggregation", ratio
                    ? "a RATIO rolls up only as RATIO_OF_SUMS (sum the numerators and denominators, then divide)"
                    : "RATIO_OF_SUMS needs kind RATIO (a numerator and a denominator)");
        } else if (d.aggregation() == Aggregation.SUM && d.kind() != IndicatorKind.COUNT) {
            errors.add("aggregation", "only a COUNT adds up; use MEAN, MIN or MAX for " + d.kind());
        }
        if ((ratio || d.kind() == IndicatorKind.PERCENT) && d.unit() != IndicatorUnit.PERCENT) {
            errors.add("unit", "a " + d.kind() + " is measured in PERCENT");
        }
        boolean rank = d.kind() == IndicatorKind.RANK;
        if (rank != (d.unit() == IndicatorUnit.RANK)) {
            errors.add("unit", rank ? "a RANK is measured in RANK" : "unit RANK needs kind RANK");
        }
        if (rank && d.direction() != Direction.LOWER_IS_BETTER) {
            errors.add("direction", "a RANK is LOWER_IS_BETTER (1st is best)");
        }
        return errors;
    }

    private static void apply(Indicator i, IndicatorDefinition d) {
        i.nameVi = VietnameseText.nfc(d.nameVi());
        i.nameEn = VietnameseText.nfc(d.nameEn());
        i.searchText = VietnameseText.fold(i.code + " " + d.nameVi() + " " + d.nameEn());
        i.kind = d.kind();
        i.direction = d.direction();
        i.unit = d.unit();
        i.periodType = d.periodType();
        i.aggregation = d.aggregation();
        // NFC but not whitespace-collapsed: a description may have paragraphs
        i.description = d.description() == null || d.description().isBlank() ? null
                : Normalizer.normalize(d.description(), Normalizer.Form.NFC).strip();
    }

    private Indicator existing(String code) {
        return indicators.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No indicator " + code + " in the catalogue"));
    }
}
