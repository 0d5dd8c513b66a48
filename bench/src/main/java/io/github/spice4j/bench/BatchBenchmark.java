package io.github.spice4j.bench;

import io.github.spice4j.backend.SpiceBackend;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Batch calls, per epoch (µs/op with 1000 epochs per invocation): one call computes CSPICE
 * {@code spkezr_c("MOON", et, "J2000", abcorr, "EARTH")} or {@code pxform_c("J2000", "IAU_EARTH", et)} at
 * 1000 hourly epochs, with the names passed to the engine once and one lock per batch. Compare with the
 * single calls of the same run ({@link EphemerisBenchmark}, {@link FramesBenchmark}): the ratio
 * single/batch is the batch's throughput gain. Outputs are preallocated, as a table writer would reuse them.
 */
public class BatchBenchmark extends EngineBenchmark {
  /** Epochs per batch. */
  static final int EPOCHS = 1000;

  private SpiceBackend backend;
  private double[] epochs;
  private final double[] states = new double[6 * EPOCHS];
  private final double[] lts = new double[EPOCHS];
  private final double[] rotations = new double[9 * EPOCHS];

  /** Hourly epochs from {@link #et} on. */
  @Override
  protected void prepare() {
    super.prepare();
    backend = spice.backend();
    epochs = BenchKernels.hourlyEpochs(et, EPOCHS);
  }

  /**
   * 1000 geometric states in one batch.
   *
   * @return the states array (so the work is not eliminated)
   */
  @Benchmark
  @OperationsPerInvocation(EPOCHS)
  public double[] spkezrNone() {
    backend.ephemeris().spkezr("MOON", epochs, 0, EPOCHS, "J2000", "NONE", "EARTH", states, lts);
    return states;
  }

  /**
   * 1000 apparent (LT+S) states in one batch.
   *
   * @return the states array
   */
  @Benchmark
  @OperationsPerInvocation(EPOCHS)
  public double[] spkezrLtS() {
    backend.ephemeris().spkezr("MOON", epochs, 0, EPOCHS, "J2000", "LT+S", "EARTH", states, lts);
    return states;
  }

  /**
   * 1000 rotations J2000 to IAU_EARTH in one batch.
   *
   * @return the rotations array
   */
  @Benchmark
  @OperationsPerInvocation(EPOCHS)
  public double[] pxform() {
    backend.frames().pxform("J2000", "IAU_EARTH", epochs, 0, EPOCHS, rotations);
    return rotations;
  }
}
