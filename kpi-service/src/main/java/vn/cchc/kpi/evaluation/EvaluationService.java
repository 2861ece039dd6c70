package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.evaluation.EvaluationView.MeasureEvaluation;
import vn.cchc.kpi.evaluation.EvaluationView.TargetEvaluation;
import vn.cchc.kpi.evaluation.EvaluationView.TrendPoint;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorRepository;
import vn.cchc.kpi.indicator.PeriodType;
import vn.cchc.kpi.measurement.MeasurementService;
import vn.cchc.kpi.sipas.SipasResultService;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * Evaluates targets for a year (đánh giá chỉ tiêu), for one unit or for every unit of a subtree in one
 * request: the targets come from plan-service over REST ({@link TargetAccess}, caller's token, one paged
 * read), the values from the units' current measurements through {@link WindowAggregator} (the code
 * path of {@code GET /api/v1/values}), the verdicts from {@link TargetEvaluator}. All measurements the
 * evaluation needs, for every unit and indicator, are read in ONE query and grouped by unit and
 * indicator in memory; no query per unit.
 * <p>
 * SIPAS indicators ({@link SipasResultService#INDICATORS}): the officially published value of the
 * plan year is the one judged when stored; else the measurements as for any indicator; else the value
 * computed from the year's survey responses. {@code valueSource} says which.
 */
@ApplicationScoped
public class EvaluationService {

    private final TargetAccess targets;
    private final IndicatorRepository indicators;
    private final MeasurementService access;
    private final SipasResultService sipas;
    private final SubtreeUnits subtree;
    private final MeasurementSamples samples;

    public EvaluationService(TargetAccess targets, IndicatorRepository indicators, MeasurementSamples samples,
                             MeasurementService access, SipasResultService sipas, SubtreeUnits subtree) {
        this.targets = targets;
        this.indicators = indicators;
        this.samples = samples;
        this.access = access;
        this.sipas = sipas;
        this.subtree = subtree;
    }

    /** The measure to judge with what the evaluation found out about it. */
    private record Item(String unitCode, TargetRef.Measure measure, Indicator indicator, String notEvaluable, LocalDate baselineFrom,
                        LocalDate baselineTo) {
    }

    /**
     * @param caller   the caller
     * @param unitCode unit code
     * @param year     plan year
     * @param asOf     evaluation day; null for today (Vietnam time), and never after the year end
     * @param from     first day of the year-to-date window; null for 1 January, else between 1 December of
     *                 the previous year and 1 January (the reporting regime's 15 December)
     * @return every target of the unit's plans for the year, judged
     * @throws ProblemException 422 bad parameters, 404 unit not readable, 503 plan-service down
     */
    @WithSpan
    public EvaluationView evaluate(Caller caller, String unitCode, Integer year, LocalDate asOf, LocalDate from) {
        TargetEvaluator.Year y = window("unit", unitCode, year, asOf, from);
        access.requireReadable(caller, unitCode);
        List<TargetRef> list = targets.targets(unitCode, year).stream().filter(t -> unitCode.equals(t.unitCode())).toList();
        Map<String, List<TargetRef>> byUnit = new LinkedHashMap<>();
        byUnit.put(unitCode, list);
        List<TargetEvaluation> out = judgeAll(byUnit, year, y, true).get(unitCode);
        return new EvaluationView(unitCode, year, y.start(), y.asOf(), y.end(), y.over(), y.elapsed(), y.days(),
                EvaluationView.Summary.of(out), EvaluationView.AreaSummary.of(out), out);
    }

    /**
     * Evaluates every target of every unit in the parent's subtree in one request (the batch that
     * report-service calls, and the national evaluation of issue 4): one paged read of the units the
     * caller sees, one read of their targets (the paged {@code GET /api/v1/targets?parent=} for
     * {@link EvaluationDetail#FULL}, else the one-answer {@code GET /api/v1/targets/digest}), one
     * projection query for all their measurements.
     *
     * @param caller     the caller; must be allowed to read the parent
     * @param parentCode parent unit code; null for every unit the caller reads (the whole country for an
     *                   admin: there is no national unit in the registry)
     * @param year       plan year
     * @param asOf       as {@link #evaluate}
     * @param from       as {@link #evaluate}
     * @param detail     how much of each target to answer; null for {@link EvaluationDetail#FULL}
     * @return the parent and every unit below it that the caller sees, in tree order, each with its counts
     *         and its targets judged exactly as {@link #evaluate} judges them
     * @throws ProblemException 422 bad parameters, 404 parent not readable, 503 plan-service down
     */
    @WithSpan
    public BatchEvaluationView evaluateSubtree(Caller caller, String parentCode, Integer year, LocalDate asOf, LocalDate from,
                                               EvaluationDetail detail) {
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        EvaluationDetail d = detail == null ? EvaluationDetail.FULL : detail;
        TargetEvaluator.Year y = window("parent", parent == null ? "*" : parent, year, asOf, from);
        if (parent != null) {
            access.requireReadable(caller, parent);
        }
        List<UnitRef> units = subtree.of(parent);
        Map<String, List<TargetRef>> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u.code(), new ArrayList<>()));
        List<TargetRef> all = d == EvaluationDetail.FULL ? targets.targetsUnder(parent, year) : targets.digest(parent, year);
        for (TargetRef t : all) {
            List<TargetRef> l = byUnit.get(t.unitCode());
            if (l != null) {
                l.add(t);
            }
        }
        Map<String, List<TargetEvaluation>> judged = judgeAll(byUnit, year, y, d == EvaluationDetail.FULL);
        List<BatchEvaluationView.UnitEvaluations> out = new ArrayList<>(units.size());
        for (UnitRef u : units) {
            List<TargetEvaluation> evs = judged.get(u.code());
            out.add(new BatchEvaluationView.UnitEvaluations(u.code(), u.name(), EvaluationView.Summary.of(evs),
                    d == EvaluationDetail.FULL ? evs : null, d == EvaluationDetail.COMPACT ? verdicts(evs) : null));
        }
        return new BatchEvaluationView(parent, year, new BatchEvaluationView.Window(y.start(), y.asOf(), y.end(), y.over()), out);
    }

    private static List<BatchEvaluationView.TargetVerdict> verdicts(List<TargetEvaluation> evs) {
        List<BatchEvaluationView.TargetVerdict> out = new ArrayList<>(evs.size());
        for (TargetEvaluation t : evs) {
            out.add(new BatchEvaluationView.TargetVerdict(t.targetId(), t.planId(), t.ref(), t.group(), t.area(), t.flagged(),
                    t.measures().stream().map(BatchEvaluationView.MeasureVerdict::of).toList()));
        }
        return out;
    }

    /** Checks the parameters and returns the year-to-date window. */
    private static TargetEvaluator.Year window(String unitField, String unitCode, Integer year, LocalDate asOf, LocalDate from) {
        LocalDate today = VietnamTime.today();
        FieldErrors errors = new FieldErrors();
        if (unitCode == null || unitCode.isBlank()) {
            errors.add(unitField, "is required");
        }
        if (year == null) {
            errors.add("year", "is required (plan year, e.g. 2026)");
        } else if (year < 2000 || year > 2100) {
            errors.add("year", "must be between 2000 and 2100");
        }
        errors.throwIfAny();
        LocalDate start = LocalDate.of(year, 1, 1);
        if (from != null) {
            if (from.isBefore(LocalDate.of(year - 1, 12, 1)) || from.isAfter(start)) {
                errors.add("from", "must be between " + LocalDate.of(year - 1, 12, 1) + " and " + start
                        + " (the reporting regime's year starts on " + LocalDate.of(year - 1, 12, 15) + ")");
            } else {
                start = from;
            }
        }
        LocalDate end = start.plusYears(1).minusDays(1);
        LocalDate day;
        if (asOf == null) {
            day = today.isAfter(end) ? end : today;
        } else if (asOf.isAfter(today)) {
            errors.add("asOf", "must not be after today (" + today + ")");
            day = null;
        } else {
            day = asOf.isAfter(end) ? end : asOf;
        }
        if (day != null && day.isBefore(start)) {
            errors.add(asOf == null ? "year" : "asOf", "the year starting " + start + " has not begun on " + day);
        }
        errors.throwIfAny();
        return new TargetEvaluator.Year(start, end, day);
    }

    /**
     * Judges the targets of a set of units: one catalogue query, one measurement query over all units
     * and indicators, one SIPAS query per SIPAS indicator present.
     */
    private Map<String, List<TargetEvaluation>> judgeAll(Map<String, List<TargetRef>> byUnit, int year, TargetEvaluator.Year y,
                                                         boolean detailed) {
        Set<String> codes = new LinkedHashSet<>();
        byUnit.values().forEach(l -> l.forEach(t -> measuresOf(t).forEach(m -> {
            if (m.indicatorCode() != null && !m.indicatorCode().isBlank()) {
                codes.add(m.indicatorCode());
            }
        })));
        Map<String, Indicator> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            indicators.list("code in ?1", codes).forEach(i -> byCode.put(i.code, i));
        }
        LocalDate readFrom = y.start();
        Map<String, Map<TargetRef, List<Item>>> items = new LinkedHashMap<>();
        Set<String> unitsWithTargets = new LinkedHashSet<>();
        for (Map.Entry<String, List<TargetRef>> u : byUnit.entrySet()) {
            Map<TargetRef, List<Item>> perTarget = new LinkedHashMap<>();
            for (TargetRef t : u.getValue()) {
                List<Item> its = new ArrayList<>();
                for (TargetRef.Measure m : measuresOf(t)) {
                    Indicator ind = m.indicatorCode() == null ? null : byCode.get(m.indicatorCode());
                    TargetEvaluator.Measure em = measure(t, m);
                    String why = TargetEvaluator.notEvaluable(em, ind == null ? null : new TargetEvaluator.IndicatorFacts(ind.kind, ind.unit));
                    LocalDate bFrom = null;
                    LocalDate bTo = null;
                    if (why == null && TargetEvaluator.Comparator.valueOf(m.comparator()).isChange()) {
                        int baseYear = m.baselineYear() != null ? m.baselineYear() : year - 1;
                        if (baseYear >= year) {
                            why = "the baseline year " + baseYear + " is not before the plan year " + year;
                        } else {
                            bFrom = y.start().minusYears(year - baseYear);
                            bTo = y.asOf().minusYears(year - baseYear);
                            if (bFrom.isBefore(readFrom)) {
                                readFrom = bFrom;
                            }
                        }
                    }
                    its.add(new Item(u.getKey(), m, ind, why, bFrom, bTo));
                }
                perTarget.put(t, its);
                unitsWithTargets.add(u.getKey());
            }
            items.put(u.getKey(), perTarget);
        }
        // one query for every (unit, indicator) pair, grouped in memory
        Map<String, List<WindowAggregator.Sample>> samples = byCode.isEmpty() ? Map.of()
                : this.samples.touching(unitsWithTargets, byCode.values().stream().map(i -> i.id).toList(), readFrom, y.asOf());
        Map<String, Map<String, SipasResultService.Official>> official = new HashMap<>();
        for (String code : SipasResultService.INDICATORS) {
            Indicator sipasIndicator = byCode.get(code);
            if (sipasIndicator != null && !unitsWithTargets.isEmpty()) {
                // the survey value is judged only where the year so far has no measurement inside it
                List<String> noMeasurement = unitsWithTargets.stream().filter(u -> samples.getOrDefault(
                        MeasurementSamples.key(u, sipasIndicator.id), List.of()).stream()
                        .noneMatch(s -> !s.start().isBefore(y.start()) && !s.end().isAfter(y.asOf()))).toList();
                official.put(code, sipas.official(unitsWithTargets, noMeasurement, year, code));
            }
        }
        Map<String, List<TargetEvaluation>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<TargetRef, List<Item>>> u : items.entrySet()) {
            List<TargetEvaluation> list = new ArrayList<>();
            for (Map.Entry<TargetRef, List<Item>> e : u.getValue().entrySet()) {
                TargetRef t = e.getKey();
                List<MeasureEvaluation> judged = new ArrayList<>();
                for (Item it : e.getValue()) {
                    List<WindowAggregator.Sample> s = it.indicator() == null ? List.of()
                            : samples.getOrDefault(MeasurementSamples.key(u.getKey(), it.indicator().id), List.of());
                    SipasResultService.Official o = it.indicator() == null ? null
                            : official.getOrDefault(it.indicator().code, Map.of()).get(u.getKey());
                    judged.add(judge(t, it, y, s, o, detailed));
                }
                list.add(new TargetEvaluation(t.id(), t.planId(), t.ref(), t.group(), t.area(), t.text(), t.flagged(), judged));
            }
            out.put(u.getKey(), list);
        }
        return out;
    }

    /** A flagged target without measures is still answered, as one not-evaluable entry. */
    private static List<TargetRef.Measure> measuresOf(TargetRef t) {
        if (t.measures() == null || t.measures().isEmpty()) {
            return List.of(new TargetRef.Measure(t.text(), null, null, null, null, null));
        }
        return t.measures();
    }

    private static TargetEvaluator.Measure measure(TargetRef t, TargetRef.Measure m) {
        boolean noMeasures = t.measures() == null || t.measures().isEmpty();
        return new TargetEvaluator.Measure(t.flagged() || noMeasures, m.comparator(), m.value(), m.unit(), m.indicatorCode());
    }

    /** detailed = false leaves out what only the full form shows (trend, measurements used), which is most of the work. */
    private static MeasureEvaluation judge(TargetRef t, Item it, TargetEvaluator.Year y, List<WindowAggregator.Sample> samples,
                                           SipasResultService.Official official, boolean detailed) {
        TargetRef.Measure m = it.measure();
        Indicator ind = it.indicator();
        if (it.notEvaluable() != null) {
            return new MeasureEvaluation(m.clause(), m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode(),
                    ind == null ? null : ind.kind, ind == null ? null : ind.periodType, EvaluationStatus.NOT_EVALUABLE,
                    null, null, null, null, null, null, null, null, null, 0, y.elapsed(), List.of(), it.notEvaluable(), List.of(), null);
        }
        WindowAggregator.Result ytd = WindowAggregator.aggregate(ind.kind, y.start(), y.asOf(), samples);
        WindowAggregator.Result base = it.baselineFrom() == null ? null
                : WindowAggregator.aggregate(ind.kind, it.baselineFrom(), it.baselineTo(), samples);
        boolean change = it.baselineFrom() != null;
        if (official != null && !change
                && (official.source() == SipasResultService.Source.PUBLISHED || !ytd.hasData())) {
            BigDecimal v = official.value();
            TargetEvaluator.Outcome o = TargetEvaluator.evaluate(measure(t, m), new TargetEvaluator.IndicatorFacts(ind.kind, ind.unit), y, v, null);
            String why = official.source() == SipasResultService.Source.PUBLISHED
                    ? "officially published value" + (official.document() == null ? "" : " (" + official.document() + ")") + "; " + o.reason()
                    : "computed from the year's survey responses (no published value, no measurement); " + o.reason();
            return new MeasureEvaluation(m.clause(), m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode(),
                    ind.kind, ind.periodType, o.status(), v, null, null, o.gap(), o.projected(), null, null, null, null,
                    0, ytd.windowDays(), List.of(), why, List.of(), official.source().name());
        }
        TargetEvaluator.Outcome o = TargetEvaluator.evaluate(measure(t, m), new TargetEvaluator.IndicatorFacts(ind.kind, ind.unit), y,
                ytd.value(), base == null ? null : base.value());
        String reason = o.reason();
        if (o.status() == EvaluationStatus.NO_DATA && !ytd.partial().isEmpty() && !ytd.hasData()) {
            reason += " (" + ytd.partial().size() + " measurement(s) only partly inside it are not counted)";
        }
        return new MeasureEvaluation(m.clause(), m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode(),
                ind.kind, ind.periodType, o.status(), ytd.value(), ytd.numerator(), ytd.denominator(), o.gap(), o.projected(),
                o.baseline(), it.baselineFrom(), it.baselineTo(), o.change(), ytd.coveredDays(), ytd.windowDays(),
                detailed ? ytd.used().stream().map(WindowAggregator.Sample::id).toList() : List.of(), reason,
                detailed ? trend(ind, y, samples) : List.of(),
                ytd.hasData() ? "MEASUREMENTS" : null);
    }

    /**
     * The value per quarter (per month for MONTH indicators) of the year so far; periods start at the
     * year's start, so with the regime's start they are the cut-off quarters (15/12–14/3, …).
     */
    static List<TrendPoint> trend(Indicator ind, TargetEvaluator.Year y, List<WindowAggregator.Sample> samples) {
        int step = ind.periodType == PeriodType.MONTH ? 1 : 3;
        List<TrendPoint> points = new ArrayList<>();
        int year = y.end().getYear();
        for (int k = 0; k < 12 / step; k++) {
            LocalDate pFrom = y.start().plusMonths((long) k * step);
            if (pFrom.isAfter(y.asOf())) {
                break;
            }
            LocalDate pEnd = y.start().plusMonths((long) (k + 1) * step).minusDays(1);
            LocalDate pTo = pEnd.isAfter(y.asOf()) ? y.asOf() : pEnd;
            WindowAggregator.Result r = WindowAggregator.aggregate(ind.kind, pFrom, pTo, samples);
            String label = step == 1 ? String.format("%d-%02d", year, k + 1) : year + "-Q" + (k + 1);
            points.add(new TrendPoint(label, pFrom, pTo, r.value(), r.hasData(), r.complete() && !pTo.isBefore(pEnd)));
        }
        return points;
    }
}
