package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.Vector3;
import io.github.spice4j.plot.Charts;
import io.github.spice4j.plot.DistanceSeries;
import io.github.spice4j.plot.GroundTrack;
import io.github.spice4j.plot.SkyTrack;
import io.github.spice4j.plot.TimelineRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code spice4j plot}: PNG/SVG pictures of distance, ground tracks, event timelines and station sky tracks. */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = {"Draw distance, ground track, timeline or sky track pictures (PNG/SVG).",
        "distance: distance and range rate over time; groundtrack: sub-observer points on a lon/lat map;",
        "timeline: event windows as bars; skytrack: a station's azimuth against elevation.",
        "The --output extension (.png or .svg) chooses the format."},
    subcommands = {PlotCommand.Distance.class, PlotCommand.Groundtrack.class, PlotCommand.Timeline.class,
        PlotCommand.Skytrack.class})
public final class PlotCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing picture: distance, groundtrack, timeline or skytrack");
  }

  /** What every picture shares: the options, opening the engine, writing the chart. */
  abstract static class Picture implements Callable<Integer>, HasCommonOptions {
    @Spec CommandSpec spec;

    @Mixin PlotOptions plot;

    @Mixin CommonOptions common;

    @Override
    public CommonOptions common() {
      return common;
    }

    /** Checks the options picocli cannot, before the engine is opened. */
    void validate() {}

    /** Samples the data and builds the chart. */
    abstract XYChart chart(Spice spice);

    @Override
    public Integer call() {
      if (common.format != null) throw CliException.usage("plot takes no --format: the --output extension (.png or .svg) chooses it");
      validate();
      plot.checkOutput();
      // Pictures are drawn off-screen: no window-system connection (or macOS dock icon) for a file.
      if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
      try (Spice spice = common.open()) {
        return plot.write(chart(spice), spec.commandLine().getOut());
      }
    }
  }

  /** {@code --target}, {@code --observer} and {@code --abcorr} (default NONE). */
  static final class TargetObserver {
    @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body name or NAIF ID, e.g. MOON.")
    String target;

    @Option(names = "--observer", required = true, paramLabel = "BODY", description = "Observer body, e.g. EARTH.")
    String observer;

    @Option(names = "--abcorr", defaultValue = "NONE", paramLabel = "CORR", converter = Converters.Abcorr.class,
        description = "Aberration correction: NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default: ${DEFAULT-VALUE}).")
    AberrationCorrection abcorr;
  }

  /** Start of the time axis as ISO UTC to the second, for titles. */
  private static String utc(Spice spice, double et) {
    return spice.etToUtc(et, 0);
  }

  /** {@code spice4j plot distance}: distance and range rate (spkezr). */
  @Command(name = "distance", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Distance (km) and range rate (km/s) of a target from an observer over time (spkezr).",
          "Example: spice4j plot distance --target MOON --observer EARTH --start 2024-01-01 --stop 2024-02-01"
              + " --output moon.png"})
  static final class Distance extends Picture {
    @Mixin TargetObserver bodies;

    @Override
    XYChart chart(Spice spice) {
      double et0 = plot.et0(spice);
      DistanceSeries s = DistanceSeries.sample(spice, bodies.target, bodies.observer, bodies.abcorr, et0,
          plot.et1(spice), plot.step(3600));
      return Charts.distance(s, plot.title(bodies.target + " from " + bodies.observer), utc(spice, et0));
    }
  }

  /** {@code spice4j plot groundtrack}: sub-observer points on a lon/lat map (subpnt). */
  @Command(name = "groundtrack", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Track of the point on --body below --observer (subpnt, NEAR POINT/ELLIPSOID), as planetocentric",
          "longitude/latitude in --frame. Example: spice4j plot groundtrack --body EARTH --observer MOON"
              + " --frame IAU_EARTH --start 2024-01-10 --stop 2024-01-12 --output track.svg"})
  static final class Groundtrack extends Picture {
    @Option(names = "--body", defaultValue = "EARTH", paramLabel = "BODY",
        description = "Body the track lies on (default: ${DEFAULT-VALUE}).")
    String body;

    @Option(names = "--observer", required = true, paramLabel = "BODY", description = "Body above it, e.g. MOON.")
    String observer;

    @Option(names = "--frame", defaultValue = "IAU_EARTH", paramLabel = "FRAME",
        description = "Body-fixed frame of --body (default: ${DEFAULT-VALUE}).")
    String frame;

    @Option(names = "--abcorr", defaultValue = "NONE", paramLabel = "CORR", converter = Converters.Abcorr.class,
        description = "Aberration correction (default: ${DEFAULT-VALUE}).")
    AberrationCorrection abcorr;

    @Override
    XYChart chart(Spice spice) {
      double et0 = plot.et0(spice);
      GroundTrack t = GroundTrack.sample(spice, body, observer, frame, abcorr, et0, plot.et1(spice), plot.step(600));
      return Charts.groundTrack(t, plot.title("point on " + body + " below " + observer + " (" + frame + "), from "
          + utc(spice, et0) + " UTC"));
    }
  }

  /** {@code spice4j plot timeline}: distance event windows as bars (gfdist). */
  @Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Event windows as a timeline, one row per condition on the target-observer distance (gfdist).",
          "Example: spice4j plot timeline --target MOON --observer EARTH --below 370000 --above 400000"
              + " --start 2024-01-01 --stop 2024-03-01 --output windows.png"})
  static final class Timeline extends Picture {
    @Mixin TargetObserver bodies;

    @Option(names = "--below", paramLabel = "KM", description = "A row: when the distance is below KM (repeatable).")
    List<Double> below = new ArrayList<>();

    @Option(names = "--above", paramLabel = "KM", description = "A row: when the distance is above KM (repeatable).")
    List<Double> above = new ArrayList<>();

    @Override
    void validate() {
      if (below.isEmpty() && above.isEmpty()) throw CliException.usage("give at least one row: --below KM or --above KM");
    }

    @Override
    XYChart chart(Spice spice) {
      double et0 = plot.et0(spice), et1 = plot.et1(spice), step = plot.step(21600);
      List<TimeInterval> window = List.of(new TimeInterval(et0, et1));
      List<TimelineRow> rows = new ArrayList<>();
      for (double km : below) rows.add(row(spice, "<", GfConstraint.lessThan(km), km, window, step));
      for (double km : above) rows.add(row(spice, ">", GfConstraint.greaterThan(km), km, window, step));
      return Charts.timeline(rows, et0, et1, plot.title(bodies.target + " from " + bodies.observer), utc(spice, et0));
    }

    private TimelineRow row(Spice spice, String op, GfConstraint c, double km, List<TimeInterval> window, double step) {
      return new TimelineRow("distance " + op + " " + Numbers.format(km) + " km",
          spice.eventFinder().distance(bodies.target, bodies.observer, bodies.abcorr, c, window, step));
    }
  }

  /** {@code spice4j plot skytrack}: azimuth/elevation of a target from a station (azlcpo). */
  @Command(name = "skytrack", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Azimuth (from north through east) against elevation of a target seen from a station (azlcpo,",
          "ELLIPSOID), above the horizon only. Example: spice4j plot skytrack --target MOON --station DSS-14"
              + " --start 2024-01-10 --stop 2024-01-11 --output sky.png"})
  static final class Skytrack extends Picture {
    @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body, e.g. MOON.")
    String target;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AzElCommand.Station station;

    @Option(names = "--center", defaultValue = "EARTH", paramLabel = "BODY",
        description = "Body the station is fixed to (default: ${DEFAULT-VALUE}).")
    String center;

    @Option(names = "--frame", defaultValue = "IAU_EARTH", paramLabel = "FRAME",
        description = "Body-fixed frame of the station, centered on --center (default: ${DEFAULT-VALUE}).")
    String frame;

    @Option(names = "--station-frame", defaultValue = "ITRF93", paramLabel = "FRAME",
        description = "Frame in which --station's SPK position is read and then used as coordinates in --frame"
            + " (default: ${DEFAULT-VALUE}, the frame of NAIF's station SPKs).")
    String stationFrame;

    @Option(names = "--abcorr", defaultValue = "LT+S", paramLabel = "CORR", converter = Converters.Abcorr.class,
        description = "Aberration correction (default: ${DEFAULT-VALUE}).")
    AberrationCorrection abcorr;

    @Override
    void validate() {
      if (station.xyz != null && station.xyz.length != 3) throw CliException.usage("--position needs three values X,Y,Z (km)");
    }

    @Override
    XYChart chart(Spice spice) {
      double et0 = plot.et0(spice);
      Vector3 pos = station.xyz != null ? Vector3.of(station.xyz)
          : spice.position(station.name, center, stationFrame, AberrationCorrection.NONE, et0).position();
      SkyTrack t = SkyTrack.sample(spice, target, pos, center, frame, abcorr, et0, plot.et1(spice), plot.step(300));
      String from = station.name != null ? station.name : "the station";
      return Charts.skyTrack(t, plot.title(target + " from " + from + ", from " + utc(spice, et0) + " UTC"));
    }
  }
}
