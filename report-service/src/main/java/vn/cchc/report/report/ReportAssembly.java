package vn.cchc.report.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.report.content.ReportAssembler;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.content.ReportHeader;
import vn.cchc.report.regime.ReportingPeriod;
import vn.cchc.report.regime.ReportingRegime;
import vn.cchc.report.source.Evaluation;
import vn.cchc.report.source.Sources;
import vn.cchc.report.source.TaskSummary;

/**
 * Fetches a unit's numbers for a regime's period and maps them ({@link ReportAssembler}): two calls
 * whatever the size of the plan — plan-service's task summary of the unit with its tasks listed, as of
 * the cut-off day, and kpi-service's evaluation of its targets over the year to that day. Runs outside
 * any database transaction; when a source fails, the 503 problem naming it leaves the stored report as it was.
 */
@ApplicationScoped
public class ReportAssembly {

    private final Sources sources;

    public ReportAssembly(Sources sources) {
        this.sources = sources;
    }

    /** What one assembly produced. */
    record Assembled(ReportContent content, String unitName) {
    }

    /**
     * @param unitCode reporting unit
     * @param regime   the regime, periods loaded
     * @param period   the period
     * @param today    today in Vietnam
     * @return the content with empty narrative, and the unit's name as plan-service gave it
     * @throws ProblemException 503 naming the source that failed; 409 when the period's year has not begun
     */
    Assembled assemble(String unitCode, ReportingRegime regime, ReportingPeriod period, LocalDate today) {
        LocalDate cutOff = RegimeDuty.cutOff(period, today);
        LocalDate from = RegimeDuty.yearFrom(regime);
        if (cutOff.isBefore(from)) {
            throw ProblemException.conflict("Period " + period.code + " has no data yet: its year starts on " + from);
        }
        TaskSummary summary = sources.taskSummary(unitCode, regime.year, cutOff, true);
        TaskSummary.UnitTasks tasks = summary.units() == null ? null
                : summary.units().stream().filter(u -> unitCode.equals(u.unit())).findFirst().orElse(null);
        Evaluation evaluation = sources.evaluation(unitCode, regime.year, from, cutOff);
        String unitName = tasks == null || tasks.name() == null ? unitCode : tasks.name();
        ReportHeader header = new ReportHeader(unitCode, unitName, regime.unitCode, regime.id, regime.code, regime.name, regime.basis,
                regime.year, period.code, period.name, period.windowStart, period.windowEnd, period.dueDate, from, cutOff, Instant.now());
        return new Assembled(ReportAssembler.assemble(header, tasks, evaluation), unitName);
    }
}
