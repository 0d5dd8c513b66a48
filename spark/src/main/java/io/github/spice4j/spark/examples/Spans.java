package io.github.spice4j.spark.examples;

import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.nio.file.Path;
import java.util.List;

/** The time span the example jobs compute over. */
final class Spans {
  private Spans() {}

  /**
   * The span every body of an SPK covers: from the latest first coverage start to the earliest last stop.
   *
   * @param spk the SPK
   * @return {@code [startEt, stopEt]}, TDB seconds past J2000
   * @throws io.github.spice4j.SpiceException if the file is no readable SPK
   */
  static double[] commonCoverage(Path spk) {
    double start = Double.NEGATIVE_INFINITY;
    double stop = Double.POSITIVE_INFINITY;
    try (Spice spice = Spice.create()) {
      for (int body : spice.bodies(spk)) {
        List<TimeInterval> cov = spice.coverage(spk, body);
        start = Math.max(start, cov.get(0).start());
        stop = Math.min(stop, cov.get(cov.size() - 1).stop());
      }
    }
    return new double[] {start, stop};
  }
}
