package vn.cchc.kpi.sipas;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Versions;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.common.unit.UnitAccess;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.measurement.MeasurementService;
import vn.cchc.kpi.measurement.Period;
import vn.cchc.kpi.sipas.SipasApi.NewPublished;
import vn.cchc.kpi.sipas.SipasApi.OnlineRate;
import vn.cchc.kpi.sipas.SipasApi.PublishedView;
import vn.cchc.kpi.sipas.SipasApi.Results;
import vn.cchc.kpi.sipas.SipasApi.UnitContribution;

/**
 * SIPAS results computed live from the responses ({@link SipasCalculator}), and the officially
 * published values stored beside them. The formula is configuration: {@code cchc.sipas.formula}
 * (THRESHOLD, default, or MEAN_SCORE) and {@code cchc.sipas.satisfied-from} (default 4), which a request
 * may override. Also the one place other features (target evaluation, rankings) ask for a set of units'
 * SIPAS: {@link #official}, one grouped query for all units.
 */
@ApplicationScoped
public class SipasResultService {

    /** Indicator codes of the catalogue (V2, V4) whose published value is stored here. */
    public static final Set<String> INDICATORS = Set.of("SIPAS", "DVC_ONLINE_SATISFACTION");

    private final SipasRepository repository;
    private final SurveyService surveys;
    private final MeasurementService access;
    private final UnitAccess units;
    private final Formula defaultFormula;
    private final int defaultSatisfiedFrom;

    public SipasResultService(SipasRepository repository, SurveyService surveys, MeasurementService access, UnitAccess units,
                              @ConfigProperty(name = "cchc.sipas.formula", defaultValue = "THRESHOLD") Formula defaultFormula,
                              @ConfigProperty(name = "cchc.sipas.satisfied-from", defaultValue = "4") int defaultSatisfiedFrom) {
        this.repository = repository;
        this.surveys = surveys;
        this.access = access;
        this.units = units;
        this.defaultFormula = defaultFormula;
        this.defaultSatisfiedFrom = defaultSatisfiedFrom;
    }

    /**
     * @param caller        the caller
     * @param unitCode      unit
     * @param periodLabel   period: responses whose period lies inside it count (a year takes its quarters and months)
     * @param surveyCode    only this definition, null for all pooled per element
     * @param formula       null for the configured one
     * @param satisfiedFrom null for the configured one
     * @param rollup        pool the direct children's responses in (ratio of summed counts)
     * @return the results
     * @throws ProblemException 422 bad parameters, 404 unit not readable or survey unknown
     */
    @WithSpan
    public Results results(Caller caller, String unitCode, String periodLabel, String surveyCode, Formula formula,
                           Integer satisfiedFrom, boolean rollup) {
        FieldErrors errors = new FieldErrors();
        if (unitCode == null || unitCode.isBlank()) {
            errors.add("unit", "is required");
        }
        Period period = null;
        if (periodLabel == null || periodLabel.isBlank()) {
            errors.add("period", "is required, e.g. 2026 or 2026-Q1");
        } else {
            try {
                period = Period.parse(periodLabel);
            } catch (IllegalArgumentException e) {
                errors.add("period", e.getMessage());
            }
        }
        int from = satisfiedFrom == null ? defaultSatisfiedFrom : satisfiedFrom;
        if (from < 2 || from > 5) {
            errors.add("satisfiedFrom", "must be a level from 2 to 5");
        }
        errors.throwIfAny();
        access.requireReadable(caller, unitCode);
        Long surveyId = surveyCode == null || surveyCode.isBlank() ? null : surveys.require(surveyCode).id;
        Formula f = formula == null ? defaultFormula : formula;

        Map<String, String> names = new LinkedHashMap<>();
        names.put(unitCode, null);
        if (rollup) {
            // the unit's own row of the contributions is named as its children's are
            names.put(unitCode, units.visible(unitCode).map(UnitRef::name).orElse(null));
            for (UnitRef child : units.children(unitCode)) {
                names.put(child.code(), child.name());
            }
        }
        List<SipasRepository.CountRow> rows = repository.counts(names.keySet(), period.start(), period.end(), surveyId);
        Map<String, long[]> responses = new HashMap<>();
        for (Object[] r : repository.responseCounts(names.keySet(), period.start(), period.end(), surveyId)) {
            responses.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        SipasCalculator.Result all = SipasCalculator.compute(questions(rows, null, false), f, from);
        SipasCalculator.Result online = SipasCalculator.compute(questions(rows, null, true), f, from);
        long total = responses.values().stream().mapToLong(a -> a[0]).sum();
        long onlineTotal = responses.values().stream().mapToLong(a -> a[1]).sum();
        List<UnitContribution> contributions = new ArrayList<>();
        if (rollup) {
            for (Map.Entry<String, String> u : names.entrySet()) {
                SipasCalculator.Result own = SipasCalculator.compute(questions(rows, Set.of(u.getKey()), false), f, from);
                contributions.add(new UnitContribution(u.getKey(), u.getValue(), responses.getOrDefault(u.getKey(), new long[2])[0],
                        own.overall()));
            }
        }
        int year = period.start().getYear();
        boolean wholeYear = period.label().length() == 4;
        PublishedView pubSipas = wholeYear ? PublishedView.of(repository.published(unitCode, year, "SIPAS").orElse(null)) : null;
        PublishedView pubOnline = wholeYear ? PublishedView.of(repository.published(unitCode, year, "DVC_ONLINE_SATISFACTION").orElse(null)) : null;
        return new Results(unitCode, period.label(), period.start(), period.end(), surveyId == null ? null : surveyCode, f, from, rollup,
                total, all.overall(), new OnlineRate(onlineTotal, online.overall(), pubOnline,
                        pubOnline != null ? pubOnline.value() : online.overall()),
                pubSipas, pubSipas != null ? pubSipas.value() : all.overall(), all.elements(), contributions);
    }

    /**
     * Counts per question, summed over the given units (all when null), of all respondents or only
     * those who used an online service. Questions keep the questionnaire order of the rows.
     */
    static List<SipasCalculator.QuestionCounts> questions(List<SipasRepository.CountRow> rows, Set<String> onlyUnits, boolean onlineOnly) {
        Map<Long, SipasCalculator.QuestionCounts> byId = new LinkedHashMap<>();
        for (SipasRepository.CountRow r : rows) {
            if ((onlyUnits != null && !onlyUnits.contains(r.unitCode())) || (onlineOnly && !r.onlineService())) {
                continue;
            }
            byId.computeIfAbsent(r.questionId(), k -> new SipasCalculator.QuestionCounts(r.questionCode(), r.questionText(), r.element(),
                    new long[5])).counts()[r.level() - 1] += r.count();
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The authoritative value of an indicator for a set of units: the published value of the year when
     * stored, else the value computed from the survey responses of periods inside [from, to] (all
     * definitions pooled, configured formula), else absent; the survey computed only where it can matter
     * (the counts run over every answer of the window, millions nationally: a batch evaluation asks for
     * them only for the units that have neither a published value nor a measurement). One query for the
     * published values, one for the counts.
     *
     * @param unitCodes     units whose published value is read
     * @param surveyUnits   units for which, without a published value, the survey value is computed
     * @param year          year of the published values
     * @param from          first day of the survey window: only responses whose period lies inside [from, to] count
     * @param to            last day of the survey window (an evaluation's asOf: later responses do not count)
     * @param indicatorCode SIPAS or DVC_ONLINE_SATISFACTION
     * @return unit → value with its source; units without either are absent
     */
    @WithSpan
    public Map<String, Official> official(Collection<String> unitCodes, Collection<String> surveyUnits, int year, LocalDate from,
                                          LocalDate to, String indicatorCode) {
        Map<String, Official> out = new HashMap<>();
        for (SipasPublished p : repository.published(unitCodes, year)) {
            if (p.indicatorCode.equals(indicatorCode)) {
                out.put(p.unitCode, new Official(p.value, Source.PUBLISHED, p.document));
            }
        }
        List<String> rest = surveyUnits.stream().filter(u -> !out.containsKey(u)).toList();
        if (!rest.isEmpty()) {
            List<SipasRepository.CountRow> rows = repository.counts(rest, from, to, null);
            boolean online = "DVC_ONLINE_SATISFACTION".equals(indicatorCode);
            Map<String, List<SipasRepository.CountRow>> byUnit = new HashMap<>();
            rows.forEach(r -> byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<String, List<SipasRepository.CountRow>> u : byUnit.entrySet()) {
                BigDecimal v = SipasCalculator.compute(questions(u.getValue(), null, online), defaultFormula, defaultSatisfiedFrom).overall();
                if (v != null) {
                    out.put(u.getKey(), new Official(v, Source.SURVEY, null));
                }
            }
        }
        return out;
    }

    /** Where an authoritative value comes from. */
    public enum Source {
        /** The officially published value (giá trị công bố). */
        PUBLISHED,
        /** Computed from the stored survey responses. */
        SURVEY
    }

    /**
     * @param value    the value (%)
     * @param source   where it comes from
     * @param document the publishing document, when published
     */
    public record Official(BigDecimal value, Source source, String document) {
    }

    /**
     * @param caller the caller
     * @param unit   unit
     * @param year   year, null for all
     * @return the unit's published values
     * @throws ProblemException 404 unit not readable
     */
    @WithSpan
    public List<PublishedView> published(Caller caller, String unit, Integer year) {
        if (unit == null || unit.isBlank()) {
            new FieldErrors().add("unit", "is required").throwIfAny();
        }
        access.requireReadable(caller, unit);
        List<SipasPublished> list = year == null
                ? repository.getEntityManager().createQuery("from SipasPublished where unitCode = :u order by year, indicatorCode",
                        SipasPublished.class).setParameter("u", unit).getResultList()
                : repository.published(List.of(unit), year);
        return list.stream().map(PublishedView::of).toList();
    }

    /**
     * Stores the published value of a unit, year and indicator: the first time without If-Match, a
     * replacement with If-Match of the current version (missing 428, stale 412).
     *
     * @param caller        supervisor of the unit's subtree or admin ({@link Caller#canManage})
     * @param unit          unit
     * @param year          year
     * @param indicatorCode SIPAS or DVC_ONLINE_SATISFACTION
     * @param ifMatch       If-Match header
     * @param in            the value
     * @return the stored value
     * @throws ProblemException 422 bad fields, 404 unit not readable, 403 not its manager, 428/412 as above
     */
    @WithSpan
    @Transactional
    public PublishedView publish(Caller caller, String unit, int year, String indicatorCode, String ifMatch, NewPublished in) {
        FieldErrors errors = new FieldErrors();
        if (!INDICATORS.contains(indicatorCode)) {
            errors.add("indicator", "must be SIPAS or DVC_ONLINE_SATISFACTION");
        }
        if (year < 2000 || year > VietnamTime.today().getYear()) {
            errors.add("year", "must be between 2000 and this year");
        }
        if (in == null || in.value() == null) {
            errors.add("value", "is required (percent, 0–100)");
        } else if (in.value().signum() < 0 || in.value().compareTo(BigDecimal.valueOf(100)) > 0 || in.value().scale() > 4) {
            errors.add("value", "must be a percent from 0 to 100 with at most 4 decimals");
        }
        if (in != null && in.document() != null && in.document().length() > 500) {
            errors.add("document", "at most 500 characters");
        }
        if (in != null && in.publishedOn() != null && in.publishedOn().isAfter(VietnamTime.today())) {
            errors.add("publishedOn", "must not be in the future");
        }
        errors.throwIfAny();
        List<String> path = access.requireReadable(caller, unit);
        // strictly above: a unit never publishes its own satisfaction index (as PAR INDEX: never appraises itself)
        boolean above = caller.isAdmin() || (caller.canManage(path) && !unit.equals(caller.unitCode()));
        if (!above) {
            throw ProblemException.forbidden("Only a supervisor above " + unit + " or an admin stores its published SIPAS");
        }
        SipasPublished p = repository.published(unit, year, indicatorCode).orElse(null);
        Instant now = Instant.now();
        if (p == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "No published value to replace; send it without If-Match");
            }
            p = new SipasPublished();
            p.unitCode = unit;
            p.year = year;
            p.indicatorCode = indicatorCode;
            p.createdAt = now;
            p.createdBy = caller.username();
        } else {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "A published value exists (version " + p.version
                        + "); to replace it send If-Match: \"" + p.version + "\"");
            }
            Versions.requireCurrent("The published value", p.version, ETags.versionFromIfMatch(ifMatch));
        }
        p.value = in.value();
        p.document = in.document() == null ? null : VietnameseText.nfc(in.document().strip());
        p.publishedOn = in.publishedOn();
        p.updatedAt = now;
        p.updatedBy = caller.username();
        if (p.id == null) {
            repository.persistPublished(p);
        } else {
            repository.getEntityManager().flush();
        }
        return PublishedView.of(p);
    }
}
