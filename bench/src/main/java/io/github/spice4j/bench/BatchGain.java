package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Spice;
import io.github.spice4j.backend.SpiceBackend;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The batch calls' gain over single calls (single/batch, per epoch) for the ops of {@link BatchBenchmark},
 * measured so that it holds on a shared machine: batch and single slices of 1000 epochs alternate within
 * one JVM, each timed by this thread's CPU time, and the ratio is the median over the rounds. JMH's
 * {@link BatchBenchmark} and {@link EphemerisBenchmark} remain the reference on a quiet machine; when other
 * work shares the cores their wall-clock ratio drifts with the load between the two benchmarks.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.spice4j.bench.BatchGain [rounds]</pre>
 */
public final class BatchGain {
  private static final int EPOCHS = 1000;
  private static final int REPEATS = 4;
  private static final int WARMUP_ROUNDS = 5;

  /** One op in its batch and single forms, each run {@link #REPEATS} times over the epochs. */
  private interface Op {
    void batch(double[] epochs);

    double single(double et);
  }

  private BatchGain() {}

  /**
   * Prints, per op, the median CPU time per epoch of each form and the median single/batch ratio.
   *
   * @param args optional number of measured rounds (default 25)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
    try (Spice spice = BenchKernels.openAll()) {
      SpiceBackend b = spice.backend();
      double[] epochs = BenchKernels.hourlyEpochs(spice.utcToEt(BenchKernels.UTC), EPOCHS);
      double[] states = new double[6 * EPOCHS];
      double[] lts = new double[EPOCHS];
      double[] rotations = new double[9 * EPOCHS];
      String[] names = {"spkezr NONE", "spkezr LT+S", "pxform"};
      Op[] ops = {
        spkezr(spice, b, AberrationCorrection.NONE, states, lts),
        spkezr(spice, b, AberrationCorrection.LT_S, states, lts),
        new Op() {
          @Override
          public void batch(double[] e) {
            b.frames().pxform("J2000", "IAU_EARTH", e, 0, e.length, rotations);
          }

          @Override
          public double single(double et) {
            return b.frames().pxform("J2000", "IAU_EARTH", et).toRowMajor()[0];
          }
        }};
      for (int k = 0; k < ops.length; k++) report(names[k], measure(ops[k], epochs, rounds));
    }
  }

  private static Op spkezr(Spice spice, SpiceBackend b, AberrationCorrection corr, double[] states, double[] lts) {
    return new Op() {
      @Override
      public void batch(double[] e) {
        b.ephemeris().spkezr("MOON", e, 0, e.length, "J2000", corr.spiceName(), "EARTH", states, lts);
      }

      @Override
      public double single(double et) {
        return spice.state("MOON", "EARTH", "J2000", corr, et).lightTime();
      }
    };
  }

  /** Rows: batch µs/epoch, single µs/epoch, single/batch; one column per measured round. */
  private static double[][] measure(Op op, double[] epochs, int rounds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] out = new double[3][rounds];
    double sink = 0;
    for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int rep = 0; rep < REPEATS; rep++) op.batch(epochs);
      long t1 = mx.getCurrentThreadCpuTime();
      for (int rep = 0; rep < REPEATS; rep++) {
        for (double et : epochs) sink += op.single(et);
      }
      long t2 = mx.getCurrentThreadCpuTime();
      if (r < 0) continue;
      double perEpoch = 1e-3 / (REPEATS * epochs.length); // ns per slice -> µs per epoch
      out[0][r] = (t1 - t0) * perEpoch;
      out[1][r] = (t2 - t1) * perEpoch;
      out[2][r] = (double) (t2 - t1) / (t1 - t0);
    }
    if (Double.isNaN(sink)) System.out.println("NaN light time");
    return out;
  }

  private static void report(String name, double[][] m) {
    for (double[] row : m) Arrays.sort(row);
    int mid = m[2].length / 2;
    System.out.printf("%-12s batch %.3f us/epoch, single %.3f us/epoch (CPU time, medians); single/batch %.2f (quartiles %.2f-%.2f)%n",
        name, m[0][mid], m[1][mid], m[2][mid], m[2][m[2].length / 4], m[2][3 * m[2].length / 4]);
  }
}
