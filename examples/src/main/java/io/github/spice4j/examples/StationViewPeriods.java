package io.github.spice4j.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EventFinder;
import io.github.spice4j.GfConstraint;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Station view periods: when a target is above an elevation limit at the Deep Space Network's DSS-14
 * (Goldstone), found with {@link EventFinder#position} (CSPICE {@code gfposc_c},
 * https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfposc_c.html) as the latitude of the target in the
 * station's topocentric frame {@code DSS-14_TOPO} (z up, x north), with light time and stellar aberration;
 * also prints each culmination (local maximum of the elevation).
 *
 * <p>Run: {@code StationViewPeriods [target [minElevationDeg [startUtc stopUtc [kernelsDir]]]]} (defaults
 * MOON, 10, 2015-02-27, 2015-03-05). The Earth's high-precision orientation in the shared kernels
 * ({@code earth_latest_high_prec.bpc}) ends in October 2021 and the planetary excerpt for those years covers
 * 2015-02-26 to 2015-03-06, hence the default week. Prints {@code view} lines (UTC start and stop, ET start and
 * stop) and {@code culmination} lines (UTC, ET, elevation in degrees).
 */
public final class StationViewPeriods {
  private StationViewPeriods() {}

  /**
   * Runs the search and prints the view periods to standard output.
   *
   * @param args optional target, elevation limit (degrees), UTC start and stop, kernels directory
   */
  public static void main(String[] args) {
    String target = args.length > 0 ? args[0] : "MOON";
    double minElevation = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    String start = args.length > 3 ? args[2] : "2015-02-27";
    String stop = args.length > 3 ? args[3] : "2015-03-05";
    Path kernels = args.length > 4 ? Path.of(args[4]) : Kernels.dir();
    run(target, minElevation, start, stop, kernels, System.out);
  }

  /**
   * The search behind {@link #main}.
   *
   * @param target target body, e.g. {@code MOON}
   * @param minElevationDeg elevation limit, degrees
   * @param startUtc window start
   * @param stopUtc window stop
   * @param kernels the shared kernels directory
   * @param out where the lines go
   */
  public static void run(String target, double minElevationDeg, String startUtc, String stopUtc, Path kernels,
      PrintStream out) {
    try (Spice spice = Spice.create()) {
      Kernels.load(spice, kernels, "lsk/naif0012.tls", "pck/pck00011.tpc", "pck/earth_latest_high_prec.bpc",
          "fk/earth_topo_201023.tf", "spk/de430_2015-03-02_excerpt.bsp", "spk/earthstns_itrf93_201023.bsp");
      List<TimeInterval> window = List.of(new TimeInterval(spice.utcToEt(startUtc), spice.utcToEt(stopUtc)));
      EventFinder events = spice.eventFinder();
      double step = 300; // far shorter than a pass
      List<TimeInterval> views = events.position(target, "DSS-14", "DSS-14_TOPO", AberrationCorrection.LT_S,
          "LATITUDINAL", "LATITUDE", GfConstraint.greaterThan(Math.toRadians(minElevationDeg)), window, step);
      for (TimeInterval v : views) {
        out.printf("view  %s .. %s  ET %s .. %s%n", spice.etToUtc(v.start(), 0), spice.etToUtc(v.stop(), 0),
            v.start(), v.stop());
      }
      List<TimeInterval> culminations = events.position(target, "DSS-14", "DSS-14_TOPO", AberrationCorrection.LT_S,
          "LATITUDINAL", "LATITUDE", GfConstraint.localMaximum(), window, step);
      for (TimeInterval c : culminations) {
        var p = spice.position(target, "DSS-14", "DSS-14_TOPO", AberrationCorrection.LT_S, c.start()).position();
        double elevation = Math.toDegrees(Math.asin(p.z() / p.norm()));
        out.printf("culmination  %s  ET %s  elevation %.3f deg%n", spice.etToUtc(c.start(), 0), c.start(), elevation);
      }
    }
  }
}
