package io.github.spice4j.spark.examples;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.OccultingBody;
import io.github.spice4j.spark.EventSearch;
import io.github.spice4j.spark.EventTable;
import io.github.spice4j.spark.SpiceKernels;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Example Spark job: an {@link EventTable} of the solar eclipses (the Moon before the Sun, seen from the
 * Earth's center) and lunar eclipses (the Earth before the Sun, seen from the Moon's center) over the span
 * every body of an SPK covers (less a day at each end, for light time), as CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/gfoclt_c.html">gfoclt_c</a> ({@code ANY},
 * ellipsoids in the IAU frames, {@code LT}) finds them.
 *
 * <pre>{@code
 * spark-submit --class io.github.spice4j.spark.examples.EclipsesJob \
 *   --jars spice4j-core.jar,spice4j-loader.jar,spice4j-natives-linux-x86_64.jar spice4j-spark.jar \
 *   naif0012.tls de440s.bsp pck00011.tpc [stepSeconds=600] [windowSteps=4320] [outputDir|-] [repeats=1]
 * }</pre>
 *
 * <p>The kernels travel with {@code SparkContext.addFile}. Without {@code outputDir} the job counts the
 * eclipses and sums their durations instead of writing Parquet. It prints the wall time of each run; the
 * first includes creating the executors' engines.
 */
public final class EclipsesJob {
  private EclipsesJob() {}

  /**
   * Runs the job.
   *
   * @param args {@code lsk spk pck [stepSeconds] [windowSteps] [outputDir|-] [repeats]}
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: EclipsesJob LSK SPK PCK [stepSeconds=600] [windowSteps=4320] [outputDir|-] [repeats=1]");
      System.exit(2);
    }
    Path spk = Path.of(args[1]);
    double step = Double.parseDouble(ExampleRuns.arg(args, 3, "600"));
    long windowSteps = Long.parseLong(ExampleRuns.arg(args, 4, "4320"));
    String output = ExampleRuns.arg(args, 5, "-").equals("-") ? null : args[5];
    int repeats = Integer.parseInt(ExampleRuns.arg(args, 6, "1"));

    SparkSession spark = SparkSession.builder().appName("spice4j-eclipses").getOrCreate();
    try {
      SpiceKernels.Builder shipped = SpiceKernels.builder();
      for (int i = 0; i < 3; i++) shipped.addFile(spark.sparkContext(), Path.of(args[i]));
      double[] span = ExampleRuns.commonCoverage(spk);
      // Light-time corrected positions reach up to ~500 s (the Sun) before the epoch: keep a day clear of each end.
      span = new double[] {span[0] + 86_400.0, span[1] - 86_400.0};
      EventTable t = EventTable.builder(shipped.build()).search("MOON", eclipse("MOON", "EARTH", step))
          .search("EARTH", eclipse("EARTH", "MOON", step)).range(span[0], span[1]).windowSteps(windowSteps).utc(0)
          .build();
      System.out.printf("spice4j-spark: eclipses over ET %.1f .. %.1f, step %.0f s (%d windows), master %s%n",
          span[0], span[1], step, t.windowCount(), spark.sparkContext().master());
      ExampleRuns.timed(() -> t.toDataFrame(spark), output, df -> {
        Row r = df.agg(functions.count("*"), functions.sum("duration")).first();
        return "eclipses " + r.getLong(0) + ", total duration " + r.getDouble(1) + " s";
      }, repeats);
    } finally {
      spark.stop();
    }
  }

  /** The Sun occulted by {@code front} (any kind) as seen from {@code observer}'s center. */
  static EventSearch eclipse(String front, String observer, double step) {
    return EventSearch.occultation("ANY", OccultingBody.ellipsoid(front, "IAU_" + front),
        OccultingBody.ellipsoid("SUN", "IAU_SUN"), AberrationCorrection.LT, observer, step);
  }
}
