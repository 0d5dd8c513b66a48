package io.github.spice4j.spark.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import io.github.spice4j.spark.ExampleJobs;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the eclipse example job (hourly step) and checks its totals against whole-span searches in this JVM. */
class EclipsesJobTest {
  private static final Path KERNELS = Path.of(System.getProperty("spice4j.kernels", "../../shared/kernels"));
  private static final Pattern RESULT = Pattern.compile("eclipses (\\d+), total duration (\\S+) s");

  @Test
  void jobTotalsEqualSingleJvmSearches() {
    Path lsk = KERNELS.resolve("lsk/naif0012.tls");
    Path spk = KERNELS.resolve("spk/de440s_2023_2026_excerpt.bsp");
    Path pck = KERNELS.resolve("pck/pck00011.tpc");
    double step = 3_600.0;
    String out = ExampleJobs.run(EclipsesJob::main, lsk.toString(), spk.toString(), pck.toString(),
        Double.toString(step), "720", "-", "1");
    Matcher m = RESULT.matcher(out);
    assertTrue(m.find(), out);

    double[] span = ExampleRuns.commonCoverage(spk);
    List<TimeInterval> window = List.of(new TimeInterval(span[0] + 86_400.0, span[1] - 86_400.0));
    long count = 0;
    double total = 0;
    try (Spice spice = Spice.create().load(lsk, spk, pck)) {
      for (String[] fo : new String[][] {{"MOON", "EARTH"}, {"EARTH", "MOON"}}) {
        for (TimeInterval iv : EclipsesJob.eclipse(fo[0], fo[1], step).find(spice.eventFinder(), window)) {
          count++;
          total += iv.duration();
        }
      }
    }
    // 2023-2025: ten eclipses seen from the centers (at least a partial overlap of the disks).
    assertEquals(10, count, out);
    assertEquals(count, Long.parseLong(m.group(1)), out);
    // Spark adds in another order: equal to rounding of the sum.
    assertEquals(total, Double.parseDouble(m.group(2)), 1e-9 * total, out);
  }
}
