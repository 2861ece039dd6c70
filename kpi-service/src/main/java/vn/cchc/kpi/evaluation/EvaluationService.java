package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jboss.logging.MDC;
import vn.cchc.common.observability.RequestIds;
import vn.cchc.common.observability.RequestWork;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.evaluation.EvaluationView.TargetEvaluation;
import vn.cchc.kpi.measurement.MeasurementService;

/**
 * Evaluates targets for a year (đánh giá chỉ tiêu), for one unit or for every unit of a subtree (or of
 * the country) in one request: checks the parameters and the caller's right to read, gets the units and
 * the targets from plan-service over REST ({@link SubtreeUnits}, {@link TargetAccess}, caller's token),
 * has {@link TargetJudge} judge them (one streamed measurement query for all units, no query per unit)
 * and shapes the answer in the requested {@link EvaluationDetail}.
 */
@ApplicationScoped
public class EvaluationService {

    private final TargetAccess targets;
    private final MeasurementService access;
    private final SubtreeUnits subtree;
    private final TargetJudge judge;
    private final EvaluationThreads threads;
    private final CurrentCaller current;
    private final ObjectMapper json;

    public EvaluationService(TargetAccess targets, TargetJudge judge, MeasurementService access, SubtreeUnits subtree,
                             EvaluationThreads threads, CurrentCaller current, ObjectMapper json) {
        this.targets = targets;
        this.judge = judge;
        this.access = access;
        this.subtree = subtree;
        this.threads = threads;
        this.current = current;
        this.json = json;
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
        List<List<TargetEvaluation>> judged = new CopyOnWriteArrayList<>();
        judge.judgeAll(byUnit, year, y, true, (unit, evs) -> judged.add(evs));
        List<TargetEvaluation> out = judged.get(0);
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
     * @throws ProblemException 422 bad parameters, 404 parent not readable, 503 plan-service down, 429 when
     *                          {@link EvaluationConfig#concurrentBatches()} batches ran for the whole queue time
     */
    @WithSpan
    public BatchEvaluationView evaluateSubtree(Caller caller, String parentCode, Integer year, LocalDate asOf, LocalDate from,
                                               EvaluationDetail detail) {
        Judged<BatchEvaluationView.UnitEvaluations> j = judgeSubtree(caller, parentCode, year, asOf, from, detail, u -> u);
        return new BatchEvaluationView(j.parent(), j.year(), j.window(), j.units());
    }

    /**
     * {@link #evaluateSubtree} already written as JSON: each unit's part is written on the thread that
     * judged it, so that writing a national answer (tens of megabytes) is shared by the evaluation's
     * threads instead of following them on one. The bytes are exactly those of the {@link BatchEvaluationView}.
     *
     * @param caller     as {@link #evaluateSubtree}
     * @param parentCode as {@link #evaluateSubtree}
     * @param year       plan year
     * @param asOf       as {@link #evaluate}
     * @param from       as {@link #evaluate}
     * @param detail     as {@link #evaluateSubtree}
     * @return the answer, to be streamed as {@code application/json}
     * @throws ProblemException as {@link #evaluateSubtree}
     */
    @WithSpan
    public WrittenBatch evaluateSubtreeWritten(Caller caller, String parentCode, Integer year, LocalDate asOf, LocalDate from,
                                               EvaluationDetail detail) {
        ObjectWriter unitWriter = json.writerFor(BatchEvaluationView.UnitEvaluations.class);
        Judged<byte[]> j = judgeSubtree(caller, parentCode, year, asOf, from, detail, u -> WrittenBatch.write(unitWriter, u));
        return WrittenBatch.of(json, new BatchEvaluationView(j.parent(), j.year(), j.window(), List.of()), j.units());
    }

    /** What {@link #judgeSubtree} found, each unit in the form asked for, in tree order. */
    private record Judged<T>(String parent, int year, BatchEvaluationView.Window window, List<T> units) {
    }

    private <T> Judged<T> judgeSubtree(Caller caller, String parentCode, Integer year, LocalDate asOf, LocalDate from,
                                       EvaluationDetail detail, Function<BatchEvaluationView.UnitEvaluations, T> shape) {
        return threads.inTurn(() -> judgeSubtreeNow(caller, parentCode, year, asOf, from, detail, shape));
    }

    private <T> Judged<T> judgeSubtreeNow(Caller caller, String parentCode, Integer year, LocalDate asOf, LocalDate from,
                                          EvaluationDetail detail, Function<BatchEvaluationView.UnitEvaluations, T> shape) {
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        EvaluationDetail d = detail == null ? EvaluationDetail.FULL : detail;
        TargetEvaluator.Year y = window("parent", parent == null ? "*" : parent, year, asOf, from);
        if (parent != null) {
            access.requireReadable(caller, parent);
        }
        // the unit list is read on another thread while this one reads the targets (two independent answers)
        String bearer = current.bearer();
        Object rid = MDC.get(RequestIds.MDC_KEY);
        CompletableFuture<List<UnitRef>> unitList = bearer == null ? CompletableFuture.completedFuture(subtree.of(parent))
                : threads.start(() -> subtree.of(parent, bearer, rid == null ? null : rid.toString()));
        SubtreeTargets all;
        try {
            all = d == EvaluationDetail.FULL ? SubtreeTargets.of(null, targets.targetsUnder(parent, year)) : targets.digest(caller, parent, year);
        } catch (RuntimeException e) {
            unitList.cancel(true);
            throw e;
        }
        List<UnitRef> units = RequestWork.join(unitList);
        Map<String, List<TargetRef>> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u.code(), all.of(u.code())));
        Map<String, T> judged = new ConcurrentHashMap<>();
        Map<String, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.code(), u.name()));
        // each unit's answer is built, in the form asked for, as soon as it is judged, on the thread that judged it
        judge.judgeAll(byUnit, year, y, d == EvaluationDetail.FULL, (unit, evs) -> judged.put(unit, shape.apply(
                new BatchEvaluationView.UnitEvaluations(unit, names.get(unit), EvaluationView.Summary.of(evs),
                        d == EvaluationDetail.FULL ? evs : null, d == EvaluationDetail.COMPACT ? verdicts(evs) : null))));
        List<T> out = units.stream().map(u -> judged.get(u.code())).toList();
        return new Judged<>(parent, year, new BatchEvaluationView.Window(y.start(), y.asOf(), y.end(), y.over()), out);
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
}
