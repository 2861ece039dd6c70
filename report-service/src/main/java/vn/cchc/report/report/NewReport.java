package vn.cchc.report.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/reports}: start the report of a unit for a regime's period; its numbers
 * are assembled at once.
 *
 * @param unitCode   reporting unit, the caller's own
 * @param regimeId   a regime the unit owes
 * @param periodCode one of its periods
 */
@Schema(name = "NewReport", description = "Start a unit's report for a period (lập báo cáo kỳ)")
public record NewReport(
        @NotBlank @Size(max = 64) @Schema(example = "HN-BADINH", required = true) String unitCode,
        @NotNull @Schema(example = "1", required = true) Long regimeId,
        @NotBlank @Size(max = 16) @Schema(example = "2026-Q1", required = true) String periodCode) {
}
