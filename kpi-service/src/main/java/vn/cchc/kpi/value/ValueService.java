package vn.cchc.kpi.value;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorRepository;
import vn.cchc.kpi.measurement.Measurement;
import vn.cchc.kpi.measurement.MeasurementRepository;
import vn.cchc.kpi.measurement.MeasurementService;
import vn.cchc.common.unit.UnitAccess;
import vn.cchc.common.unit.UnitRef;

/**
 * Values over date windows ({@link WindowAggregator}) and roll-ups over a unit's children
 * ({@link RollUp}), computed live from the current measurements (no pre-computed tables: DHIS2 lesson
 * A.13.1). The unit must be readable by the caller (404 otherwise); the children are the ones
 * plan-service shows the caller. A roll-up loads the measurements of all children in one query.
 */
@ApplicationScoped
public class ValueService {

    /** Longest window accepted, in days (ten years). */
    public static final long MAX_WINDOW_DAYS = 3660;

    private final MeasurementRepository measurements;
    private final IndicatorRepository indicators;
    private final MeasurementService access;
    private final UnitAccess units;

    public ValueService(MeasurementRepository measurements, IndicatorRepository indicators, MeasurementService access,
                        UnitAccess units) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.access = access;
        this.units = units;
    }

    /**
     * @param caller        the caller
     * @param unitCode      unit code
     * @param indicatorCode indicator code
     * @param from          first day, inclusive
     * @param to            last day, inclusive
     * @return the unit's value over the window
     * @throws ProblemException 422 missing or bad parameters, 404 unit not readable
     */
    @WithSpan
    public WindowValueView window(Caller caller, String unitCode, String indicatorCode, LocalDate from, LocalDate to) {
        Indicator indicator = checkParameters(unitCode, indicatorCode, from, to);
        access.requireReadable(caller, unitCode);
        List<WindowAggregator.Sample> samples = measurements.currentTouching(List.of(unitCode), indicator, from, to)
                .stream().map(ValueService::sample).toList();
        return WindowValueView.of(unitCode, indicator.code, indicator.kind,
                WindowAggregator.aggregate(indicator.kind, from, to, samples));
    }

    /**
     * @param caller        the caller
     * @param unitCode      parent unit code
     * @param indicatorCode indicator code
     * @param from          first day, inclusive
     * @param to            last day, inclusive
     * @return the value computed from the direct children, each child's contribution, and the parent's
     *         own value over the window
     * @throws ProblemException 422 missing or bad parameters, 404 unit not readable, 503 plan-service down
     */
    @WithSpan
    public RollUpView rollUp(Caller caller, String unitCode, String indicatorCode, LocalDate from, LocalDate to) {
        Indicator indicator = checkParameters(unitCode, indicatorCode, from, to);
        access.requireReadable(caller, unitCode);
        List<UnitRef> children = units.children(unitCode);
        List<String> codes = new ArrayList<>();
        codes.add(unitCode);
        children.forEach(c -> codes.add(c.code()));
        Map<String, List<WindowAggregator.Sample>> byUnit = new HashMap<>();
        for (Measurement m : measurements.currentTouching(codes, indicator, from, to)) {
            byUnit.computeIfAbsent(m.unitCode, k -> new ArrayList<>()).add(sample(m));
        }
        List<RollUp.Contribution> contributions = new ArrayList<>();
        List<RollUpView.Child> childViews = new ArrayList<>();
        for (UnitRef child : children) {
            WindowAggregator.Result r = WindowAggregator.aggregate(indicator.kind, from, to,
                    byUnit.getOrDefault(child.code(), List.of()));
            contributions.add(RollUp.Contribution.of(child.code(), child.name(), r));
            childViews.add(new RollUpView.Child(child.code(), child.name(), r.hasData(), r.value(), r.numerator(),
                    r.denominator(), r.coveredDays(), r.windowDays(), r.used().stream().map(WindowAggregator.Sample::id).toList()));
        }
        RollUp.Result result = RollUp.of(indicator.aggregation, contributions);
        WindowValueView own = WindowValueView.of(unitCode, indicator.code, indicator.kind,
                WindowAggregator.aggregate(indicator.kind, from, to, byUnit.getOrDefault(unitCode, List.of())));
        return new RollUpView(unitCode, indicator.code, result.aggregation(), from, to, result.value(), result.numerator(),
                result.denominator(), result.childrenTotal(), result.childrenWithData(), childViews, own);
    }

    private Indicator checkParameters(String unitCode, String indicatorCode, LocalDate from, LocalDate to) {
        FieldErrors errors = new FieldErrors();
        if (unitCode == null || unitCode.isBlank()) {
            errors.add("unit", "is required");
        }
        Indicator indicator = null;
        if (indicatorCode == null || indicatorCode.isBlank()) {
            errors.add("indicator", "is required");
        } else {
            indicator = indicators.findByCode(indicatorCode).orElse(null);
            if (indicator == null) {
                errors.add("indicator", "no indicator " + indicatorCode + " in the catalogue");
            }
        }
        if (from == null) {
            errors.add("from", "is required (first day of the window, e.g. 2025-12-15)");
        }
        if (to == null) {
            errors.add("to", "is required (last day of the window, e.g. 2026-03-14)");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("to", "must not be before from");
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_WINDOW_DAYS) {
                errors.add("to", "a window is at most " + MAX_WINDOW_DAYS + " days");
            }
        }
        errors.throwIfAny();
        return indicator;
    }

    /**
     * @param m a measurement
     * @return it as the aggregator takes it (the one conversion used by every computed value)
     */
    public static WindowAggregator.Sample sample(Measurement m) {
        return new WindowAggregator.Sample(m.id, m.period, m.windowStart, m.windowEnd, m.value, m.numerator, m.denominator);
    }
}
