package vn.cchc.report.consolidated;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.common.observability.RequestWork;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.common.unit.UnitAccess;
import vn.cchc.report.regime.ReportingPeriod;
import vn.cchc.report.regime.ReportingRegime;
import vn.cchc.report.regime.ReportingRegimeRepository;
import vn.cchc.report.report.RegimeDuty;
import vn.cchc.report.report.Report;
import vn.cchc.report.report.ReportAccess;
import vn.cchc.report.report.ReportRepository;
import vn.cchc.report.source.Sources;
import vn.cchc.report.source.TaskSummary;
import vn.cchc.report.source.UnitEvaluations;

/**
 * The consolidated report of a parent for a period, live: a bounded number of calls whatever the number
 * of units — the parent's path and its children from plan-service's registry (paged by 500), one task
 * summary of the whole subtree (plan-service), one batch evaluation of all children (kpi-service, read
 * meanwhile on another thread) — and one query for the reports. plan-service or kpi-service failing answers 503 naming it; a
 * kpi-service without the batch endpoint leaves attainment out with a note.
 */
@ApplicationScoped
public class ConsolidationService {

    private final ReportAccess access;
    private final UnitAccess units;
    private final ReportingRegimeRepository regimes;
    private final ReportRepository reports;
    private final Sources sources;

    public ConsolidationService(ReportAccess access, UnitAccess units, ReportingRegimeRepository regimes, ReportRepository reports,
                                Sources sources) {
        this.access = access;
        this.units = units;
        this.regimes = regimes;
        this.reports = reports;
        this.sources = sources;
    }

    /**
     * @param caller   the caller, who must read the parent
     * @param parent   parent unit code
     * @param regimeId the regime; default the parent's CCHC regime of the period's year
     * @param period   period code, e.g. 2026-Q1
     * @return the consolidated report
     * @throws ProblemException 404 parent not visible, 422 no such regime or period for the parent, 503 a source failed
     */
    @WithSpan
    public ConsolidatedView consolidate(Caller caller, String parent, Long regimeId, String period) {
        if (parent == null || parent.isBlank()) {
            throw ProblemException.invalid("parent", "must not be blank");
        }
        if (period == null || !period.matches("^[0-9]{4}.*")) {
            throw ProblemException.invalid("period", "must be a period code such as 2026-Q1");
        }
        if (ReportAccess.integrationOnly(caller)) {
            // the working view shows drafts; city systems pull released versions from /api/v1/reports/released
            throw ProblemException.forbidden("Integration accounts read released reports at /api/v1/reports/released");
        }
        List<String> path = access.readableUnit(caller, parent);
        ReportingRegime regime = regime(parent, regimeId, Integer.parseInt(period.substring(0, 4)));
        if (!path.contains(regime.unitCode)) {
            throw ProblemException.invalid("regime", "regime " + regime.id + " is issued by " + regime.unitCode + ", not above " + parent);
        }
        ReportingPeriod p = RegimeDuty.period(regime, period)
                .orElseThrow(() -> ProblemException.invalid("period", "regime " + regime.id + " has no period " + period));
        LocalDate today = VietnamTime.today();
        LocalDate cutOff = RegimeDuty.cutOff(p, today);
        LocalDate from = RegimeDuty.yearFrom(regime);
        boolean hasData = !cutOff.isBefore(from);
        // the evaluations take longest (kpi-service reads every child's targets): asked first, on another
        // thread, while the children, their tasks and their reports are read here
        CompletableFuture<Optional<UnitEvaluations>> evaluated = hasData
                ? sources.startChildEvaluations(parent, regime.year, from, cutOff) : CompletableFuture.completedFuture(Optional.empty());
        List<Consolidation.Child> children = units.children(parent).stream()
                .filter(u -> RegimeDuty.owes(regime, append(path, u.code())))
                .map(u -> new Consolidation.Child(u.code(), u.name())).toList();
        List<String> codes = children.stream().map(Consolidation.Child::code).toList();
        Map<String, Report> byUnit = reports.ofUnits(codes, regime.id, p.code).stream()
                .collect(Collectors.toMap(r -> r.unitCode, Function.identity()));
        List<String> notes = new ArrayList<>();
        Map<String, TaskSummary.UnitTasks> tasks = Map.of();
        Map<String, UnitEvaluations.UnitEvaluation> evaluations = Map.of();
        if (!children.isEmpty() && hasData) {
            TaskSummary summary = sources.taskSummary(parent, regime.year, cutOff, false);
            tasks = summary.units() == null ? Map.of()
                    : summary.units().stream().collect(Collectors.toMap(TaskSummary.UnitTasks::unit, Function.identity(), (a, b) -> a));
            Optional<UnitEvaluations> batch = RequestWork.join(evaluated);
            if (batch.isPresent() && batch.get().units() != null) {
                evaluations = batch.get().units().stream()
                        .collect(Collectors.toMap(UnitEvaluations.UnitEvaluation::unit, Function.identity(), (a, b) -> a));
            } else {
                notes.add("kpi-service offers no evaluations of the units under " + parent + " (GET /api/v1/evaluations/units); "
                        + "attainment, aggregated targets and ranking are left out");
            }
        } else if (!hasData) {
            notes.add("period " + p.code + " has no data yet: its year starts on " + from);
        }
        Consolidation.Result r = Consolidation.of(children, byUnit, tasks, evaluations, p.dueDate, today);
        return new ConsolidatedView(parent, regime.id, regime.code, p.code, p.name, p.dueDate, from, cutOff, r.counts(), r.rows(),
                r.targets(), r.ranking(), notes);
    }

    private ReportingRegime regime(String parent, Long regimeId, int year) {
        if (regimeId != null) {
            return regimes.findByIdOptional(regimeId).orElseThrow(() -> ProblemException.invalid("regime", "no reporting regime " + regimeId));
        }
        return regimes.findByUnitYearAndCode(parent, year, ReportingRegime.DEFAULT_CODE).orElseThrow(() -> ProblemException.invalid(
                "regime", parent + " has no " + ReportingRegime.DEFAULT_CODE + " regime for " + year + "; name one"));
    }

    private static List<String> append(List<String> path, String code) {
        List<String> out = new ArrayList<>(path);
        out.add(code);
        return out;
    }
}
