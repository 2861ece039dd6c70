package vn.cchc.kpi.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/indicators/{code}}: every field but the code, which targets and
 * measurements refer to and so never changes.
 *
 * @param nameVi      Vietnamese name
 * @param nameEn      English name
 * @param kind        kind of number
 * @param direction   which way is better
 * @param unit        unit of measure
 * @param periodType  shortest measurement period
 * @param aggregation roll-up rule, consistent with the kind
 * @param description how it is computed and where it comes from, optional
 */
@Schema(name = "IndicatorChange", description = "New definition of a catalogue indicator (sửa chỉ tiêu); the code stays.")
public record IndicatorChange(
        @NotBlank @Size(max = 500)
        @Schema(description = "Vietnamese name (tên chỉ tiêu)", example = "Tỷ lệ hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn", required = true)
        String nameVi,
        @NotBlank @Size(max = 500)
        @Schema(description = "English name (tên tiếng Anh)", example = "Share of TTHC dossiers settled on time or early", required = true)
        String nameEn,
        @NotNull
        @Schema(description = "Kind of number (loại chỉ tiêu)", example = "RATIO", required = true)
        IndicatorKind kind,
        @NotNull
        @Schema(description = "Which way is better (chiều đánh giá)", example = "HIGHER_IS_BETTER", required = true)
        Direction direction,
        @NotNull
        @Schema(description = "Unit of measure (đơn vị tính)", example = "PERCENT", required = true)
        IndicatorUnit unit,
        @NotNull
        @Schema(description = "Shortest measurement period (kỳ đo)", example = "MONTH", required = true)
        PeriodType periodType,
        @NotNull
        @Schema(description = "How child units roll up (cách tổng hợp lên cấp trên)", example = "RATIO_OF_SUMS", required = true)
        Aggregation aggregation,
        @Size(max = 4000)
        @Schema(description = "How the value is computed and its source (mô tả, cách tính)")
        String description) implements IndicatorDefinition {
}
