package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.kpi.evaluation.EvaluationView.MeasureEvaluation;
import vn.cchc.kpi.evaluation.EvaluationView.TargetEvaluation;
import vn.cchc.kpi.evaluation.EvaluationView.TrendPoint;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorRepository;
import vn.cchc.kpi.indicator.PeriodType;
import vn.cchc.kpi.measurement.Measurement;
import vn.cchc.kpi.measurement.MeasurementRepository;
import vn.cchc.kpi.measurement.MeasurementService;
import vn.cchc.kpi.value.ValueService;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * Evaluates a unit's targets for a year (đánh giá chỉ tiêu): the targets come from plan-service over
 * REST ({@link TargetAccess}, caller's token), the values from the unit's current measurements through
 * {@link WindowAggregator} (the code path of {@code GET /api/v1/values}), the verdicts from
 * {@link TargetEvaluator}. All measurements the evaluation needs are read in one query.
 */
@ApplicationScoped
public class EvaluationService {

    private final TargetAccess targets;
    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final MeasurementService access;

    public EvaluationService(TargetAccess targets, IndicatorRepository indicators, MeasurementRepository measurements,
                             MeasurementService access) {
        this.targets = targets;
        this.indicators = indicators;
        this.measurements = measurements;
        this.access = access;
    }

    /** The measure to judge with what the evaluation found out about it. */
    private record Item(TargetRef.Measure measure, Indicator indicator, String notEvaluable, LocalDate baselineFrom,
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
        LocalDate today = VietnamTime.today();
        FieldErrors errors = new FieldErrors();
        if (unitCode == null || unitCode.isBlank()) {
            errors.add("unit", "is required");
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
        access.requireReadable(caller, unitCode);
        TargetEvaluator.Year y = new TargetEvaluator.Year(start, end, day);

        List<TargetRef> list = targets.targets(unitCode, year).stream().filter(t -> unitCode.equals(t.unitCode())).toList();
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(t -> measuresOf(t).forEach(m -> {
            if (m.indicatorCode() != null && !m.indicatorCode().isBlank()) {
                codes.add(m.indicatorCode());
            }
        }));
        Map<String, Indicator> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            indicators.list("code in ?1", codes).forEach(i -> byCode.put(i.code, i));
        }

        // what each measure needs, and the widest window to read
        LocalDate readFrom = start;
        Map<TargetRef, List<Item>> items = new java.util.LinkedHashMap<>();
        for (TargetRef t : list) {
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
                        bFrom = start.minusYears(year - baseYear);
                        bTo = day.minusYears(year - baseYear);
                        if (bFrom.isBefore(readFrom)) {
                            readFrom = bFrom;
                        }
                    }
                }
                its.add(new Item(m, ind, why, bFrom, bTo));
            }
            items.put(t, its);
        }
        Map<Long, List<WindowAggregator.Sample>> samples = new HashMap<>();
        if (!byCode.isEmpty()) {
            for (Measurement m : measurements.currentTouching(unitCode, byCode.values(), readFrom, day)) {
                samples.computeIfAbsent(m.indicator.id, k -> new ArrayList<>()).add(ValueService.sample(m));
            }
        }

        List<TargetEvaluation> out = new ArrayList<>();
        for (Map.Entry<TargetRef, List<Item>> e : items.entrySet()) {
            TargetRef t = e.getKey();
            List<MeasureEvaluation> judged = new ArrayList<>();
            for (Item it : e.getValue()) {
                judged.add(judge(t, it, y, samples.getOrDefault(it.indicator() == null ? -1L : it.indicator().id, List.of())));
            }
            out.add(new TargetEvaluation(t.id(), t.planId(), t.ref(), t.group(), t.area(), t.text(), t.flagged(), judged));
        }
        return new EvaluationView(unitCode, year, start, day, end, y.over(), y.elapsed(), y.days(),
                EvaluationView.Summary.of(out), out);
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

    private static MeasureEvaluation judge(TargetRef t, Item it, TargetEvaluator.Year y, List<WindowAggregator.Sample> samples) {
        TargetRef.Measure m = it.measure();
        Indicator ind = it.indicator();
        if (it.notEvaluable() != null) {
            return new MeasureEvaluation(m.clause(), m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode(),
                    ind == null ? null : ind.kind, ind == null ? null : ind.periodType, EvaluationStatus.NOT_EVALUABLE,
                    null, null, null, null, null, null, null, null, null, 0, y.elapsed(), List.of(), it.notEvaluable(), List.of());
        }
        WindowAggregator.Result ytd = WindowAggregator.aggregate(ind.kind, y.start(), y.asOf(), samples);
        WindowAggregator.Result base = it.baselineFrom() == null ? null
                : WindowAggregator.aggregate(ind.kind, it.baselineFrom(), it.baselineTo(), samples);
        TargetEvaluator.Outcome o = TargetEvaluator.evaluate(measure(t, m), new TargetEvaluator.IndicatorFacts(ind.kind, ind.unit), y,
                ytd.value(), base == null ? null : base.value());
        String reason = o.reason();
        if (o.status() == EvaluationStatus.NO_DATA && !ytd.partial().isEmpty() && !ytd.hasData()) {
            reason += " (" + ytd.partial().size() + " measurement(s) only partly inside it are not counted)";
        }
        return new MeasureEvaluation(m.clause(), m.comparator(), m.value(), m.unit(), m.baselineYear(), m.indicatorCode(),
                ind.kind, ind.periodType, o.status(), ytd.value(), ytd.numerator(), ytd.denominator(), o.gap(), o.projected(),
                o.baseline(), it.baselineFrom(), it.baselineTo(), o.change(), ytd.coveredDays(), ytd.windowDays(),
                ytd.used().stream().map(WindowAggregator.Sample::id).toList(), reason, trend(ind, y, samples));
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
