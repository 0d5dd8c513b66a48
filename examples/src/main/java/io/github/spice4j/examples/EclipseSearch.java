package io.github.spice4j.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds a year's solar and lunar eclipses with {@link io.github.spice4j.EventFinder#occultation} (CSPICE
 * {@code gfoclt_c}, https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfoclt_c.html), modelling the
 * Sun, Earth and Moon as their triaxial ellipsoids and correcting for light time.
 *
 * <ul>
 *   <li>Solar eclipse, seen from the Earth's center: the Moon covers any part of the Sun.
 *   <li>Lunar eclipse, seen from the Moon's center: the Earth covers any part of the Sun (the Moon's center
 *       is in the penumbra).
 * </ul>
 *
 * <p>Run: {@code EclipseSearch [year [kernelsDir]]} (defaults 2024 and {@code -Dspice4j.kernels} or
 * {@code ../shared/kernels}; the year must lie in the DE440s excerpt there, 2023 to 2025). Prints one line
 * per eclipse: kind, UTC start and stop, ET start and stop.
 */
public final class EclipseSearch {
  private EclipseSearch() {}

  /**
   * Runs the search and prints the eclipses to standard output.
   *
   * @param args optional year and kernels directory
   */
  public static void main(String[] args) {
    int year = args.length > 0 ? Integer.parseInt(args[0]) : 2024;
    Path kernels = args.length > 1 ? Path.of(args[1]) : Kernels.dir();
    run(year, kernels, System.out);
  }

  /**
   * The search behind {@link #main}.
   *
   * @param year calendar year (UTC)
   * @param kernels directory holding {@code lsk/naif0012.tls}, {@code pck/pck00011.tpc} and
   *     {@code spk/de440s_2023_2026_excerpt.bsp}
   * @param out where the lines go
   */
  public static void run(int year, Path kernels, PrintStream out) {
    try (Spice spice = Spice.create()) {
      Kernels.load(spice, kernels, "lsk/naif0012.tls", "pck/pck00011.tpc", "spk/de440s_2023_2026_excerpt.bsp");
      List<TimeInterval> window = List.of(new TimeInterval(spice.utcToEt(year + "-01-01"),
          spice.utcToEt((year + 1) + "-01-01")));
      double step = 180; // shorter than any eclipse and than the gap between two
      OccultingBody sun = OccultingBody.ellipsoid("SUN", "IAU_SUN");
      List<TimeInterval> solar = spice.eventFinder().occultation("ANY", OccultingBody.ellipsoid("MOON", "IAU_MOON"), sun,
          AberrationCorrection.LT, "EARTH", window, step);
      List<TimeInterval> lunar = spice.eventFinder().occultation("ANY", OccultingBody.ellipsoid("EARTH", "IAU_EARTH"), sun,
          AberrationCorrection.LT, "MOON", window, step);
      print(spice, "solar", solar, out);
      print(spice, "lunar", lunar, out);
    }
  }

  private static void print(Spice spice, String kind, List<TimeInterval> eclipses, PrintStream out) {
    for (TimeInterval e : eclipses) {
      out.printf("%s eclipse  %s .. %s  ET %s .. %s%n", kind, spice.etToUtc(e.start(), 0), spice.etToUtc(e.stop(), 0),
          e.start(), e.stop());
    }
  }
}
