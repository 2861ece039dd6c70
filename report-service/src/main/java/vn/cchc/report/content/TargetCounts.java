package vn.cchc.report.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Target measures per status (from kpi-service's evaluation).
 *
 * @param total        measures
 * @param met          đạt
 * @param notMet       không đạt
 * @param atRisk       có nguy cơ không đạt
 * @param onTrack      đúng tiến độ
 * @param noData       chưa có số liệu
 * @param notEvaluable không đánh giá được
 */
@Schema(name = "ReportTargetCounts", description = "Số chỉ tiêu đạt, không đạt, có nguy cơ không đạt, đúng tiến độ, chưa có số liệu, không đánh giá được")
public record TargetCounts(long total, long met, long notMet, long atRisk, long onTrack, long noData, long notEvaluable) {

    /** No measures. */
    public static final TargetCounts NONE = new TargetCounts(0, 0, 0, 0, 0, 0, 0);
}
