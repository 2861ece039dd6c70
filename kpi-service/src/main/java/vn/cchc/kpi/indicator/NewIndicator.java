package vn.cchc.kpi.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/indicators}.
 *
 * @param code        new unique code, upper snake case
 * @param nameVi      Vietnamese name
 * @param nameEn      English name
 * @param kind        kind of number
 * @param direction   which way is better
 * @param unit        unit of measure
 * @param periodType  shortest measurement period
 * @param aggregation roll-up rule, consistent with the kind
 * @param description how it is computed and where it comes from, optional
 */
@Schema(name = "NewIndicator", description = "An indicator to add to the catalogue (thêm chỉ tiêu vào danh mục).")
public record NewIndicator(
        @NotBlank @Size(max = 64) @Pattern(regexp = IndicatorService.CODE_PATTERN,
                message = "must be upper-case letters and digits in underscore-separated groups, e.g. TTHC_ON_TIME")
        @Schema(description = "Indicator code (mã chỉ tiêu)", example = "CITIZEN_DIALOGUES", required = true)
        String code,
        @NotBlank @Size(max = 500)
        @Schema(description = "Vietnamese name (tên chỉ tiêu)", example = "Số cuộc đối thoại với người dân, doanh nghiệp", required = true)
        String nameVi,
        @NotBlank @Size(max = 500)
        @Schema(description = "English name (tên tiếng Anh)", example = "Dialogues held with citizens and businesses", required = true)
        String nameEn,
        @NotNull
        @Schema(description = "Kind of number (loại chỉ tiêu)", example = "COUNT", required = true)
        IndicatorKind kind,
        @NotNull
        @Schema(description = "Which way is better (chiều đánh giá)", example = "HIGHER_IS_BETTER", required = true)
        Direction direction,
        @NotNull
        @Schema(description = "Unit of measure (đơn vị tính)", example = "COUNT", required = true)
        IndicatorUnit unit,
        @NotNull
        @Schema(description = "Shortest measurement period (kỳ đo)", example = "YEAR", required = true)
        PeriodType periodType,
        @NotNull
        @Schema(description = "How child units roll up (cách tổng hợp lên cấp trên)", example = "SUM", required = true)
        Aggregation aggregation,
        @Size(max = 4000)
        @Schema(description = "How the value is computed and its source (mô tả, cách tính)",
                example = "Kế hoạch CCHC 2026 của Thành phố Hà Nội: \"Đảm bảo ít nhất 02 cuộc đối thoại trong năm (hội nghị, tọa đàm,…) với người dân, doanh nghiệp\".")
        String description) implements IndicatorDefinition {
}
