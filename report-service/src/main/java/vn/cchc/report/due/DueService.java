package vn.cchc.report.due;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.report.regime.ReportingPeriod;
import vn.cchc.report.regime.ReportingRegime;
import vn.cchc.report.regime.ReportingRegimeRepository;
import vn.cchc.report.report.RegimeDuty;
import vn.cchc.report.report.Report;
import vn.cchc.report.report.ReportAccess;
import vn.cchc.report.report.ReportRepository;
import vn.cchc.report.report.Timeliness;

/**
 * "What is due" for a unit: the regimes of the units above it that it owes ({@link RegimeDuty#owes}),
 * each period with its deadline, the unit's report if started and its timeliness as of a day. Several
 * regimes at once come out side by side (a department's city report by the 18th and its thematic report
 * to the Ministry by the 15th).
 */
@ApplicationScoped
public class DueService {

    private final ReportAccess access;
    private final ReportingRegimeRepository regimes;
    private final ReportRepository reports;

    public DueService(ReportAccess access, ReportingRegimeRepository regimes, ReportRepository reports) {
        this.access = access;
        this.regimes = regimes;
        this.reports = reports;
    }

    /**
     * @param caller the caller, who must read the unit
     * @param unit   unit code
     * @param asOf   the day, default today (Vietnam)
     * @param year   the regimes' year, default asOf's
     * @return the reports owed
     * @throws ProblemException 404 when the unit is not visible, 503 when plan-service cannot answer
     */
    @WithSpan
    public DueView due(Caller caller, String unit, LocalDate asOf, Integer year) {
        if (unit == null || unit.isBlank()) {
            throw ProblemException.invalid("unit", "must not be blank");
        }
        List<String> path = access.readableUnit(caller, unit);
        LocalDate day = asOf == null ? VietnamTime.today() : asOf;
        int y = year == null ? day.getYear() : year;
        List<ReportingRegime> owed = regimes.ofUnits(path.subList(0, path.size() - 1), Set.of(y)).stream()
                .filter(r -> RegimeDuty.owes(r, path)).toList();
        Map<String, Report> started = reports.ofUnit(unit, owed.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.toMap(r -> r.regime.id + " " + r.periodCode, Function.identity()));
        List<DueView.Item> items = new ArrayList<>();
        for (ReportingRegime r : owed) {
            for (ReportingPeriod p : r.periods) {
                Report rep = started.get(r.id + " " + p.code);
                Instant submitted = rep == null ? null : rep.firstSubmittedAt;
                Timeliness t = Timeliness.of(submitted, p.dueDate, day);
                items.add(new DueView.Item(r.id, r.code, r.name, r.unitCode, r.portal, p.code, p.name, p.windowStart, p.windowEnd, p.dueDate,
                        ChronoUnit.DAYS.between(day, p.dueDate), rep == null ? null : rep.id, rep == null ? "NOT_STARTED" : rep.status.name(),
                        t, t == Timeliness.LATE || t == Timeliness.OVERDUE));
            }
        }
        items.sort(Comparator.comparing(DueView.Item::dueDate).thenComparing(DueView.Item::regimeCode).thenComparing(DueView.Item::periodCode));
        return new DueView(unit, day, y, items.stream().filter(DueView.Item::late).count(), items);
    }
}
