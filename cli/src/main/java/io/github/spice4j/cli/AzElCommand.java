package io.github.spice4j.cli;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.AzElState;
import io.github.spice4j.Spice;
import io.github.spice4j.Stations;
import io.github.spice4j.Vector3;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spice4j azel}: azimuth/elevation table of a target seen from a station (azlcpo). */
@Command(name = "azel", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Tabulate range, azimuth and elevation of a target seen from a station fixed on a body (azlcpo, "
        + "ELLIPSOID topocentric frame: +Z the ellipsoid normal, +X north), from start to stop at a fixed step.",
        "Azimuth is measured from north towards east (--ccw: towards west); elevation is above the horizon.",
        "Columns: utc, et, range (km), az (deg), el (deg), range rate (km/s), az rate, el rate (deg/s), lt (s).",
        "Formats: text (default), csv, json."})
public final class AzElCommand implements Callable<Integer>, HasCommonOptions {
  /** Column names with units, shared by the text and csv headers. */
  static final String[] COLUMNS = {"utc", "et_s", "range_km", "az_deg", "el_deg", "range_rate_km_s",
      "az_rate_deg_s", "el_rate_deg_s", "lt_s"};

  @Spec CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "BODY", description = "Target body name or NAIF ID, e.g. MOON.")
  String target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Station station;

  @Option(names = "--center", defaultValue = "EARTH", paramLabel = "BODY",
      description = "Body the station is fixed to (default: ${DEFAULT-VALUE}).")
  String center;

  @Option(names = "--frame", defaultValue = "ITRF93", paramLabel = "FRAME",
      description = "Body-fixed frame of the station position, centered on --center (default: ${DEFAULT-VALUE}).")
  String frame;

  @Option(names = "--abcorr", defaultValue = "LT+S", paramLabel = "CORR", converter = Converters.Abcorr.class,
      description = "Aberration correction: NONE, LT, LT+S, CN, CN+S, XLT, XLT+S, XCN, XCN+S (default: ${DEFAULT-VALUE}).")
  AberrationCorrection abcorr;

  @Option(names = "--ccw", description = "Measure azimuth counterclockwise (north towards west) instead of compass azimuth.")
  boolean ccw;

  @ArgGroup(exclusive = true, multiplicity = "1")
  EphemerisCommand.Start start;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  EphemerisCommand.Stop stop;

  @Option(names = "--step", defaultValue = "3600", paramLabel = "STEP", converter = Converters.Step.class,
      description = "Step: seconds, or with a unit: 90s, 10m, 1h, 1d (default: 3600 s).")
  double step;

  @Mixin CommonOptions common;

  /** {@code --station NAME} (position from the loaded SPK) or {@code --position X,Y,Z}. */
  static final class Station {
    @Option(names = "--station", required = true, paramLabel = "BODY",
        description = "Station with an SPK ephemeris, e.g. DSS-14: its position in --frame at the start epoch is used.")
    String name;

    @Option(names = "--position", required = true, paramLabel = "X,Y,Z", split = ",",
        description = "Station position relative to --center in --frame, km.")
    double[] xyz;
  }

  @Override
  public CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() {
    OutputFormat format = common.format(OutputFormat.text);
    if (station.xyz != null && station.xyz.length != 3) throw CliException.usage("--position needs three values X,Y,Z (km)");
    try (Spice spice = common.open()) {
      double et0 = start.et != null ? start.et : spice.utcToEt(start.utc);
      double et1 = stop == null ? et0 : stop.et != null ? stop.et : spice.utcToEt(stop.utc);
      if (et1 < et0) throw CliException.usage("stop (ET " + Numbers.format(et1) + ") is before start (ET " + Numbers.format(et0) + ")");
      Vector3 pos = station.xyz != null ? Vector3.of(station.xyz)
          : spice.position(station.name, center, frame, AberrationCorrection.NONE, et0).position();
      long rows = EphemerisCommand.rowCount(et0, et1, step);
      PrintWriter out = spec.commandLine().getOut();
      header(out, format, pos);
      Stations st = spice.stations();
      for (long i = 0; i < rows; i++) {
        double et = et0 + i * step;
        AzElState s = st.azimuthElevation(Stations.ELLIPSOID, target, et, abcorr, ccw, true, pos, center, frame);
        row(out, format, spice.etToUtc(et, 3), et, s, i + 1 < rows);
      }
      if (format == OutputFormat.json) out.println("]}");
      out.flush();
    }
    return ExitCodes.OK;
  }

  private void header(PrintWriter out, OutputFormat format, Vector3 pos) {
    String where = (station.name != null ? station.name + " " : "") + "[" + Numbers.format(pos.x()) + ", "
        + Numbers.format(pos.y()) + ", " + Numbers.format(pos.z()) + "] km in " + frame;
    switch (format) {
      case csv -> out.println(String.join(",", COLUMNS));
      case json -> out.println("{" + Json.str("target") + ": " + Json.str(target) + ", " + Json.str("station") + ": "
          + Json.str(station.name) + ", " + Json.str("position_km") + ": [" + Numbers.json(pos.x()) + ", "
          + Numbers.json(pos.y()) + ", " + Numbers.json(pos.z()) + "], " + Json.str("center") + ": " + Json.str(center)
          + ", " + Json.str("frame") + ": " + Json.str(frame) + ", " + Json.str("abcorr") + ": "
          + Json.str(abcorr.spiceName()) + ", " + Json.str("azimuth") + ": " + Json.str(ccw ? "ccw" : "cw") + ", "
          + Json.str("rows") + ": [");
      case text -> {
        out.println("target    " + target);
        out.println("station   " + where + " on " + center);
        out.println("abcorr    " + abcorr.spiceName());
        out.println("azimuth   from north towards " + (ccw ? "west" : "east") + "; elevation above the horizon");
        out.printf(Locale.ROOT, "%-23s %18s %16s %13s %13s %16s %14s %14s %12s%n", "utc", "et (s)", "range (km)",
            "az (deg)", "el (deg)", "range rate (km/s)", "az rate (deg/s)", "el rate (deg/s)", "lt (s)");
      }
      default -> throw new IllegalStateException(format.toString());
    }
  }

  private static void row(PrintWriter out, OutputFormat format, String utc, double et, AzElState s, boolean more) {
    double[] v = {et, s.range(), Math.toDegrees(s.azimuth()), Math.toDegrees(s.elevation()), s.rangeRate(),
        Math.toDegrees(s.azimuthRate()), Math.toDegrees(s.elevationRate()), s.lightTime()};
    switch (format) {
      case csv -> {
        StringBuilder b = new StringBuilder(utc);
        for (double x : v) b.append(',').append(Numbers.format(x));
        out.println(b);
      }
      case json -> {
        StringBuilder b = new StringBuilder("  {").append(Json.str("utc")).append(": ").append(Json.str(utc));
        for (int k = 0; k < v.length; k++) b.append(", ").append(Json.str(COLUMNS[k + 1])).append(": ").append(Json.num(v[k]));
        out.println(b.append('}').append(more ? "," : ""));
      }
      default -> out.printf(Locale.ROOT, "%-23s %18.6f %16.6f %13.8f %13.8f %16.9f %14.9f %14.9f %12.9f%n", utc, v[0],
          v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }
  }
}
