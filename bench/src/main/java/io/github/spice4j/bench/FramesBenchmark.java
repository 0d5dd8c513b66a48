package io.github.spice4j.bench;

import io.github.spice4j.Matrix3;
import io.github.spice4j.Spice;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Frame transformation latency: CSPICE {@code pxform_c("J2000", "IAU_EARTH", et)} ({@link Spice#rotation})
 * with the IAU_EARTH rotation model from pck00011.tpc, returning a 3x3 rotation matrix.
 */
public class FramesBenchmark extends EngineBenchmark {
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
