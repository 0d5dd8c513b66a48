package io.github.spice4j.bench;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Spice;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Frame transformation latency: CSPICE {@code pxform_c("J2000", "IAU_EARTH", et)} ({@link Spice#rotation})
 * with the IAU_EARTH rotation model from pck00011.tpc, returning a 3x3 rotation matrix.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class FramesBenchmark {
  private Spice spice;
  private double et;

  /** Loads LSK, PCK and SPK into a fresh engine. */
  @Setup
  public void setup() {
    spice = BenchKernels.openAll();
    et = spice.utcToEt(BenchKernels.UTC);
  }

  /** Releases the engine. */
  @TearDown
  public void tearDown() {
    spice.close();
  }

  /**
   * CSPICE {@code pxform_c("J2000", "IAU_EARTH", et)}.
   *
   * @return the rotation from J2000 to IAU_EARTH at et
   */
  @Benchmark
  public Matrix3 pxform() {
    return spice.rotation("J2000", "IAU_EARTH", et);
  }
}
