package io.vectwin.jobs.figures;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes a figure as the PNG a reader looks at (XChart) and the CSV it was drawn from (one row per
 * curve and x: {@code curve,x,y[,low,high]}), side by side as {@code NAME.png} and {@code NAME.csv}.
 */
public final class FigureFiles {

    /** Distinguishable line colours (Okabe–Ito), the band of a curve drawn in its colour, translucent. */
    private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0), new Color(0, 0, 0)};

    private FigureFiles() {
    }

    /** Writes DIR/NAME.png and DIR/NAME.csv; returns the PNG. */
    public static Path write(Path dir, String name, String title, String xLabel, String yLabel, List<Curve> curves) {
        try {
            Files.createDirectories(dir);
            Path csv = dir.resolve(name + ".csv");
            Files.write(csv, csvLines(xLabel, yLabel, curves), StandardCharsets.UTF_8);
            Path png = dir.resolve(name + ".png");
            BitmapEncoder.saveBitmap(chart(title, xLabel, yLabel, curves), png.toString(), BitmapEncoder.BitmapFormat.PNG);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure " + name + " into " + dir, e);
        }
    }

    static List<String> csvLines(String xLabel, String yLabel, List<Curve> curves) {
        boolean bands = curves.stream().anyMatch(Curve::hasBand);
        List<String> lines = new ArrayList<>();
        lines.add("curve," + column(xLabel) + "," + column(yLabel) + (bands ? ",low,high" : ""));
        for (Curve c : curves) {
            for (int i = 0; i < c.x().length; i++) {
                String row = String.format(Locale.ROOT, "%s,%s,%s", quoted(c.name()), number(c.x()[i]), number(c.y()[i]));
                if (bands) {
                    row += c.hasBand() ? "," + number(c.low()[i]) + "," + number(c.high()[i]) : ",,";
                }
                lines.add(row);
            }
        }
        return lines;
    }

    private static XYChart chart(String title, String xLabel, String yLabel, List<Curve> curves) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        for (int k = 0; k < curves.size(); k++) {
            Curve c = curves.get(k);
            Color color = PALETTE[k % PALETTE.length];
            if (c.hasBand()) {
                int n = c.x().length;
                double[] bx = new double[2 * n];
                double[] by = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    bx[i] = c.x()[i];
                    by[i] = c.high()[i];
                    bx[2 * n - 1 - i] = c.x()[i];
                    by[2 * n - 1 - i] = c.low()[i];
                }
                XYSeries band = chart.addSeries(c.name() + " 95 %", bx, by);
                band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                band.setMarker(SeriesMarkers.NONE);
                band.setShowInLegend(false);
                band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 50));
                band.setLineColor(new Color(0, 0, 0, 0));
            }
            double[][] shown = withoutNaN(c.x(), c.y());
            XYSeries s = chart.addSeries(c.name(), shown[0], shown[1]);
            s.setMarker(c.x().length > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            s.setLineColor(color);
            s.setMarkerColor(color);
        }
        return chart;
    }

    /** The points whose y is a number (NaN: nothing to show there, e.g. no subtask's links closed). */
    private static double[][] withoutNaN(double[] x, double[] y) {
        int n = 0;
        for (double v : y) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        double[][] out = new double[2][n];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        if (n == 0) {
            return new double[][] {{x[0]}, {0.0}}; // XChart needs a point; the CSV says NaN
        }
        return out;
    }

    /** RFC 4180: a field with a comma or a quote is quoted, its quotes doubled. */
    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private static String column(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
