package io.github.spice4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.LatitudinalCoordinates;
import io.github.spice4j.Spice;
import io.github.spice4j.Stations;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/**
 * Renders each picture from the engine's values on the shared kernels, reads the PNG and SVG back and checks
 * that the extrema sit where the engine's own routines (gfdist, spkpos, azlcpo) put them.
 */
class ChartsTest {
  private static final AberrationCorrection NONE = AberrationCorrection.NONE;
  private static Spice spice;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    Path k = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
    spice = Spice.create().load(k.resolve("lsk/naif0012.tls"), k.resolve("pck/pck00011.tpc"),
        k.resolve("spk/de440s_2023_2026_excerpt.bsp"), k.resolve("spk/earthstns_itrf93_201023.bsp"));
  }

  @AfterAll
  static void close() {
    spice.close();
  }

  @Test
  void distancePlotHasItsMinimumAtTheGfdistPerigee() throws Exception {
    double et0 = spice.utcToEt("2024-01-01T00:00"), et1 = spice.utcToEt("2024-01-28T00:00"), step = 3600;
    DistanceSeries series = DistanceSeries.sample(spice, "MOON", "EARTH", NONE, et0, et1, step);
    List<TimeInterval> perigee = spice.eventFinder().distance("MOON", "EARTH", NONE, GfConstraint.localMinimum(),
        List.of(new TimeInterval(et0, et1)), 86400 / 4.0);
    assertEquals(1, perigee.size(), "one perigee in the window");
    double tp = perigee.get(0).start();
    double dp = spice.position("MOON", "EARTH", "J2000", NONE, tp).position().norm();
    XYChart chart = Charts.distance(series, "MOON from EARTH", "2024-01-01");
    double days = (et1 - et0) / 86400;

    Pictures.Svg svg = Pictures.Svg.read(ChartFiles.write(chart, dir.resolve("distance.svg")));
    Pictures.Axes axes = new Pictures.Axes(svg.plotArea(), 0, days, min(series.range()), max(series.range()));
    double[] low = lowest(svg.lines(Charts.PRIMARY));
    double drawnEt = et0 + axes.toX(low[0]) * 86400;
    assertEquals(tp, drawnEt, step + axes.xPerPixel() * 86400, "drawn minimum at the gfdist LOCMIN epoch");
    assertEquals(dp, axes.toY(low[1]), axes.yPerPixel() + 1, "drawn minimum distance");
    // The range rate (right axis) turns from negative to positive at perigee.
    Pictures.Axes rateAxes = new Pictures.Axes(svg.plotArea(), 0, days, min(series.rangeRate()),
        max(series.rangeRate()));
    double zero = rateAxes.py(0);
    double[] up = svg.lines(Charts.SECONDARY).stream().filter(l -> l[1] > zero && l[3] <= zero).findFirst()
        .orElseThrow();
    assertEquals(tp, et0 + rateAxes.toX(up[2]) * 86400, step + rateAxes.xPerPixel() * 86400, "range rate zero");

    Pictures.Png png = Pictures.Png.read(ChartFiles.write(chart, dir.resolve("distance.png")));
    assertEquals(Charts.WIDTH, png.image().getWidth());
    assertEquals(Charts.HEIGHT, png.image().getHeight());
    Pictures.Axes pixels = new Pictures.Axes(png.plotArea(), 0, days, min(series.range()), max(series.range()));
    assertTrue(png.hasColorNear(pixels.px((tp - et0) / 86400), pixels.py(dp), Charts.PRIMARY, 3), "perigee pixel");
  }

  @Test
  void groundTrackFollowsTheMoonAndBreaksAtTheDateLine() throws Exception {
    double et0 = spice.utcToEt("2024-01-10T00:00"), et1 = spice.utcToEt("2024-01-12T00:00"), step = 600;
    GroundTrack track = GroundTrack.sample(spice, "EARTH", "MOON", "IAU_EARTH", NONE, et0, et1, step);
    // Independent reference: the Moon's direction in IAU_EARTH (spkpos + reclat). On an ellipsoid of revolution
    // the near point has the same longitude; its planetocentric latitude is within 0.2 deg of the direction's.
    double maxLat = Double.NEGATIVE_INFINITY;
    int wraps = 0;
    double prevLon = Double.NaN;
    double[] first = null;
    for (double et : track.et()) {
      LatitudinalCoordinates c = spice.coordinates().toLatitudinal(
          spice.position("MOON", "EARTH", "IAU_EARTH", NONE, et).position());
      double lon = Math.toDegrees(c.longitude()), lat = Math.toDegrees(c.latitude());
      if (first == null) first = new double[] {lon, lat};
      maxLat = Math.max(maxLat, lat);
      if (Math.abs(lon - prevLon) > 180) wraps++;
      prevLon = lon;
    }
    assertTrue(wraps >= 1, "two days of sub-Moon track cross the date line");
    XYChart chart = Charts.groundTrack(track, "sub-Moon point");

    Pictures.Svg svg = Pictures.Svg.read(ChartFiles.write(chart, dir.resolve("track.svg")));
    Pictures.Axes axes = new Pictures.Axes(svg.plotArea(), -180, 180, -90, 90);
    List<double[]> lines = svg.lines(Charts.PRIMARY);
    assertTrue(lines.stream().noneMatch(l -> Math.abs(l[2] - l[0]) > svg.plotArea().getWidth() / 2),
        "no line across the map");
    assertEquals(wraps + 1, pieces(lines), "one polyline per date-line crossing plus one");
    double drawnMaxLat = axes.toY(lines.stream().mapToDouble(l -> Math.min(l[1], l[3])).min().orElseThrow());
    assertEquals(maxLat, drawnMaxLat, 0.3 + 2 * axes.yPerPixel(), "northernmost point");
    assertEquals(first[0], axes.toX(lines.get(0)[0]), 0.01 + axes.xPerPixel(), "first longitude");

    Pictures.Png png = Pictures.Png.read(ChartFiles.write(chart, dir.resolve("track.png")));
    Pictures.Axes pixels = new Pictures.Axes(png.plotArea(), -180, 180, -90, 90);
    assertTrue(png.hasColorNear(pixels.px(first[0]), pixels.py(first[1]), Charts.PRIMARY, 3), "first point");
  }

  @Test
  void timelineBarsSpanTheGfdistWindows() throws Exception {
    double et0 = spice.utcToEt("2024-01-01T00:00"), et1 = spice.utcToEt("2024-02-01T00:00");
    List<TimeInterval> window = List.of(new TimeInterval(et0, et1));
    List<TimelineRow> rows = List.of(
        new TimelineRow("MOON closer than 370000 km", spice.eventFinder().distance("MOON", "EARTH", NONE,
            GfConstraint.lessThan(370_000), window, 86400 / 4.0)),
        new TimelineRow("MOON farther than 400000 km", spice.eventFinder().distance("MOON", "EARTH", NONE,
            GfConstraint.greaterThan(400_000), window, 86400 / 4.0)),
        new TimelineRow("MOON closer than 300000 km", spice.eventFinder().distance("MOON", "EARTH", NONE,
            GfConstraint.lessThan(300_000), window, 86400 / 4.0)));
    XYChart chart = Charts.timeline(rows, et0, et1, "Earth-Moon distance", "2024-01-01");
    double days = (et1 - et0) / 86400;

    Pictures.Svg svg = Pictures.Svg.read(ChartFiles.write(chart, dir.resolve("timeline.svg")));
    Pictures.Axes axes = new Pictures.Axes(svg.plotArea(), 0, days, -1, rows.size());
    Pictures.Png png = Pictures.Png.read(ChartFiles.write(chart, dir.resolve("timeline.png")));
    Pictures.Axes pixels = new Pictures.Axes(png.plotArea(), 0, days, -1, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<TimeInterval> windows = rows.get(i).windows();
      assertEquals(i == 2, windows.isEmpty(), rows.get(i).label()); // the Moon never comes within 300000 km
      List<double[]> bars = svg.lines(Charts.ROW_COLORS[i]);
      assertEquals(windows.size(), bars.size(), "one bar per window");
      double tolerance = axes.xPerPixel() * 86400;
      for (int w = 0; w < windows.size(); w++) {
        TimeInterval expected = windows.get(w);
        double[] bar = bars.get(w);
        assertEquals(Math.max(expected.start(), et0), et0 + axes.toX(bar[0]) * 86400, tolerance, "bar start");
        assertEquals(Math.min(expected.stop(), et1), et0 + axes.toX(bar[2]) * 86400, tolerance, "bar stop");
        assertEquals(rows.size() - 1 - i, axes.toY(bar[1]), axes.yPerPixel(), "row height");
        double mid = (Math.max(expected.start(), et0) + Math.min(expected.stop(), et1)) / 2;
        assertTrue(png.hasColorNear(pixels.px((mid - et0) / 86400), pixels.py(rows.size() - 1 - i),
            Charts.ROW_COLORS[i], 1), "bar pixel");
      }
      // Between two windows the row is empty.
      if (windows.size() > 1) {
        double gap = (windows.get(0).stop() + windows.get(1).start()) / 2;
        assertFalse(png.hasColorNear(pixels.px((gap - et0) / 86400), pixels.py(rows.size() - 1 - i),
            Charts.ROW_COLORS[i], 1), "gap pixel");
      }
    }
  }

  @Test
  void skyTrackPeaksAtTheMaximumElevationFromAzlcpo() throws Exception {
    double et0 = spice.utcToEt("2024-01-10T00:00"), et1 = spice.utcToEt("2024-01-11T02:00"), step = 300;
    Vector3 dss14 = spice.position("DSS-14", "EARTH", "ITRF93", NONE, et0).position();
    SkyTrack track = SkyTrack.sample(spice, "MOON", dss14, "EARTH", "IAU_EARTH", NONE, et0, et1, step);
    int best = 0;
    for (int i = 1; i < track.et().length; i++) if (track.elevation()[i] > track.elevation()[best]) best = i;
    double peak = peakElevation(dss14, track.et()[best] - step, track.et()[best] + step);
    XYChart chart = Charts.skyTrack(track, "MOON from DSS-14");

    Pictures.Svg svg = Pictures.Svg.read(ChartFiles.write(chart, dir.resolve("sky.svg")));
    Pictures.Axes axes = new Pictures.Axes(svg.plotArea(), 0, 360, 0, 90);
    List<double[]> lines = svg.lines(Charts.PRIMARY);
    double top = lines.stream().mapToDouble(l -> Math.min(l[1], l[3])).min().orElseThrow();
    // Sampling every 5 min near transit misses the peak by far less than a pixel (about 0.24 deg).
    assertEquals(peak, axes.toY(top), 0.05 + axes.yPerPixel(), "highest drawn point = azlcpo maximum elevation");
    double horizon = axes.py(0);
    assertTrue(lines.stream().allMatch(l -> l[1] <= horizon + 0.5 && l[3] <= horizon + 0.5), "nothing below horizon");

    Pictures.Png png = Pictures.Png.read(ChartFiles.write(chart, dir.resolve("sky.png")));
    Pictures.Axes pixels = new Pictures.Axes(png.plotArea(), 0, 360, 0, 90);
    assertTrue(png.hasColorNear(pixels.px(track.azimuth()[best]), pixels.py(track.elevation()[best]),
        Charts.PRIMARY, 3), "peak pixel");
  }

  @Test
  void skyTrackBelowTheHorizonDrawsNoLine() throws Exception {
    double et0 = spice.utcToEt("2024-01-10T00:00"), step = 600;
    Vector3 dss14 = spice.position("DSS-14", "EARTH", "ITRF93", NONE, et0).position();
    SkyTrack day = SkyTrack.sample(spice, "MOON", dss14, "EARTH", "IAU_EARTH", NONE, et0, et0 + 86400, step);
    int first = 0;
    while (day.elevation()[first] >= 0 || day.elevation()[first + 6] >= 0) first++; // an hour below, by azlcpo
    for (int i = first; i <= first + 6; i++) assertTrue(day.elevation()[i] < 0);
    SkyTrack below = SkyTrack.sample(spice, "MOON", dss14, "EARTH", "IAU_EARTH", NONE, day.et()[first],
        day.et()[first + 6], step);
    Pictures.Svg svg = Pictures.Svg.read(ChartFiles.write(Charts.skyTrack(below, "set"), dir.resolve("set.svg")));
    assertTrue(svg.lines(Charts.PRIMARY).isEmpty(), "nothing drawn while the Moon is below the horizon");
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    assertThrows(IllegalArgumentException.class, () -> PlotFormat.of(Path.of("x.jpg")));
    assertThrows(IllegalArgumentException.class,
        () -> DistanceSeries.sample(spice, "MOON", "EARTH", NONE, 10, 0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> DistanceSeries.sample(spice, "MOON", "EARTH", NONE, 0, 1e9, 1e-3));
    assertThrows(IllegalArgumentException.class, () -> Charts.timeline(List.of(), 0, 1, "t", "u"));
  }

  /** Maximum elevation of the Moon from the station in [a, b] (golden-section search on azlcpo). */
  private static double peakElevation(Vector3 station, double a, double b) {
    double g = (Math.sqrt(5) - 1) / 2;
    while (b - a > 1) {
      double c = b - g * (b - a), d = a + g * (b - a);
      if (elevation(station, c) > elevation(station, d)) b = d;
      else a = c;
    }
    return elevation(station, (a + b) / 2);
  }

  private static double elevation(Vector3 station, double et) {
    return Math.toDegrees(spice.stations().azimuthElevation(Stations.ELLIPSOID, "MOON", et, NONE, false, true,
        station, "EARTH", "IAU_EARTH").elevation());
  }

  /** The end point lowest on the picture (largest SVG y). */
  private static double[] lowest(List<double[]> lines) {
    return lines.stream().flatMap(l -> java.util.stream.Stream.of(new double[] {l[0], l[1]}, new double[] {l[2], l[3]}))
        .max(Comparator.comparingDouble(p -> p[1])).orElseThrow();
  }

  /** Connected polylines among consecutive segments (a new piece wherever a segment does not start at the last end). */
  private static int pieces(List<double[]> lines) {
    int n = lines.isEmpty() ? 0 : 1;
    for (int i = 1; i < lines.size(); i++) {
      double[] p = lines.get(i - 1), q = lines.get(i);
      if (Math.abs(p[2] - q[0]) > 0.02 || Math.abs(p[3] - q[1]) > 0.02) n++;
    }
    return n;
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().orElseThrow();
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElseThrow();
  }
}
