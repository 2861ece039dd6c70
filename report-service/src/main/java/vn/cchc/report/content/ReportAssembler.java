package vn.cchc.report.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import vn.cchc.report.source.Evaluation;
import vn.cchc.report.source.TaskSummary;

/**
 * Maps what plan-service and kpi-service answered into a {@link ReportContent} (plain Java, no framework;
 * {@code ReportAssemblerTest}). Tasks are placed by reform area: area 1 into section I, areas 2..7 into
 * section II; tasks of a plan's own groups (no area) count in the totals of section III only. Target
 * measures go row by row into the target table, in plan order, and are counted per area; PAR INDEX and
 * SIPAS rows are repeated in {@link ReportContent#indexes}. Narrative fields are left null here and
 * filled by {@link #withNarrative}, so re-assembly replaces the numbers and keeps the officer's text.
 */
public final class ReportAssembler {

    /** Indicators shown as composite indexes. */
    static final Set<String> INDEX_CODES = Set.of("PAR_INDEX", "PAR_INDEX_RANK", "SIPAS");
    /** Upcoming tasks are those due within this many months after the cut-off end. */
    static final int UPCOMING_MONTHS = 3;

    private static final Map<String, String> STATUS_VI = Map.of(
            "MET", "Đạt", "NOT_MET", "Không đạt", "AT_RISK", "Có nguy cơ không đạt", "ON_TRACK", "Đúng tiến độ",
            "NO_DATA", "Chưa có số liệu", "NOT_EVALUABLE", "Không đánh giá được");

    private ReportAssembler() {
    }

    /**
     * @param header     the header (unit, regime, period, cut-off)
     * @param tasks      the unit's entry of plan-service's summary with its tasks listed; null when the unit has no plan that year
     * @param evaluation kpi-service's evaluation of the unit's targets
     * @return the content, narrative fields null
     */
    public static ReportContent assemble(ReportHeader header, TaskSummary.UnitTasks tasks, Evaluation evaluation) {
        List<TaskSummary.TaskItem> items = tasks == null || tasks.tasks() == null ? List.of() : tasks.tasks();
        List<TargetRow> rows = targetRows(evaluation);
        List<ReportContent.AreaSection> areas = new ArrayList<>();
        for (ReformArea a : ReformArea.values()) {
            if (a != ReformArea.DIRECTION) {
                areas.add(new ReportContent.AreaSection(a.name(), a.number(), a.title(), null, figures(items, a),
                        counts(rows, r -> a.name().equals(r.area()))));
            }
        }
        List<IndexValue> indexes = rows.stream().filter(r -> r.indicatorCode() != null && INDEX_CODES.contains(r.indicatorCode()))
                .map(r -> new IndexValue(r.indicatorCode(), r.ref(), r.threshold(), r.value(), r.status())).toList();
        TargetCounts all = counts(rows, r -> true);
        return new ReportContent(ReportContent.FORMAT, header,
                new ReportContent.DirectionSection(null, figures(items, ReformArea.DIRECTION)),
                areas,
                new TargetTable(all, rows),
                indexes,
                new ReportContent.Assessment(null, null, null, taskCounts(items, tasks), all),
                new ReportContent.NextPeriod(null, upcoming(items, header.cutOff())),
                new ReportContent.Proposals(null));
    }

    /**
     * @param content   assembled content
     * @param narrative the officer's text
     * @return the content with the narrative put in its sections; numbers untouched
     */
    public static ReportContent withNarrative(ReportContent content, Narrative narrative) {
        Narrative n = narrative == null ? Narrative.EMPTY : narrative;
        Map<String, String> perArea = n.areas() == null ? Map.of() : n.areas();
        return new ReportContent(content.format(), content.header(),
                new ReportContent.DirectionSection(n.direction(), content.direction().tasks()),
                content.areas().stream().map(a -> new ReportContent.AreaSection(a.area(), a.number(), a.title(), perArea.get(a.area()),
                        a.tasks(), a.targets())).toList(),
                content.targets(), content.indexes(),
                new ReportContent.Assessment(n.strengths(), n.limitations(), n.causes(), content.assessment().tasks(),
                        content.assessment().targets()),
                new ReportContent.NextPeriod(n.nextPeriod(), content.nextPeriod().upcoming()),
                new ReportContent.Proposals(n.proposals()));
    }

    /** @return the Vietnamese word for an evaluation status, the status itself when unknown */
    public static String statusText(String status) {
        return status == null ? null : STATUS_VI.getOrDefault(status, status);
    }

    private static TaskFigures figures(List<TaskSummary.TaskItem> items, ReformArea area) {
        List<TaskSummary.TaskItem> of = items.stream().filter(t -> area.name().equals(t.area())).toList();
        return new TaskFigures(taskCounts(of, null), of.stream().map(ReportAssembler::line).toList());
    }

    private static TaskCounts taskCounts(List<TaskSummary.TaskItem> items, TaskSummary.UnitTasks summary) {
        if (items.isEmpty() && summary != null && summary.counts() != null) {
            TaskSummary.Counts c = summary.counts();
            return new TaskCounts(c.total(), c.done(), c.inProgress(), c.notStarted(), c.cancelled(), c.overdue(), 0);
        }
        long done = 0, inProgress = 0, notStarted = 0, cancelled = 0, overdue = 0, outputs = 0;
        for (TaskSummary.TaskItem t : items) {
            switch (String.valueOf(t.status())) {
                case "DONE" -> {
                    done++;
                    outputs += t.outputs() == null ? 0 : t.outputs().size();
                }
                case "IN_PROGRESS" -> inProgress++;
                case "CANCELLED" -> cancelled++;
                default -> notStarted++;
            }
            if (t.overdue()) {
                overdue++;
            }
        }
        return new TaskCounts(items.size(), done, inProgress, notStarted, cancelled, overdue, outputs);
    }

    private static TaskLine line(TaskSummary.TaskItem t) {
        return new TaskLine(t.id(), t.number(), t.title(), t.outputs() == null ? List.of() : t.outputs(),
                t.leads() == null ? List.of() : t.leads(), t.dueDate(), t.status(), t.progress(), t.overdue());
    }

    private static List<TaskLine> upcoming(List<TaskSummary.TaskItem> items, LocalDate cutOff) {
        LocalDate until = cutOff.plusMonths(UPCOMING_MONTHS);
        Predicate<TaskSummary.TaskItem> open = t -> !"DONE".equals(t.status()) && !"CANCELLED".equals(t.status());
        List<TaskLine> out = new ArrayList<>();
        items.stream().filter(open).filter(t -> t.dueDate() != null && t.dueDate().isAfter(cutOff) && !t.dueDate().isAfter(until))
                .sorted(Comparator.comparing(TaskSummary.TaskItem::dueDate)).map(ReportAssembler::line).forEach(out::add);
        items.stream().filter(open).filter(TaskSummary.TaskItem::overdue).map(ReportAssembler::line).forEach(out::add);
        return out;
    }

    private static List<TargetRow> targetRows(Evaluation evaluation) {
        List<TargetRow> rows = new ArrayList<>();
        if (evaluation == null || evaluation.targets() == null) {
            return rows;
        }
        for (Evaluation.Target t : evaluation.targets()) {
            List<Evaluation.Measure> measures = t.measures() == null ? List.of() : t.measures();
            for (Evaluation.Measure m : measures) {
                rows.add(new TargetRow(t.targetId(), t.ref(), t.area(), t.text(), m.clause(), m.indicatorCode(), m.comparator(),
                        m.threshold(), m.unit(), m.value(), m.numerator(), m.denominator(), m.status(), statusText(m.status()),
                        m.gap(), m.reason()));
            }
        }
        return rows;
    }

    private static TargetCounts counts(List<TargetRow> rows, Predicate<TargetRow> which) {
        long total = 0, met = 0, notMet = 0, atRisk = 0, onTrack = 0, noData = 0, notEvaluable = 0;
        for (TargetRow r : rows) {
            if (!which.test(r)) {
                continue;
            }
            total++;
            switch (Objects.toString(r.status(), "")) {
                case "MET" -> met++;
                case "NOT_MET" -> notMet++;
                case "AT_RISK" -> atRisk++;
                case "ON_TRACK" -> onTrack++;
                case "NO_DATA" -> noData++;
                default -> notEvaluable++;
            }
        }
        return new TargetCounts(total, met, notMet, atRisk, onTrack, noData, notEvaluable);
    }
}
