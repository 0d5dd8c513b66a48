package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Geometry;
import io.github.spice4j.Spice;
import io.github.spice4j.SurfacePoint;
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
 * Geometry latency: the sub-Moon point on the Earth, CSPICE
 * {@code subpnt_c("NEAR POINT/ELLIPSOID", "EARTH", et, "IAU_EARTH", "LT+S", "MOON")}
 * ({@link Geometry#subObserverPoint}): light-time corrected states, the IAU_EARTH rotation and the
 * Earth's radii from pck00011.tpc, and the near-point on the reference ellipsoid.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class GeometryBenchmark {
  private Spice spice;
  private Geometry geometry;
  private double et;

  /** Loads LSK, PCK and SPK into a fresh engine. */
  @Setup
  public void setup() {
    spice = BenchKernels.openAll();
    geometry = spice.geometry();
    et = spice.utcToEt(BenchKernels.UTC);
  }

  /** Releases the engine. */
  @TearDown
  public void tearDown() {
    spice.close();
  }

  /**
   * CSPICE {@code subpnt_c}: the sub-Moon point on the Earth's ellipsoid.
   *
   * @return the point (km, IAU_EARTH), target epoch and observer-to-point vector
   */
  @Benchmark
  public SurfacePoint subpnt() {
    return geometry.subObserverPoint(Geometry.NEAR_POINT_ELLIPSOID, "EARTH", "MOON", "IAU_EARTH",
        AberrationCorrection.LT_S, et);
  }
}
