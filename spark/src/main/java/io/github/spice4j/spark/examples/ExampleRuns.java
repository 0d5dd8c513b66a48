package io.github.spice4j.spark.examples;

import io.github.spice4j.Spice;
import io.github.spice4j.TimeInterval;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What the example jobs share: the span they compute over and their timed runs. */
final class ExampleRuns {
  private ExampleRuns() {}

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

  /**
   * Computes the table {@code repeats} times, each time writing it as Parquet to {@code output} or, without
   * one, printing {@code summary} of it (an aggregate, so every row is computed), with the run's wall and
   * CPU time.
   *
   * @param table a new DataFrame of the table per run
   * @param output Parquet directory, or null
   * @param summary what to print instead of writing
   * @param repeats number of runs
   */
  static void timed(Supplier<Dataset<Row>> table, String output, Function<Dataset<Row>, String> summary, int repeats) {
    for (int run = 1; run <= repeats; run++) {
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      Dataset<Row> df = table.get();
      String result;
      if (output != null) {
        df.write().mode("overwrite").parquet(output);
        result = "written to " + output;
      } else {
        result = summary.apply(df);
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      // CPU over wall time: how many cores the run got (in local mode the executors are this process).
      System.out.printf("run %d: %.3f s, cpu %.3f s (%.2f cores), %s%n", run, wall, cpu, cpu / wall, result);
    }
  }

  /** CPU time of this process, ns; 0 where the JVM cannot tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /**
   * An optional argument.
   *
   * @param args the arguments
   * @param i its index
   * @param absent the value when not given
   * @return the argument, or {@code absent}
   */
  static String arg(String[] args, int i, String absent) {
    return args.length > i ? args[i] : absent;
  }
}
