package vn.cchc.plan.exchange.table;

import java.util.List;
import vn.cchc.plan.exchange.PlanDocument;

/**
 * What {@link TaskTableReader} makes of a task table in the appendix layout of the 2026 plans
 * ({@code TT | Nhiệm vụ | Sản phẩm | Lãnh đạo chủ trì | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
 * hoàn thành}, section rows "I | Chỉ đạo điều hành" between the tasks).
 *
 * <p>The reader never stops at the first bad row: {@code errors} lists every problem found, in row
 * order, and {@code tasks} holds only the tasks whose rows had none. Accepting a table only when
 * {@link #ok()} (all or nothing) is the caller's decision.
 *
 * @param groups the section rows in document order (key = the numeral as written without its dot,
 *               area inferred from the label or null for a group of the plan's own); never null
 * @param tasks  the task rows without errors in document order, each with one assignment per row
 *               (first row plus continuation rows); status, progress and parentRef are null; never null
 * @param errors every problem found, sorted by row; empty when the table is fine; never null
 */
public record TaskTable(List<PlanDocument.GroupDoc> groups, List<PlanDocument.TaskDoc> tasks, List<RowError> errors) {

    /** Copies the lists; null lists become empty ones. */
    public TaskTable {
        groups = groups == null ? List.of() : List.copyOf(groups);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** @return true when no error was found */
    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * One problem of the table.
     *
     * @param row    1-based row of the sheet or line of the CSV file where the offending row starts;
     *               0 for a problem of the whole file (too large, not a workbook, no header…)
     * @param column the column's header as written in the file (or the canonical name of a missing
     *               column, see {@link Column#header()}); null when the problem is the whole row or file
     * @param reason what is wrong, in plain words (English, quoting the Vietnamese text where useful)
     */
    public record RowError(int row, String column, String reason) {
    }

    /**
     * The columns of the table, with the canonical headers that {@link TaskTableWriter} writes. The
     * reader recognises each by the synonyms the 2026 plans use (see {@link TaskTableReader}).
     */
    public enum Column {
        /** Số thứ tự: the task number, or the numeral of a section row. */
        TT("TT", true),
        /** The task (nhiệm vụ, nội dung công việc), or the label of a section row. */
        TASK("Nhiệm vụ", true),
        /** Outputs (sản phẩm), one per line. */
        OUTPUTS("Sản phẩm", true),
        /** Leader in charge (lãnh đạo chủ trì); the only optional column. */
        LEADER("Lãnh đạo chủ trì", false),
        /** Lead units (cơ quan chủ trì), one per line. */
        LEAD("Cơ quan chủ trì", true),
        /** Coordinating units (cơ quan phối hợp), one per line. */
        COORDINATORS("Cơ quan phối hợp", true),
        /** Deadline as written (thời gian hoàn thành). */
        DEADLINE("Thời gian hoàn thành", true);

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        /** @return the header the writer uses, e.g. "Cơ quan chủ trì" */
        public String header() {
            return header;
        }

        /** @return whether a table without this column is rejected */
        public boolean required() {
            return required;
        }
    }
}
