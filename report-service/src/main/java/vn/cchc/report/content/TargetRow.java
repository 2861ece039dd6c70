package vn.cchc.report.content;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One measure of a target, judged year-to-date as of the cut-off end.
 *
 * @param targetId      target id in plan-service
 * @param ref           the target's ref in the plan, e.g. T2
 * @param area          reform area code, null for a plan-wide target
 * @param text          the target sentence verbatim (chỉ tiêu)
 * @param clause        the measured clause verbatim
 * @param indicatorCode indicator, e.g. TTHC_ON_TIME; null when none
 * @param comparator    AT_LEAST, AT_MOST, EQUAL, REDUCE_BY_AT_LEAST, INCREASE_BY_AT_LEAST, TOP_GROUP, RANK_AT_MOST
 * @param threshold     the threshold (chỉ tiêu giao), may be null
 * @param unit          unit of the threshold, e.g. PERCENT
 * @param value         the value achieved (kết quả đạt được), null without data
 * @param numerator     Σ numerators for a ratio
 * @param denominator   Σ denominators for a ratio
 * @param status        MET, NOT_MET, AT_RISK, ON_TRACK, NO_DATA, NOT_EVALUABLE
 * @param statusText    the status in Vietnamese (đạt, không đạt, …)
 * @param gap           value − threshold
 * @param reason        why this status
 */
@Schema(name = "ReportTargetRow", description = "Một dòng của bảng chỉ tiêu: chỉ tiêu giao, kết quả, đánh giá")
public record TargetRow(long targetId, String ref, String area, String text, String clause, String indicatorCode, String comparator,
                        BigDecimal threshold, String unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                        String status, String statusText, BigDecimal gap, String reason) {
}
