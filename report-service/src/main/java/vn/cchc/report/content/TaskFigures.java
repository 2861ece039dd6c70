package vn.cchc.report.content;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tasks of one reform area as of the cut-off end.
 *
 * @param counts per status
 * @param tasks  each task in plan order
 */
@Schema(name = "ReportTaskFigures", description = "Nhiệm vụ của lĩnh vực tại thời điểm chốt số liệu")
public record TaskFigures(TaskCounts counts, List<TaskLine> tasks) {
}
