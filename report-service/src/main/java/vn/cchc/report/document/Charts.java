package vn.cchc.report.document;

import java.util.List;
import vn.cchc.report.document.AdministrativeDocument.Chart;
import vn.cchc.report.document.AdministrativeDocument.ChartKind;
import vn.cchc.report.document.AdministrativeDocument.Series;

/** The two standard charts of a CCHC report, built from plain figures. */
public final class Charts {

    private Charts() {
    }

    /**
     * Targets of one reform area by status, as kpi-service evaluates them.
     *
     * @param area    the area's short name, e.g. "Cải cách TTHC"
     * @param met     targets met (đạt)
     * @param notMet  targets not met (không đạt)
     * @param atRisk  targets at risk (có nguy cơ không đạt)
     * @param noData  targets without data (chưa có số liệu)
     */
    public record AreaAttainment(String area, int met, int notMet, int atRisk, int noData) {
    }

    /**
     * One ward's place in a ranking.
     *
     * @param unit  the ward's name, e.g. "Phường Ba Đình"
     * @param score its score (e.g. percentage of targets met, or PAR INDEX points)
     */
    public record Ranked(String unit, double score) {
    }

    /**
     * Target attainment per reform area for a unit: stacked bars met / not met / at risk / no data.
     *
     * @param title the chart title, e.g. "Kết quả thực hiện chỉ tiêu theo lĩnh vực - Phường Ba Đình"
     * @param areas one entry per area, in the order to draw
     * @return the chart
     */
    public static Chart attainmentByArea(String title, List<AreaAttainment> areas) {
        List<String> names = areas.stream().map(AreaAttainment::area).toList();
        return new Chart(ChartKind.STACKED_BARS, title, "Lĩnh vực cải cách", "Số chỉ tiêu", names, List.of(
                new Series("Đạt", areas.stream().map(a -> (double) a.met()).toList(), "#2E7D32"),
                new Series("Không đạt", areas.stream().map(a -> (double) a.notMet()).toList(), "#C62828"),
                new Series("Có nguy cơ không đạt", areas.stream().map(a -> (double) a.atRisk()).toList(), "#F9A825"),
                new Series("Chưa có số liệu", areas.stream().map(a -> (double) a.noData()).toList(), "#9E9E9E")));
    }

    /**
     * The ranking of wards: horizontal bars, best first (sorted here, ties by name).
     *
     * @param title      the chart title, e.g. "Xếp hạng các phường, xã theo tỷ lệ chỉ tiêu đạt - Quý I/2026"
     * @param valueLabel the value axis, e.g. "Tỷ lệ chỉ tiêu đạt (%)"
     * @param wards      the wards with their scores, any order
     * @return the chart
     */
    public static Chart wardRanking(String title, String valueLabel, List<Ranked> wards) {
        List<Ranked> sorted = wards.stream()
                .sorted(java.util.Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::unit)).toList();
        return new Chart(ChartKind.RANKING_BARS, title, "Đơn vị", valueLabel, sorted.stream().map(Ranked::unit).toList(),
                List.of(new Series(valueLabel, sorted.stream().map(r -> (Double) r.score()).toList(), "#1565C0")));
    }
}
