package vn.cchc.plan.target;

import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One measurable clause of a target sentence, as read by {@link TargetSentenceParser}. Immutable.
 *
 * @param clause        the clause of the sentence this measure comes from, verbatim (NFC), without the
 *                      surrounding "; " or ", " separators; never null
 * @param comparator    how the value is to be met; never null
 * @param value         the number written in the clause (100 for "100%", 2 for "02 cuộc"); null only for
 *                      {@link Comparator#TOP_GROUP}
 * @param unit          the value's unit ({@link MeasureUnit#RANK} for ranking comparators); never null
 * @param baselineYear  the year a change is measured against ("so với năm 2025"); null when not written
 * @param indicatorCode suggested kpi-service indicator code (TTHC_ON_TIME, DVC_FULL_ONLINE,
 *                      TTHC_ONLINE_PAYMENT, TTHC_DIGITISED, PAKN_ON_TIME, SIPAS, PAR_INDEX, PAR_INDEX_RANK),
 *                      chosen by keywords; null when none or more than one fits (a person decides)
 */
@Schema(name = "TargetMeasure", description = "One measurable clause of a target (chỉ tiêu): comparator, value, unit, indicator")
public record TargetMeasure(
        @Schema(description = "The clause of the sentence, verbatim (vế câu)", example = "Chỉ số SIPAS của Thành phố đạt tối thiểu 86%", required = true)
        String clause,
        @Schema(description = "How the value is to be met (so sánh): AT_LEAST = tối thiểu / từ … trở lên; REDUCE_BY_AT_LEAST = giảm tối thiểu; TOP_GROUP = xếp trong nhóm đứng đầu", required = true)
        Comparator comparator,
        @Schema(description = "The threshold as written (ngưỡng); required, except for TOP_GROUP", example = "86")
        BigDecimal value,
        @Schema(description = "Unit of the value (đơn vị tính)", example = "PERCENT", required = true)
        MeasureUnit unit,
        @Schema(description = "Year a change is measured against (năm gốc so sánh), e.g. 'so với năm 2025'", example = "2025")
        Integer baselineYear,
        @Schema(description = "Indicator of kpi-service that measures it (mã chỉ số)", example = "SIPAS")
        String indicatorCode) {

    /**
     * Canonical constructor.
     *
     * @throws NullPointerException     when {@code clause}, {@code comparator} or {@code unit} is null
     * @throws IllegalArgumentException when {@code value} is null for a comparator other than
     *                                  {@link Comparator#TOP_GROUP}
     */
    public TargetMeasure {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(unit, "unit");
        if (value == null && comparator != Comparator.TOP_GROUP) {
            throw new IllegalArgumentException("value is required for " + comparator);
        }
    }
}
