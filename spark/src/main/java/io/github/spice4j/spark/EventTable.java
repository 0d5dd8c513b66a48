package io.github.spice4j.spark;

import io.github.spice4j.EventFinder;
import io.github.spice4j.TimeInterval;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * An event table: geometry finder searches ({@link EventSearch}, run by the core's {@link EventFinder})
 * for many targets over many time ranges, computed by Spark with one task per time window.
 *
 * <p>Each range {@code [startEt, stopEt]} of each search is cut into windows of {@link Builder#windowSteps}
 * search steps, at {@code startEt + k * step} (the epochs the whole-range search samples). A task searches
 * its window widened by {@link Builder#overlapSteps} steps on each side (within the range), keeps what
 * falls inside its own window, and the pieces of each search and range are then merged where they meet,
 * so an event crossing window boundaries comes out as one interval.
 *
 * <p>The result is the single-JVM search over the whole range: the windows sample the same epochs, so a
 * binary state search (occultation) finds the same transitions and refines them in the same brackets.
 * Scalar searches (distance, coordinates) first split the range where the quantity turns, and refine each
 * crossing within its monotone piece: with an overlap longer than those pieces (e.g. 12 h for a station's
 * elevation, 15 days for the Moon's distance) a task sees the same pieces as the whole-range search.
 * Bit for bit equality further needs the sample epochs {@code startEt + k * step} to be exact in
 * {@code double} (e.g. whole-second {@code startEt} and {@code step}); otherwise, and with a shorter
 * overlap, ends can differ by up to the convergence tolerance ({@link EventFinder#tolerance()}, 1e-6 s).
 *
 * <p>Rows follow {@link #schema()}: {@code target} (the search's label), {@code start_et}, {@code stop_et}
 * (TDB seconds past J2000), optional {@code start_utc}, {@code stop_utc} (ISO calendar UTC,
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/et2utc_c.html">et2utc_c</a>) and
 * {@code duration} (s), one row per interval, ordered by search (in the order added), range, then start.
 */
public final class EventTable implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One task: search {@code search} over range {@code range}, owning {@code [start, stop]} and searching
   * {@code [from, to]} around it.
   */
  record Window(int search, int range, double start, double stop, double from, double to) implements Serializable {}

  /** Kernels every executor loads. */
  private final SpiceKernels kernels;
  /** Labels of the searches, in output order. */
  private final List<String> labels;
  /** The searches. */
  private final List<EventSearch> searches;
  /** Number of ranges (each search runs over each). */
  private final int rangeCount;
  /** Decimal places of the UTC columns; negative: no columns. */
  private final int utcPrecision;
  /** The tasks. */
  private final List<Window> windows;

  private EventTable(Builder b) {
    this.kernels = b.kernels;
    this.labels = List.copyOf(b.labels);
    this.searches = List.copyOf(b.searches);
    this.rangeCount = b.ranges.size();
    this.utcPrecision = b.utcPrecision;
    this.windows = List.copyOf(b.windows);
  }

  /**
   * Starts a table computed with {@code kernels}.
   *
   * @param kernels the kernels every executor loads
   * @return a builder; give at least one search and one range
   */
  public static Builder builder(SpiceKernels kernels) {
    return new Builder(Objects.requireNonNull(kernels, "kernels"));
  }

  /**
   * The row type: {@code target, start_et, stop_et, [start_utc, stop_utc,] duration}.
   *
   * @return the schema (UTC columns only when {@link Builder#utc(int)} was set)
   */
  public StructType schema() {
    StructType s = new StructType().add("target", DataTypes.StringType, false)
        .add("start_et", DataTypes.DoubleType, false).add("stop_et", DataTypes.DoubleType, false);
    if (utcPrecision >= 0) s = s.add("start_utc", DataTypes.StringType, false).add("stop_utc", DataTypes.StringType, false);
    return s.add("duration", DataTypes.DoubleType, false);
  }

  /**
   * The number of time windows over all searches and ranges, i.e. of tasks of the search stage.
   *
   * @return at least 1
   */
  public int windowCount() {
    return windows.size();
  }

  /**
   * The table as a lazily computed DataFrame: the search stage has one partition per time window, the
   * merge stage one partition per search and range.
   *
   * @param spark the session
   * @return the rows; SPICE errors (e.g. {@code SPICE(SPKINSUFFDATA)} outside the kernels' coverage)
   *     surface when an action runs, as a failed task with the {@link io.github.spice4j.SpiceException} as cause
   */
  public Dataset<Row> toDataFrame(SparkSession spark) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int groups = labels.size() * rangeCount;
    JavaPairRDD<Integer, double[]> pieces = jsc.parallelize(windows, windows.size()).flatMapToPair(this::search);
    // Keys are 0..groups-1, so hash partitioning puts group k in partition k: rows come out in key order
    // without a sort (whose sampling would run the searches when the plan is built).
    JavaPairRDD<Integer, List<double[]>> merged =
        pieces.groupByKey(new HashPartitioner(groups)).mapValues(EventTable::merge);
    return spark.createDataFrame(merged.mapPartitions(this::rows), schema());
  }

  private Iterator<Tuple2<Integer, double[]>> search(Window w) {
    List<TimeInterval> found = ExecutorPools.call(kernels,
        spice -> searches.get(w.search).find(spice.eventFinder(), List.of(new TimeInterval(w.from, w.to))));
    List<Tuple2<Integer, double[]>> out = new ArrayList<>();
    int key = w.search * rangeCount + w.range;
    for (TimeInterval iv : found) {
      double lo = Math.max(iv.start(), w.start);
      double hi = Math.min(iv.stop(), w.stop);
      if (lo <= hi) out.add(new Tuple2<>(key, new double[] {lo, hi}));
    }
    return out.iterator();
  }

  /**
   * The union of one search's pieces: sorted, and joined where they overlap or meet (the pieces of an
   * event that crosses a window boundary end and start at the same boundary epoch).
   *
   * @param pieces {@code [start, stop]} pairs
   * @return disjoint ascending intervals
   */
  static List<double[]> merge(Iterable<double[]> pieces) {
    List<double[]> sorted = new ArrayList<>();
    for (double[] p : pieces) sorted.add(p.clone());
    sorted.sort(Comparator.comparingDouble((double[] p) -> p[0]));
    List<double[]> out = new ArrayList<>();
    for (double[] p : sorted) {
      double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
      else out.add(p);
    }
    return out;
  }

  private Iterator<Row> rows(Iterator<Tuple2<Integer, List<double[]>>> groups) {
    List<Tuple2<Integer, List<double[]>>> all = new ArrayList<>();
    groups.forEachRemaining(all::add);
    if (all.isEmpty()) return List.<Row>of().iterator();
    return ExecutorPools.call(kernels, spice -> {
      List<Row> out = new ArrayList<>();
      for (Tuple2<Integer, List<double[]>> g : all) {
        String label = labels.get(g._1() / rangeCount);
        for (double[] iv : g._2()) {
          double d = iv[1] - iv[0];
          out.add(utcPrecision < 0 ? RowFactory.create(label, iv[0], iv[1], d)
              : RowFactory.create(label, iv[0], iv[1], spice.etToUtc(iv[0], utcPrecision),
                  spice.etToUtc(iv[1], utcPrecision), d));
        }
      }
      return out.iterator();
    });
  }

  /** Collects what to compute; {@link #build()} checks it and cuts the windows. */
  public static final class Builder {
    private final SpiceKernels kernels;
    private final List<String> labels = new ArrayList<>();
    private final List<EventSearch> searches = new ArrayList<>();
    private final List<double[]> ranges = new ArrayList<>();
    private final List<Window> windows = new ArrayList<>();
    private int utcPrecision = -1;
    private long windowSteps = 1000;
    private long overlapSteps;

    private Builder(SpiceKernels kernels) {
      this.kernels = kernels;
    }

    /**
     * Adds a search, in output order.
     *
     * @param target the label of its rows (usually the target's name)
     * @param search what to find
     * @return this
     */
    public Builder search(String target, EventSearch search) {
      labels.add(Objects.requireNonNull(target, "target"));
      searches.add(Objects.requireNonNull(search, "search"));
      return this;
    }

    /**
     * Adds a time range every search covers.
     *
     * @param startEt start, TDB seconds past J2000
     * @param stopEt end
     * @return this
     * @throws IllegalArgumentException unless {@code startEt <= stopEt}, both finite
     */
    public Builder range(double startEt, double stopEt) {
      if (!(stopEt >= startEt) || Double.isInfinite(stopEt - startEt)) {
        throw new IllegalArgumentException("range needs finite startEt <= stopEt, got " + startEt + " .. " + stopEt);
      }
      ranges.add(new double[] {startEt, stopEt});
      return this;
    }

    /**
     * Sets the length of a time window (one task) in search steps (default 1000).
     *
     * @param steps at least 1
     * @return this
     * @throws IllegalArgumentException if {@code steps} is less than 1
     */
    public Builder windowSteps(long steps) {
      if (steps < 1) throw new IllegalArgumentException("windowSteps must be at least 1, got " + steps);
      this.windowSteps = steps;
      return this;
    }

    /**
     * Sets how many search steps a task searches beyond each end of its window (default 0). Scalar searches
     * need more than their longest monotone piece to reproduce the whole-range search exactly (see
     * {@link EventTable}); binary state searches (occultations) need none.
     *
     * @param steps at least 0
     * @return this
     * @throws IllegalArgumentException if {@code steps} is negative
     */
    public Builder overlapSteps(long steps) {
      if (steps < 0) throw new IllegalArgumentException("overlapSteps must be at least 0, got " + steps);
      this.overlapSteps = steps;
      return this;
    }

    /**
     * Adds {@code start_utc} and {@code stop_utc} columns: CSPICE {@code et2utc_c} in ISO calendar format.
     *
     * @param precision decimal places of the seconds, 0 to 14
     * @return this
     * @throws IllegalArgumentException if {@code precision} is outside 0..14
     */
    public Builder utc(int precision) {
      if (precision < 0 || precision > 14) throw new IllegalArgumentException("UTC precision must be 0..14, got " + precision);
      this.utcPrecision = precision;
      return this;
    }

    /**
     * Ends the description.
     *
     * @return the table (not yet computed)
     * @throws IllegalArgumentException if no search or no range was given
     */
    public EventTable build() {
      if (searches.isEmpty()) throw new IllegalArgumentException("an event table needs at least one search");
      if (ranges.isEmpty()) throw new IllegalArgumentException("an event table needs at least one time range");
      windows.clear();
      for (int s = 0; s < searches.size(); s++) {
        double step = searches.get(s).step();
        for (int r = 0; r < ranges.size(); r++) cut(s, r, ranges.get(r)[0], ranges.get(r)[1], step);
      }
      return new EventTable(this);
    }

    /** Windows of one search and range; every inner end is a sample epoch {@code a + k * step} of the whole search. */
    private void cut(int s, int r, double a, double b, double step) {
      for (long k = 0; ; k += windowSteps) {
        double start = a + k * step;
        double stop = Math.min(a + (k + windowSteps) * step, b);
        double from = a + Math.max(0, k - overlapSteps) * step;
        double to = Math.min(a + (k + windowSteps + overlapSteps) * step, b);
        windows.add(new Window(s, r, start, stop, from, to));
        if (stop >= b) return;
      }
    }
  }
}
