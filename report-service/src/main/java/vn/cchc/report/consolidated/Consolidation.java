package vn.cchc.report.consolidated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.report.report.Report;
import vn.cchc.report.report.ReportStatus;
import vn.cchc.report.report.Timeliness;
import vn.cchc.report.source.Evaluation;
import vn.cchc.report.source.TaskSummary;
import vn.cchc.report.source.UnitEvaluations;

/**
 * The arithmetic of a consolidated report (plain Java; {@code ConsolidationTest}): a row per unit from
 * its report, its task counts and its target counts; the ratio-of-sums aggregate per ratio indicator
 * (each unit counted once per indicator, by its first measure of it); the ranking by the share of
 * evaluable measures met, ties sharing a rank (1, 1, 3), units with nothing evaluable unranked.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /** A unit owing the regime, as the registry names it. */
    public record Child(String code, String name) {
    }

    /**
     * @param children    units owing the regime, in order
     * @param reports     their reports by unit code
     * @param tasks       plan-service's summary entries by unit code
     * @param evaluations kpi-service's batch entries by unit code; empty when unavailable
     * @param dueDate     the period's due date
     * @param today       today (Vietnam)
     * @return rows, counts, aggregates, ranking
     */
    public static Result of(List<Child> children, Map<String, Report> reports, Map<String, TaskSummary.UnitTasks> tasks,
                            Map<String, UnitEvaluations.UnitEvaluation> evaluations, LocalDate dueDate, LocalDate today) {
        List<ConsolidatedView.UnitRow> rows = new ArrayList<>();
        long notStarted = 0, draft = 0, submitted = 0, approved = 0, sent = 0, onTime = 0, late = 0, overdue = 0;
        for (Child c : children) {
            Report r = reports.get(c.code());
            Timeliness t = Timeliness.of(r == null ? null : r.firstSubmittedAt, dueDate, today);
            String status = r == null ? "NOT_STARTED" : r.status.name();
            if (r == null) {
                notStarted++;
            } else if (r.status == ReportStatus.DRAFT || r.status == ReportStatus.RETURNED) {
                draft++;
            } else if (r.status == ReportStatus.SUBMITTED) {
                submitted++;
            } else if (r.status == ReportStatus.APPROVED) {
                approved++;
            } else {
                sent++;
            }
            switch (t) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                default -> { }
            }
            TaskSummary.UnitTasks ut = tasks.get(c.code());
            ConsolidatedView.Tasks taskCounts = ut == null || ut.counts() == null ? null : new ConsolidatedView.Tasks(ut.counts().total(),
                    ut.counts().done(), ut.counts().inProgress(), ut.counts().notStarted(), ut.counts().overdue());
            UnitEvaluations.UnitEvaluation ue = evaluations.get(c.code());
            ConsolidatedView.Attainment att = ue == null || ue.counts() == null ? null : attainment(ue.counts());
            ConsolidatedView.Links links = r == null ? null : new ConsolidatedView.Links("/api/v1/reports/" + r.id,
                    r.currentVersion == 0 ? null : "/api/v1/reports/" + r.id + "/versions/" + r.currentVersion);
            rows.add(new ConsolidatedView.UnitRow(c.code(), c.name(), status, t, r == null ? null : r.id, r == null ? 0 : r.currentVersion,
                    r == null ? null : r.firstSubmittedAt, taskCounts, att, links));
        }
        ConsolidatedView.Counts counts = new ConsolidatedView.Counts(children.size(), notStarted, draft, submitted, approved, sent, onTime,
                late, overdue);
        return new Result(counts, rows, aggregate(children, evaluations), ranking(rows));
    }

    /** What {@link #of} computes. */
    public record Result(ConsolidatedView.Counts counts, List<ConsolidatedView.UnitRow> rows,
                         List<ConsolidatedView.AggregatedTarget> targets, List<ConsolidatedView.Rank> ranking) {
    }

    static ConsolidatedView.Attainment attainment(UnitEvaluations.Counts c) {
        long evaluable = c.total() - c.notEvaluable();
        BigDecimal share = evaluable <= 0 ? null
                : BigDecimal.valueOf(c.met()).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(evaluable), 2, RoundingMode.HALF_UP);
        return new ConsolidatedView.Attainment(c.met(), c.notMet(), c.atRisk(), c.noData(), c.notEvaluable(), c.total(), share);
    }

    static List<ConsolidatedView.AggregatedTarget> aggregate(List<Child> children, Map<String, UnitEvaluations.UnitEvaluation> evaluations) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Long> units = new LinkedHashMap<>();
        for (Child c : children) {
            UnitEvaluations.UnitEvaluation ue = evaluations.get(c.code());
            if (ue == null || ue.verdicts() == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Evaluation.Target t : ue.verdicts()) {
                for (Evaluation.Measure m : t.measures() == null ? List.<Evaluation.Measure>of() : t.measures()) {
                    if (m.indicatorCode() == null || m.numerator() == null || m.denominator() == null
                            || m.denominator().signum() <= 0 || !seen.add(m.indicatorCode())) {
                        continue;
                    }
                    BigDecimal[] s = sums.computeIfAbsent(m.indicatorCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    s[0] = s[0].add(m.numerator());
                    s[1] = s[1].add(m.denominator());
                    units.merge(m.indicatorCode(), 1L, Long::sum);
                }
            }
        }
        List<ConsolidatedView.AggregatedTarget> out = new ArrayList<>();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(new ConsolidatedView.AggregatedTarget(e.getKey(),
                e.getValue()[0], e.getValue()[1],
                e.getValue()[0].multiply(BigDecimal.valueOf(100)).divide(e.getValue()[1], 4, RoundingMode.HALF_UP), units.get(e.getKey()))));
        return out;
    }

    static List<ConsolidatedView.Rank> ranking(List<ConsolidatedView.UnitRow> rows) {
        List<ConsolidatedView.UnitRow> ranked = rows.stream().filter(r -> r.targets() != null && r.targets().metShare() != null)
                .sorted(Comparator.comparing((ConsolidatedView.UnitRow r) -> r.targets().metShare()).reversed()
                        .thenComparing(ConsolidatedView.UnitRow::unit))
                .toList();
        List<ConsolidatedView.Rank> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ConsolidatedView.UnitRow r = ranked.get(i);
            int rank = i > 0 && ranked.get(i - 1).targets().metShare().compareTo(r.targets().metShare()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new ConsolidatedView.Rank(rank, r.unit(), r.name(), r.targets().metShare(), r.targets().met(),
                    r.targets().total() - r.targets().notEvaluable()));
        }
        return out;
    }
}
