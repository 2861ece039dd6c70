package vn.cchc.report.content;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The target table (Phụ lục: kết quả thực hiện các chỉ tiêu): one row per measure of each target.
 *
 * @param counts per status over all rows
 * @param rows   in plan order
 */
@Schema(name = "ReportTargetTable", description = "Bảng kết quả thực hiện chỉ tiêu")
public record TargetTable(TargetCounts counts, List<TargetRow> rows) {
}
