package io.github.spice4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EphemerisBatch;
import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.spark.examples.HourlyStatesJob;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the example job (issue: examples run in CI) in local mode with a 10-day step and checks its
 * aggregate against the same states computed by one {@link Spice} in this JVM.
 */
class HourlyStatesJobTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
  private static final Pattern RESULT = Pattern.compile("count (\\d+), sum\\(x\\) (\\S+), sum\\(vz\\) (\\S+)");

  @Test
  void jobAggregatesEqualSingleJvmStates() {
    Path lsk = KERNELS.resolve("lsk/naif0012.tls");
    Path spk = KERNELS.resolve("spk/de440s_2023_2026_excerpt.bsp");
    double step = 10 * 86_400.0;
    String out = ExampleJobs.run(HourlyStatesJob::main, lsk.toString(), spk.toString(), Double.toString(step), "20",
        "-", "1");
    Matcher m = RESULT.matcher(out);
    assertTrue(m.find(), out);

    long count = 0;
    double sumX = 0;
    double sumVz = 0;
    try (Spice spice = Spice.create().load(lsk, spk)) {
      List<Integer> bodies = spice.bodies(spk);
      double start = Double.NEGATIVE_INFINITY;
      double stop = Double.POSITIVE_INFINITY;
      for (int body : bodies) {
        List<TimeInterval> cov = spice.coverage(spk, body);
        start = Math.max(start, cov.get(0).start());
        stop = Math.min(stop, cov.get(cov.size() - 1).stop());
      }
      int n = (int) Math.floor((stop - start) / step) + 1;
      double[] ets = new double[n];
      for (int i = 0; i < n; i++) ets[i] = start + i * step;
      for (int body : bodies) {
        EphemerisBatch b = spice.states(Integer.toString(body), "0", "J2000", AberrationCorrection.NONE, ets);
        for (int i = 0; i < n; i++) {
          sumX += b.vectors()[6 * i];
          sumVz += b.vectors()[6 * i + 5];
        }
        count += n;
      }
    }
    assertEquals(count, Long.parseLong(m.group(1)), out);
    // Spark adds in another order: equal to rounding of the sums, not bit for bit.
    assertEquals(sumX, Double.parseDouble(m.group(2)), 1e-9 * Math.abs(sumX) + 1e-3, out);
    assertEquals(sumVz, Double.parseDouble(m.group(3)), 1e-9 * Math.abs(sumVz) + 1e-9, out);
  }
}
