package vn.cchc.kpi.measurement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a bulk write did, or would do with {@code dryRun=true}. Counts only, unless the caller asked for
 * the rows with {@code echo=rows}: a 5000-row answer with every revision is about 2 MB.
 *
 * @param dryRun    true when nothing was written
 * @param rows      rows in the batch
 * @param created   rows that are the first value of their (unit, indicator, period)
 * @param corrected rows that supersede a current value ({@code supersede=true} only); as many revisions
 *                  were superseded (kept as history with {@code current = false})
 * @param written   revisions written: {@code rows}, or 0 on a dry run
 * @param items     the revisions written, in batch order, with {@code echo=rows}; else empty (and
 *                  always empty on a dry run)
 */
@Schema(name = "BulkResult", description = "Outcome of a bulk write (nhập số liệu hàng loạt): all rows written, or none.")
public record BulkResult(
        @Schema(description = "True when nothing was written (kiểm tra thử)") boolean dryRun,
        @Schema(description = "Rows in the batch", example = "2") int rows,
        @Schema(description = "Rows that are a first value", example = "2") int created,
        @Schema(description = "Rows that supersede a current value (supersede=true); as many revisions are kept as history (đính chính)",
                example = "0") int corrected,
        @Schema(description = "Revisions written (số bản ghi đã ghi): rows, or 0 on a dry run", example = "2") int written,
        @Schema(description = "Revisions written, in batch order, only with echo=rows; otherwise empty, and empty on a dry run")
        List<MeasurementView> items) {
}
