package io.github.spice4j.spark;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.EphemerisBatch;
import io.github.spice4j.Spice;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An ephemeris table (states of many targets over many time ranges) computed by Spark, one task per
 * time window.
 *
 * <p>Each range {@code [startEt, stopEt]} with step {@code step} has the epochs {@code startEt + i * step}
 * for {@code i = 0, 1, ...} while not past {@code stopEt} (the product {@code i * step} is formed per epoch,
 * so no rounding accumulates). The epochs are cut into windows of at most {@link Builder#windowEpochs}
 * epochs; each window becomes one partition, which computes every target at each of its epochs on the
 * executor's {@link io.github.spice4j.SpicePool} (one engine borrowed per window, one batch call
 * {@link Spice#states} per target and window). Row order: by window,
 * then target (in the order given), then epoch.
 *
 * <p>Rows follow {@link #schema()}: {@code target} (string), {@code et} (TDB seconds past J2000), optional
 * {@code utc} (ISO calendar UTC), {@code x, y, z} (km), {@code vx, vy, vz} (km/s), {@code lt} (one-way light
 * time, s); each state is CSPICE
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/spkezr_c.html">spkezr_c</a> exactly as
 * {@link Spice#state} returns it.
 */
public final class EphemerisTable implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A run of consecutive epochs {@code rangeStart + i * step} for {@code i} in {@code [first, first + count)}. */
  record Window(double rangeStart, double step, long first, int count) implements Serializable {}

  /** Kernels every executor loads. */
  private final SpiceKernels kernels;
  /** Targets in output order. */
  private final List<String> targets;
  /** Observer name or NAIF ID string. */
  private final String observer;
  /** Reference frame of the states. */
  private final String frame;
  /** Aberration correction. */
  private final AberrationCorrection abcorr;
  /** Decimal places of the utc column; negative: no column. */
  private final int utcPrecision;
  /** Time windows, one partition each. */
  private final List<Window> windows;

  private EphemerisTable(Builder b) {
    this.kernels = b.kernels;
    this.targets = List.copyOf(b.targets);
    this.observer = b.observer;
    this.frame = b.frame;
    this.abcorr = b.abcorr;
    this.utcPrecision = b.utcPrecision;
    this.windows = List.copyOf(b.windows);
  }

  /**
   * Starts a table computed with {@code kernels}.
   *
   * @param kernels the kernels every executor loads
   * @return a builder; give at least one target and one range
   */
  public static Builder builder(SpiceKernels kernels) {
    return new Builder(Objects.requireNonNull(kernels, "kernels"));
  }

  /**
   * The row type: {@code target, et, [utc,] x, y, z, vx, vy, vz, lt}.
   *
   * @return the schema ({@code utc} only when {@link Builder#utc(int)} was set)
   */
  public StructType schema() {
    StructType s = new StructType().add("target", DataTypes.StringType, false).add("et", DataTypes.DoubleType, false);
    if (utcPrecision >= 0) s = s.add("utc", DataTypes.StringType, false);
    for (String c : new String[] {"x", "y", "z", "vx", "vy", "vz", "lt"}) s = s.add(c, DataTypes.DoubleType, false);
    return s;
  }

  /**
   * The number of time windows, i.e. of partitions (and tasks) of {@link #toDataFrame}.
   *
   * @return at least 1
   */
  public int windowCount() {
    return windows.size();
  }

  /**
   * The number of rows the table has: targets times epochs.
   *
   * @return the row count
   */
  public long rowCount() {
    long epochs = 0;
    for (Window w : windows) epochs += w.count;
    return epochs * targets.size();
  }

  /**
   * The table as a lazily computed DataFrame with one partition per time window.
   *
   * @param spark the session
   * @return the rows; SPICE errors (e.g. {@code SPICE(SPKINSUFFDATA)} outside the kernels' coverage)
   *     surface when an action runs, as a failed task with the {@link io.github.spice4j.SpiceException} as cause
   */
  public Dataset<Row> toDataFrame(SparkSession spark) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.parallelize(windows, windows.size()).flatMap(this::rowsOf);
    return spark.createDataFrame(rows, schema());
  }

  private Iterator<Row> rowsOf(Window w) {
    double[] ets = new double[w.count];
    for (int j = 0; j < w.count; j++) ets[j] = w.rangeStart + (w.first + j) * w.step;
    return ExecutorPools.call(kernels, spice -> {
      // One batch call per target and window: names cross into the engine once, not once per epoch.
      String[] utc = utcPrecision >= 0 ? spice.etToUtc(ets, utcPrecision) : null;
      List<Row> out = new ArrayList<>(w.count * targets.size());
      for (String target : targets) {
        EphemerisBatch batch = spice.states(target, observer, frame, abcorr, ets);
        double[] v = batch.vectors();
        double[] lt = batch.lightTimes();
        for (int j = 0; j < w.count; j++) out.add(row(target, ets[j], utc == null ? null : utc[j], v, 6 * j, lt[j]));
      }
      return out.iterator();
    });
  }

  private static Row row(String target, double et, String utc, double[] v, int b, double lt) {
    if (utc != null) {
      return RowFactory.create(target, et, utc, v[b], v[b + 1], v[b + 2], v[b + 3], v[b + 4], v[b + 5], lt);
    }
    return RowFactory.create(target, et, v[b], v[b + 1], v[b + 2], v[b + 3], v[b + 4], v[b + 5], lt);
  }

  /** Collects what to compute; {@link #build()} checks it. */
  public static final class Builder {
    private final SpiceKernels kernels;
    private final List<String> targets = new ArrayList<>();
    private String observer = "SOLAR SYSTEM BARYCENTER";
    private String frame = "J2000";
    private AberrationCorrection abcorr = AberrationCorrection.NONE;
    private int utcPrecision = -1;
    private int windowEpochs = 1000;
    private final List<double[]> ranges = new ArrayList<>();
    private final List<Window> windows = new ArrayList<>();

    private Builder(SpiceKernels kernels) {
      this.kernels = kernels;
    }

    /**
     * Adds targets (NAIF body names or ID strings), in output order.
     *
     * @param names e.g. {@code "MARS BARYCENTER", "399"}
     * @return this
     */
    public Builder targets(String... names) {
      for (String n : names) targets.add(Objects.requireNonNull(n, "target"));
      return this;
    }

    /**
     * Sets the observer (default {@code SOLAR SYSTEM BARYCENTER}).
     *
     * @param name body name or NAIF ID string
     * @return this
     */
    public Builder observer(String name) {
      this.observer = Objects.requireNonNull(name, "observer");
      return this;
    }

    /**
     * Sets the reference frame of the states (default {@code J2000}).
     *
     * @param name frame name
     * @return this
     */
    public Builder frame(String name) {
      this.frame = Objects.requireNonNull(name, "frame");
      return this;
    }

    /**
     * Sets the aberration correction (default {@code NONE}).
     *
     * @param correction the correction
     * @return this
     */
    public Builder abcorr(AberrationCorrection correction) {
      this.abcorr = Objects.requireNonNull(correction, "abcorr");
      return this;
    }

    /**
     * Adds a {@code utc} column: CSPICE {@code et2utc_c} in ISO calendar format.
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
     * Sets the most epochs per window, i.e. per Spark task (default 1000).
     *
     * @param epochs at least 1
     * @return this
     * @throws IllegalArgumentException if {@code epochs} is less than 1
     */
    public Builder windowEpochs(int epochs) {
      if (epochs < 1) throw new IllegalArgumentException("windowEpochs must be at least 1, got " + epochs);
      this.windowEpochs = epochs;
      return this;
    }

    /**
     * Adds the epochs {@code startEt + i * step} up to {@code stopEt}.
     *
     * @param startEt first epoch, TDB seconds past J2000
     * @param stopEt last epoch allowed (included when a step lands on it)
     * @param step seconds between epochs, positive
     * @return this
     * @throws IllegalArgumentException if {@code step} is not positive and finite, or {@code stopEt < startEt}
     */
    public Builder range(double startEt, double stopEt, double step) {
      if (!(step > 0) || Double.isInfinite(step)) throw new IllegalArgumentException("step must be positive, got " + step);
      if (!(stopEt >= startEt) || Double.isInfinite(stopEt - startEt)) {
        throw new IllegalArgumentException("range needs finite startEt <= stopEt, got " + startEt + " .. " + stopEt);
      }
      ranges.add(new double[] {startEt, stopEt, step});
      return this;
    }

    /**
     * Ends the description.
     *
     * @return the table (not yet computed)
     * @throws IllegalArgumentException if no target or no range was given
     */
    public EphemerisTable build() {
      if (targets.isEmpty()) throw new IllegalArgumentException("an ephemeris table needs at least one target");
      if (ranges.isEmpty()) throw new IllegalArgumentException("an ephemeris table needs at least one time range");
      windows.clear();
      for (double[] r : ranges) {
        long n = (long) Math.floor((r[1] - r[0]) / r[2]) + 1;
        while (n > 1 && r[0] + (n - 1) * r[2] > r[1]) n--; // floor of a rounded quotient may overshoot
        for (long first = 0; first < n; first += windowEpochs) {
          windows.add(new Window(r[0], r[2], first, (int) Math.min(windowEpochs, n - first)));
        }
      }
      return new EphemerisTable(this);
    }
  }
}
