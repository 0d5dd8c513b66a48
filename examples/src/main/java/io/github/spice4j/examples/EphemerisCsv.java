package io.github.spice4j.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EphemerisBatch;
import io.github.spice4j.Spice;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Writes an ephemeris table as CSV: the Moon's state relative to the Earth in J2000, corrected for light
 * time and stellar aberration, at a fixed step, computed by one batch call ({@link Spice#states}, CSPICE
 * {@code spkezr_c} per epoch, https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html).
 *
 * <p>Run: {@code EphemerisCsv [startUtc [stopUtc [stepSeconds]]]} (defaults 2024-01-01, 2024-01-02 and 3600).
 * Prints the header {@code utc,et,x,y,z,vx,vy,vz,lt} (km, km/s, s) and one row per epoch.
 */
public final class EphemerisCsv {
  private EphemerisCsv() {}

  /**
   * Writes the table to standard output.
   *
   * @param args optional start UTC, stop UTC and step in seconds
   */
  public static void main(String[] args) {
    String start = args.length > 0 ? args[0] : "2024-01-01T00:00:00";
    String stop = args.length > 1 ? args[1] : "2024-01-02T00:00:00";
    double step = args.length > 2 ? Double.parseDouble(args[2]) : 3600;
    run(start, stop, step, Kernels.dir(), System.out);
  }

  /**
   * The table behind {@link #main}.
   *
   * @param startUtc first epoch (UTC)
   * @param stopUtc last epoch (UTC), included when it falls on a step
   * @param step seconds between rows, positive
   * @param kernels directory holding {@code lsk/naif0012.tls} and {@code spk/de440s_2023_2026_excerpt.bsp}
   * @param out where the CSV goes
   */
  public static void run(String startUtc, String stopUtc, double step, Path kernels, PrintStream out) {
    if (!(step > 0)) throw new IllegalArgumentException("step must be positive, was " + step);
    try (Spice spice = Spice.create()) {
      Kernels.load(spice, kernels, "lsk/naif0012.tls", "spk/de440s_2023_2026_excerpt.bsp");
      double et0 = spice.utcToEt(startUtc);
      int n = (int) Math.floor((spice.utcToEt(stopUtc) - et0) / step) + 1;
      double[] ets = new double[Math.max(n, 0)];
      for (int i = 0; i < ets.length; i++) ets[i] = et0 + i * step;
      EphemerisBatch moon = spice.states("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, ets);
      String[] utc = spice.etToUtc(ets, 3);
      out.println("utc,et,x,y,z,vx,vy,vz,lt");
      double[] v = moon.vectors();
      for (int i = 0; i < ets.length; i++) {
        StringBuilder row = new StringBuilder(utc[i]).append(',').append(ets[i]);
        for (int k = 0; k < 6; k++) row.append(',').append(v[6 * i + k]);
        out.println(row.append(',').append(moon.lightTimes()[i]));
      }
    }
  }
}
