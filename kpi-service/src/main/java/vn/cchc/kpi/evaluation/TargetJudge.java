package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import vn.cchc.kpi.evaluation.EvaluationView.MeasureEvaluation;
import vn.cchc.kpi.evaluation.EvaluationView.TargetEvaluation;
import vn.cchc.kpi.evaluation.EvaluationView.TrendPoint;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorRepository;
import vn.cchc.kpi.indicator.PeriodType;
import vn.cchc.kpi.sipas.SipasResultService;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * Judges the targets of a set of units for a year (đánh giá chỉ tiêu): the values from the units'
 * current measurements through {@link WindowAggregator} (the code path of {@code GET /api/v1/values}),
 * the verdicts from {@link TargetEvaluator}. One catalogue query; the measurements of every unit and
 * indicator in ONE query per range of units ({@link UnitRanges}, read in parallel, {@link EvaluationConfig}),
 * streamed unit by unit ({@link MeasurementSamples#forEachUnit}), so that a national batch holds one
 * unit's measurements per range at a time, never the country's; one query per SIPAS
 * indicator for the published values, and the survey counts only where they can matter.
 * <p>
 * SIPAS indicators ({@link SipasResultService#INDICATORS}): the officially published value of the
 * plan year is the one judged when stored; else the measurements as for any indicator; else the value
 * computed from the survey responses of periods inside the year-to-date window. {@code valueSource} says which.
 */
@ApplicationScoped
public class TargetJudge {

    private final IndicatorRepository indicators;
    private final MeasurementSamples samples;
    private final SipasResultService sipas;
    private final EvaluationConfig config;
    private final EvaluationThreads threads;

    public TargetJudge(IndicatorRepository indicators, MeasurementSamples samples, SipasResultService sipas, EvaluationConfig config,
                       EvaluationThreads threads) {
        this.indicators = indicators;
        this.samples = samples;
        this.sipas = sipas;
        this.config = config;
        this.threads = threads;
    }

    /** The measure to judge with what the evaluation found out about it. */
    private record Item(TargetRef.Measure measure, Indicator indicator, String notEvaluable, LocalDate baselineFrom,
                        LocalDate baselineTo) {
    }

    /** A target with its measures prepared for judging. */
    private record Prepared(TargetRef target, List<Item> items) {
    }

    /**
     * @param byUnit   unit code → its targets, in the order the answer wants
     * @param year     plan year
     * @param y        the year-to-date window
     * @param detailed true to compute what only the full form shows (trend per period, measurements used)
     * @param out      called once per unit of {@code byUnit} (in no particular order, possibly from several
     *                 threads at once: it must be thread-safe) with its targets judged, in the order given
     * @throws IllegalStateException when the database fails
     */
    @WithSpan
    public void judgeAll(Map<String, List<TargetRef>> byUnit, int year, TargetEvaluator.Year y, boolean detailed,
                         BiConsumer<String, List<TargetEvaluation>> out) {
        Map<String, Indicator> byCode = catalogue(byUnit);
        LocalDate[] readFrom = {y.start()};
        Set<Long> changeIds = new HashSet<>();
        Map<String, List<Prepared>> items = new LinkedHashMap<>();
        Set<String> unitsWithTargets = new LinkedHashSet<>();
        byUnit.forEach((unit, targets) -> {
            if (!targets.isEmpty()) {
                unitsWithTargets.add(unit);
            }
            items.put(unit, prepare(targets, byCode, year, y, readFrom, changeIds));
        });
        Map<String, Map<String, SipasResultService.Official>> official = official(byCode, unitsWithTargets, year, y);
        Set<String> done = ConcurrentHashMap.newKeySet();
        if (!byCode.isEmpty() && !unitsWithTargets.isEmpty()) {
            List<Long> ids = byCode.values().stream().map(i -> i.id).toList();
            threads.forEach(UnitRanges.split(unitsWithTargets, config.parallelism(), config.minUnitsPerRange()), range ->
                    // baseline years are read only for the indicators compared with one
                    samples.forEachUnit(range, ids, y.start(), y.asOf(), changeIds, readFrom[0], (unit, byIndicator) -> {
                        out.accept(unit, judgeUnit(unit, items.get(unit), byIndicator, official, y, detailed));
                        done.add(unit);
                    }));
        }
        for (Map.Entry<String, List<Prepared>> u : items.entrySet()) {
            if (!done.contains(u.getKey())) {
                out.accept(u.getKey(), judgeUnit(u.getKey(), u.getValue(), Map.of(), official, y, detailed));
            }
        }
    }

    private Map<String, Indicator> catalogue(Map<String, List<TargetRef>> byUnit) {
        Set<String> codes = new LinkedHashSet<>();
        byUnit.values().forEach(l -> l.forEach(t -> measuresOf(t).forEach(m -> {
            if (m.indicatorCode() != null && !m.indicatorCode().isBlank()) {
                codes.add(m.indicatorCode());
            }
        })));
        return indicators.findByCodes(codes);
    }

    /**
     * Resolves each measure's indicator and baseline window; widens {@code readFrom} to the earliest
     * baseline and adds the indicators compared with a baseline to {@code changeIds}.
     */
    private static List<Prepared> prepare(List<TargetRef> targets, Map<String, Indicator> byCode, int year, TargetEvaluator.Year y,
                                          LocalDate[] readFrom, Set<Long> changeIds) {
        List<Prepared> perTarget = new ArrayList<>(targets.size());
        for (TargetRef t : targets) {
            List<Item> its = new ArrayList<>();
            for (TargetRef.Measure m : measuresOf(t)) {
                Indicator ind = m.indicatorCode() == null ? null : byCode.get(m.indicatorCode());
                String why = TargetEvaluator.notEvaluable(measure(t, m), ind == null ? null : new TargetEvaluator.IndicatorFacts(ind.kind, ind.unit));
                LocalDate bFrom = null;
                LocalDate bTo = null;
                if (why == null && TargetEvaluator.Comparator.valueOf(m.comparator()).isChange()) {
                    int baseYear = m.baselineYear() != null ? m.baselineYear() : year - 1;
                    if (baseYear >= year) {
                        why = "the baseline year " + baseYear + " is not before the plan year " + year;
                    } else {
                        bFrom = y.start().minusYears(year - baseYear);
                        bTo = y.asOf().minusYears(year - baseYear);
                        changeIds.add(ind.id);
                        if (bFrom.isBefore(readFrom[0])) {
                            readFrom[0] = bFrom;
                        }
                    }
                }
                its.add(new Item(m, ind, why, bFrom, bTo));
            }
            perTarget.add(new Prepared(t, its));
        }
        return perTarget;
    }

    /**
     * The authoritative SIPAS values: published ones for every unit; the survey value only for units whose
     * year so far has no measurement inside it (one small query says which), since the survey counts run
     * over every answer of the year.
     */
    private Map<String, Map<String, SipasResultService.Official>> official(Map<String, Indicator> byCode, Set<String> units, int year,
                                                                         TargetEvaluator.Year y) {
        Map<String, Map<String, SipasResultService.Official>> official = new HashMap<>();
        for (String code : SipasResultService.INDICATORS) {
            Indicator ind = byCode.get(code);
            if (ind != null && !units.isEmpty()) {
                Set<String> measured = samples.unitsMeasuredInside(units, ind.id, y.start(), y.asOf());
                List<String> noMeasurement = units.stream().filter(u -> !measured.contains(u)).toList();
                official.put(code, sipas.official(units, noMeasurement, year, y.start(), y.asOf(), code));
            }
        }
        return official;
    }

    private static List<TargetEvaluation> judgeUnit(String unit, List<Prepared> items, Map<Long, List<WindowAggregator.Sample>> byIndicator,
                                                    Map<String, Map<String, SipasResultService.Official>> official,
                                                    TargetEvaluator.Year y, boolean detailed) {
        List<TargetEvaluation> list = new ArrayList<>(items.size());
        // several targets often measure the same indicator: its year-to-date value is computed once
        Map<Long, WindowAggregator.Result> ytd = new HashMap<>();
        for (Prepared p : items) {
            TargetRef t = p.target();
            List<MeasureEvaluation> judged = new ArrayList<>(p.items().size());
            for (Item it : p.items()) {
                List<WindowAggregator.Sample> s = it.indicator() == null ? List.of() : byIndicator.getOrDefault(it.indicator().id, List.of());
                SipasResultService.Official o = it.indicator() == null ? null
                        : official.getOrDefault(it.indicator().code, Map.of()).get(unit);
                WindowAggregator.Result r = it.indicator() == null || it.notEvaluable() != null ? null
                        : ytd.computeIfAbsent(it.indicator().id, k -> WindowAggregator.aggregate(it.indicator().kind, y.start(), y.asOf(), s));
                judged.add(judge(t, it, y, s, r, o, detailed));
            }
            list.add(new TargetEvaluation(t.id(), t.planId(), t.ref(), t.group(), t.area(), t.text(), t.flagged(), judged));
        }
        return list;
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
                                           WindowAggregator.Result ytd, SipasResultService.Official official, boolean detailed) {
        TargetRef.Measure m = it.measure();
        Indicator ind = it.indicator();
        if (it.notEvaluable() != null) {
            return new MeasureEvaluation(m.clause(), m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode(),
                    ind == null ? null : ind.kind, ind == null ? null : ind.periodType, EvaluationStatus.NOT_EVALUABLE,
                    null, null, null, null, null, null, null, null, null, 0, y.elapsed(), List.of(), it.notEvaluable(), List.of(), null);
        }
        WindowAggregator.Result base = it.baselineFrom() == null ? null
                : WindowAggregator.aggregate(ind.kind, it.baselineFrom(), it.baselineTo(), samples);
        boolean change = it.baselineFrom() != null;
        if (official != null && !change
                && (official.source() == SipasResultService.Source.PUBLISHED || !ytd.hasData())) {
            BigDecimal v = official.value();
            TargetEvaluator.Outcome o = TargetEvaluator.evaluate(measure(t, m), new TargetEvaluator.IndicatorFacts(ind.kind, ind.unit), y, v, null);
            String why = official.source() == SipasResultService.Source.PUBLISHED
                    ? "officially published value" + (official.document() == null ? "" : " (" + official.document() + ")") + "; " + o.reason()
                    : "computed from the survey responses of periods inside " + y.start() + "…" + y.asOf()
                    + " (no published value, no measurement); " + o.reason();
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
