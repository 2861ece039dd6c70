package vn.cchc.report.content;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A composite index the plan measures (PAR INDEX, its rank, SIPAS), taken from the target table.
 *
 * @param indicatorCode PAR_INDEX, PAR_INDEX_RANK or SIPAS
 * @param ref           the target it comes from
 * @param threshold     the target's threshold
 * @param value         the value, null without data
 * @param status        its status
 */
@Schema(name = "ReportIndexValue", description = "Chỉ số CCHC (PAR INDEX), thứ hạng, chỉ số hài lòng (SIPAS)")
public record IndexValue(String indicatorCode, String ref, BigDecimal threshold, BigDecimal value, String status) {
}
