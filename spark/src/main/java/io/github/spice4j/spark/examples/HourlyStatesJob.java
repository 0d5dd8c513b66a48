package io.github.spice4j.spark.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.spark.EphemerisTable;
import io.github.spice4j.spark.SpiceKernels;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Example Spark job: states (J2000, relative to the solar system barycenter, no aberration correction) of
 * every body in an SPK, at a fixed step over the span all of them cover, as an {@link EphemerisTable}.
 *
 * <pre>{@code
 * spark-submit --class io.github.spice4j.spark.examples.HourlyStatesJob \
 *   --jars spice4j-core.jar,spice4j-loader.jar,spice4j-natives-linux-x86_64.jar spice4j-spark.jar \
 *   naif0012.tls de440s.bsp [stepSeconds=3600] [windowEpochs=1000] [outputDir] [repeats=1]
 * }</pre>
 *
 * <p>The kernels travel with {@code SparkContext.addFile}. Without {@code outputDir} the job aggregates
 * the table (row count and sums, so every state is computed) instead of writing Parquet. It prints the
 * wall time of each run; the first includes creating the executors' engines.
 */
public final class HourlyStatesJob {
  private HourlyStatesJob() {}

  /**
   * Runs the job.
   *
   * @param args {@code lsk spk [stepSeconds] [windowEpochs] [outputDir|-] [repeats]}
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: HourlyStatesJob LSK SPK [stepSeconds=3600] [windowEpochs=1000] [outputDir|-] [repeats=1]");
      System.exit(2);
    }
    Path lsk = Path.of(args[0]);
    Path spk = Path.of(args[1]);
    double step = Double.parseDouble(ExampleRuns.arg(args, 2, "3600"));
    int windowEpochs = Integer.parseInt(ExampleRuns.arg(args, 3, "1000"));
    String output = ExampleRuns.arg(args, 4, "-").equals("-") ? null : args[4];
    int repeats = Integer.parseInt(ExampleRuns.arg(args, 5, "1"));

    SparkSession spark = SparkSession.builder().appName("spice4j-hourly-states").getOrCreate();
    try {
      SpiceKernels kernels = SpiceKernels.builder().addFile(spark.sparkContext(), lsk)
          .addFile(spark.sparkContext(), spk).build();
      EphemerisTable.Builder table = EphemerisTable.builder(kernels).observer("0").frame("J2000")
          .abcorr(AberrationCorrection.NONE).windowEpochs(windowEpochs);
      try (Spice spice = Spice.create()) {
        for (int body : spice.bodies(spk)) table.targets(Integer.toString(body));
      }
      double[] span = ExampleRuns.commonCoverage(spk);
      EphemerisTable t = table.range(span[0], span[1], step).build();
      System.out.printf("spice4j-spark: %d rows (%d windows), master %s%n", t.rowCount(), t.windowCount(),
          spark.sparkContext().master());
      ExampleRuns.timed(() -> t.toDataFrame(spark), output, df -> {
        Row r = df.agg(functions.count("*"), functions.sum("x"), functions.sum("vz")).first();
        return "count " + r.getLong(0) + ", sum(x) " + r.getDouble(1) + ", sum(vz) " + r.getDouble(2);
      }, repeats);
    } finally {
      spark.stop();
    }
  }
}
