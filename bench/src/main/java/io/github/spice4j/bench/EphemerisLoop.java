package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.StateVector;

/**
 * The baseline of {@code spice4j ephemeris}: a bare single-thread loop over the single-call API for the
 * same rows (spkezr MOON wrt EARTH, J2000, LT+S, and et2utc ISOC 3 per row) that writes nothing. Time the
 * whole process against the CLI's, e.g. with {@code /usr/bin/time}:
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.spice4j.bench.EphemerisLoop 200000 120</pre>
 *
 * <p>Arguments: rows (default 200000) and step in seconds (default 120, so the rows stay inside the
 * DE440s excerpt), from {@link BenchKernels#UTC}, with the kernels of {@link BenchKernels#openAll()}.
 */
public final class EphemerisLoop {
  private EphemerisLoop() {}

  /**
   * Runs the loop and prints a checksum (so nothing is optimised away).
   *
   * @param args rows and step (s)
   */
  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
    double step = args.length > 1 ? Double.parseDouble(args[1]) : 120;
    double sum = 0;
    long chars = 0;
    try (Spice spice = BenchKernels.openAll()) {
      double et0 = spice.utcToEt(BenchKernels.UTC);
      for (long i = 0; i < rows; i++) {
        double et = et0 + i * step;
        StateVector s = spice.state("MOON", "EARTH", "J2000", AberrationCorrection.LT_S, et);
        chars += spice.etToUtc(et, 3).length();
        sum += s.position().x() + s.lightTime();
      }
    }
    System.out.println(rows + " rows, checksum " + sum + ", " + chars + " utc chars");
  }
}
