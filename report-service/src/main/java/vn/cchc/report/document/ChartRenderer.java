package vn.cchc.report.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.report.document.AdministrativeDocument.Chart;
import vn.cchc.report.document.AdministrativeDocument.ChartKind;
import vn.cchc.report.document.AdministrativeDocument.Series;

/**
 * Draws a {@link Chart} as a PNG with JFreeChart, in a font that has the Vietnamese glyphs (the
 * configured TrueType font, {@link DocumentFonts}): {@link ChartKind#STACKED_BARS} as vertical stacked
 * bars with the series in the legend, {@link ChartKind#RANKING_BARS} as horizontal bars with their
 * values, the first category on top. Headless; one instance is safe for concurrent use.
 */
public class ChartRenderer {

    /** Default picture size in pixels: printed 16 × 8 cm, about 150 dpi. */
    public static final int WIDTH = 960;
    /** Default height in pixels. */
    public static final int HEIGHT = 480;

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0xff7f0e),
            new Color(0x9e9e9e), new Color(0x2ca02c), new Color(0x9467bd)};

    private final Font base;

    /** @param base the font family to draw every text in (its size is set per element) */
    public ChartRenderer(Font base) {
        this.base = base;
    }

    /**
     * @param chart the chart
     * @return a PNG of {@link #WIDTH} × {@link #HEIGHT} pixels
     */
    public byte[] png(Chart chart) {
        return png(chart, WIDTH, chart.kind() == ChartKind.RANKING_BARS ? rankingHeight(chart) : HEIGHT);
    }

    /**
     * @param chart  the chart
     * @param width  in pixels
     * @param height in pixels
     * @return the PNG's bytes
     */
    public byte[] png(Chart chart, int width, int height) {
        JFreeChart c = draw(chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, c, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The tallest ranking: one and a half times its width, so that it fits an A4 page under a heading. */
    static final int MAX_RANKING_HEIGHT = WIDTH * 3 / 2;

    /**
     * A ranking's height grows with its rows (34 px each) up to {@link #MAX_RANKING_HEIGHT}; past that
     * (a city's 126 wards) the rows get thinner and their labels smaller instead.
     */
    static int rankingHeight(Chart chart) {
        return Math.min(MAX_RANKING_HEIGHT, Math.max(HEIGHT / 2, 140 + 34 * chart.categories().size()));
    }

    /** @return the category label size for a ranking: 16 px, less when the rows are thinner, never under 6 */
    private static float rankingLabelSize(Chart chart) {
        float perRow = (rankingHeight(chart) - 140f) / Math.max(1, chart.categories().size());
        return Math.max(6f, Math.min(16f, perRow * 0.7f));
    }

    JFreeChart draw(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(s.values().get(i), s.name(), chart.categories().get(i));
            }
        }
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 22f));
        theme.setLargeFont(base.deriveFont(Font.BOLD, 18f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 17f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 16f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xc8c8c8));
        JFreeChart c;
        if (chart.kind() == ChartKind.STACKED_BARS) {
            c = ChartFactory.createStackedBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
                    PlotOrientation.VERTICAL, true, false, false);
        } else {
            c = ChartFactory.createBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
                    PlotOrientation.HORIZONTAL, chart.series().size() > 1, false, false);
        }
        theme.apply(c);
        CategoryPlot plot = c.getCategoryPlot();
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(chart.kind() == ChartKind.STACKED_BARS ? 0.12 : 0.08);
        List<Series> series = chart.series();
        for (int i = 0; i < series.size(); i++) {
            String hex = series.get(i).color();
            r.setSeriesPaint(i, hex != null ? Color.decode(hex) : PALETTE[i % PALETTE.length]);
        }
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(3);
        if (chart.kind() == ChartKind.RANKING_BARS) {
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
            r.setDefaultItemLabelsVisible(true);
            float size = rankingLabelSize(chart);
            r.setDefaultItemLabelFont(base.deriveFont(Font.PLAIN, size));
            axis.setTickLabelFont(base.deriveFont(Font.PLAIN, size));
            axis.setMaximumCategoryLabelLines(1);
            axis.setCategoryMargin(0.1);
            axis.setMaximumCategoryLabelWidthRatio(0.35f);
        } else {
            axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        LegendTitle legend = c.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(base.deriveFont(Font.PLAIN, 17f));
        }
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        return c;
    }
}
