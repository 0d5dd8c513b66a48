package io.github.spice4j.plot;

import io.github.spice4j.TimeInterval;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the four spice4j pictures as XChart {@link XYChart}s; write them with {@link ChartFiles#write}.
 * Every axis has fixed bounds (given in each method), so a value maps linearly onto the plot area: the
 * rectangle filled with {@link #PLOT_BACKGROUND}, of which the data use the middle {@link #CONTENT_SIZE}
 * fraction in each direction. Time axes count hours (spans up to three days) or days since the first epoch.
 */
public final class Charts {
  /** Default picture width, pixels. */
  public static final int WIDTH = 800;
  /** Default picture height, pixels. */
  public static final int HEIGHT = 500;
  /** Fill of the plot area (distinct from the white picture background). */
  public static final Color PLOT_BACKGROUND = new Color(0xF4, 0xF6, 0xF8);
  /** Fraction of the plot area's width and height that the axis bounds span (centered). */
  public static final double CONTENT_SIZE = 0.94;
  /** Colour of the main series (distance, track, first timeline row). */
  public static final Color PRIMARY = new Color(0x1F, 0x77, 0xB4);
  /** Colour of the second series (range rate, second timeline row). */
  public static final Color SECONDARY = new Color(0xD6, 0x27, 0x28);
  /** Timeline row colours, in order (repeated after the last). */
  static final Color[] ROW_COLORS = {PRIMARY, SECONDARY, new Color(0x2C, 0xA0, 0x2C), new Color(0x94, 0x67, 0xBD),
      new Color(0xFF, 0x7F, 0x0E), new Color(0x8C, 0x56, 0x4B)};
  /** Thickness of timeline bars, pixels. */
  static final float BAR_WIDTH = 12f;
  /** Seconds per hour and per day, the two time-axis units. */
  private static final double HOUR = 3600.0;
  private static final double DAY = 86400.0;

  private Charts() {}

  /**
   * Distance (left axis, km, {@link #PRIMARY}) and range rate (right axis, km/s, {@link #SECONDARY}) over time.
   * Axis bounds: time 0 to the series span; distance and range rate from their minimum to maximum.
   *
   * @param series the samples
   * @param title chart title, e.g. {@code "MOON from EARTH"}
   * @param startUtc the first epoch as UTC text, shown in the time axis title
   * @return the chart
   */
  public static XYChart distance(DistanceSeries series, String title, String startUtc) {
    double[] et = series.et();
    double unit = timeUnit(et[0], et[et.length - 1]);
    XYChart chart = base(title, timeAxisTitle(unit, startUtc), "distance (km)");
    double[] t = since(et, et[0], unit);
    XYSeries range = line(chart, "distance (km)", t, series.range(), PRIMARY);
    XYSeries rate = line(chart, "range rate (km/s)", t, series.rangeRate(), SECONDARY);
    range.setYAxisGroup(0);
    rate.setYAxisGroup(1);
    chart.setYAxisGroupTitle(1, "range rate (km/s)");
    XYStyler styler = chart.getStyler();
    styler.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    styler.setXAxisMin(0.0).setXAxisMax(t[t.length - 1]);
    styler.setYAxisMin(0, min(series.range())).setYAxisMax(0, max(series.range()));
    styler.setYAxisMin(1, min(series.rangeRate())).setYAxisMax(1, max(series.rangeRate()));
    return chart;
  }

  /**
   * A ground track on a longitude/latitude map: x longitude -180..180 degrees, y latitude -90..90 degrees,
   * the line broken where it crosses the ±180° meridian.
   *
   * @param track the samples
   * @param title chart title
   * @return the chart
   */
  public static XYChart groundTrack(GroundTrack track, String title) {
    XYChart chart = base(title, "longitude (deg)", "latitude (deg)");
    double[][] xy = breakAtWrap(track.longitude(), track.latitude(), 360.0);
    line(chart, "sub-observer point", xy[0], xy[1], PRIMARY);
    bounds(chart, -180, 180, -90, 90);
    return chart;
  }

  /**
   * Azimuth against elevation for a station: x compass azimuth 0..360 degrees, y elevation 0..90 degrees.
   * Only samples above the horizon are drawn; the line is broken where the target sets or the azimuth
   * wraps through north.
   *
   * @param track the samples
   * @param title chart title
   * @return the chart
   */
  public static XYChart skyTrack(SkyTrack track, String title) {
    XYChart chart = base(title, "azimuth (deg, from north through east)", "elevation (deg)");
    double[] az = track.azimuth().clone();
    double[] el = track.elevation().clone();
    for (int i = 0; i < el.length; i++) {
      if (el[i] < 0) az[i] = el[i] = Double.NaN; // below the horizon: a break in the line
    }
    double[][] xy = breakAtWrap(az, el, 360.0);
    line(chart, "track", xy[0], xy[1], PRIMARY);
    bounds(chart, 0, 360, 0, 90);
    return chart;
  }

  /**
   * Event windows as horizontal bars, one row per {@link TimelineRow} (first row on top, labels in the legend):
   * x time from {@code et0} (0) to {@code et1}, y rows -1..n (row {@code i} at {@code n - 1 - i}). Windows are
   * clipped to [et0, et1].
   *
   * @param rows the rows (at least one)
   * @param et0 start of the time axis, ET
   * @param et1 end of the time axis, ET
   * @param title chart title
   * @param startUtc {@code et0} as UTC text, shown in the time axis title
   * @return the chart
   * @throws IllegalArgumentException if there are no rows or {@code et1 <= et0}
   */
  public static XYChart timeline(List<TimelineRow> rows, double et0, double et1, String title, String startUtc) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) throw new IllegalArgumentException("timeline needs at least one row");
    if (!(et1 > et0)) throw new IllegalArgumentException("timeline needs et1 > et0");
    double unit = timeUnit(et0, et1);
    XYChart chart = base(title, timeAxisTitle(unit, startUtc), "");
    int n = rows.size();
    for (int i = 0; i < n; i++) {
      TimelineRow row = rows.get(i);
      double[][] xy = bars(row.windows(), et0, et1, unit, n - 1 - i);
      String label = row.windows().isEmpty() ? row.label() + " (none)" : row.label();
      XYSeries s = line(chart, label, xy[0], xy[1], ROW_COLORS[i % ROW_COLORS.length]);
      // Butt caps: a bar ends exactly at its window's start and stop.
      s.setLineStyle(new BasicStroke(BAR_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }
    chart.getStyler().setYAxisTicksVisible(false);
    bounds(chart, 0, (et1 - et0) / unit, -1, n);
    return chart;
  }

  /** A chart with the common style: white picture, tinted plot area, legend below. */
  private static XYChart base(String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(PLOT_BACKGROUND);
    styler.setPlotContentSize(CONTENT_SIZE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setAntiAlias(true);
    return chart;
  }

  private static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineWidth(1.5f);
    return s;
  }

  private static void bounds(XYChart chart, double x0, double x1, double y0, double y1) {
    chart.getStyler().setXAxisMin(x0).setXAxisMax(x1).setYAxisMin(y0).setYAxisMax(y1);
  }

  /**
   * {@code angle} and {@code other} with a NaN point inserted wherever the angle jumps by more than half of
   * {@code period} between neighbours (a wrap, e.g. longitude +180 to -180): XChart breaks a line at NaN, so the
   * track stops at the map edge instead of crossing the map.
   *
   * @return {x, y} of equal length
   */
  static double[][] breakAtWrap(double[] angle, double[] other, double period) {
    double[] x = new double[angle.length * 2];
    double[] y = new double[x.length];
    int k = 0;
    for (int i = 0; i < angle.length; i++) {
      if (i > 0 && Math.abs(angle[i] - angle[i - 1]) > period / 2) {
        x[k] = y[k] = Double.NaN;
        k++;
      }
      x[k] = angle[i];
      y[k] = other[i];
      k++;
    }
    return new double[][] {Arrays.copyOf(x, k), Arrays.copyOf(y, k)};
  }

  /** Row {@code y}'s windows, clipped to [et0, et1], as x pairs separated by NaN breaks. */
  private static double[][] bars(List<TimeInterval> windows, double et0, double et1, double unit, double y) {
    if (windows.isEmpty()) return new double[][] {{Double.NaN}, {Double.NaN}};
    double[] x = new double[windows.size() * 3];
    double[] ys = new double[x.length];
    int k = 0;
    for (TimeInterval w : windows) {
      double a = Math.max(w.start(), et0);
      double b = Math.min(w.stop(), et1);
      boolean visible = b >= a;
      x[k] = visible ? (a - et0) / unit : Double.NaN;
      x[k + 1] = visible ? (b - et0) / unit : Double.NaN;
      x[k + 2] = Double.NaN;
      ys[k] = ys[k + 1] = visible ? y : Double.NaN;
      ys[k + 2] = Double.NaN;
      k += 3;
    }
    return new double[][] {x, ys};
  }

  /** Hours for spans up to three days, else days. */
  static double timeUnit(double et0, double et1) {
    return et1 - et0 <= 3 * DAY ? HOUR : DAY;
  }

  private static String timeAxisTitle(double unit, String startUtc) {
    return (unit == HOUR ? "hours" : "days") + " since " + startUtc + " UTC";
  }

  private static double[] since(double[] et, double et0, double unit) {
    double[] t = new double[et.length];
    for (int i = 0; i < et.length; i++) t[i] = (et[i] - et0) / unit;
    return t;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) m = Math.min(m, d);
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) m = Math.max(m, d);
    return m;
  }
}
