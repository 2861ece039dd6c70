package vn.cchc.kpi.indicator;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator of the catalogue as the API returns it.
 *
 * @param code        indicator code (mã chỉ tiêu)
 * @param nameVi      Vietnamese name (tên chỉ tiêu), NFC
 * @param nameEn      English name
 * @param kind        kind of number (loại)
 * @param direction   which way is better (chiều đánh giá)
 * @param unit        unit of measure (đơn vị tính)
 * @param periodType  shortest measurement period (kỳ đo)
 * @param aggregation roll-up rule (cách tổng hợp)
 * @param description how it is computed and its source, may be null
 * @param version     optimistic-lock version, also sent as the ETag
 * @param updatedAt   last change
 */
@Schema(name = "Indicator", description = "An indicator of the catalogue (chỉ tiêu, chỉ số): what a plan's targets are measured by.")
public record IndicatorView(
        @Schema(description = "Indicator code (mã chỉ tiêu): upper-case letters and digits in underscore-separated groups", example = "TTHC_ON_TIME")
        String code,
        @Schema(description = "Vietnamese name (tên chỉ tiêu), stored NFC", example = "Tỷ lệ hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn")
        String nameVi,
        @Schema(description = "English name (tên tiếng Anh)", example = "Share of TTHC dossiers settled on time or early")
        String nameEn,
        @Schema(description = "Kind of number (loại chỉ tiêu)")
        IndicatorKind kind,
        @Schema(description = "Which way is better (chiều đánh giá)")
        Direction direction,
        @Schema(description = "Unit of measure (đơn vị tính)")
        IndicatorUnit unit,
        @Schema(description = "Shortest measurement period (kỳ đo)")
        PeriodType periodType,
        @Schema(description = "How child units roll up to the parent (cách tổng hợp lên cấp trên)")
        Aggregation aggregation,
        @Schema(description = "How the value is computed and its source in the plans (mô tả, cách tính)")
        String description,
        @Schema(description = "Version for optimistic locking; send it back in If-Match", example = "0")
        long version,
        @Schema(description = "Time of the last change")
        Instant updatedAt) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code, i.nameVi, i.nameEn, i.kind, i.direction, i.unit, i.periodType,
                i.aggregation, i.description, i.version, i.updatedAt);
    }
}
