package io.github.spice4j.bench;

import io.github.spice4j.AberrationCorrection;
import io.github.spice4j.Geometry;
import io.github.spice4j.SurfacePoint;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Geometry latency: the sub-Moon point on the Earth, CSPICE
 * {@code subpnt_c("NEAR POINT/ELLIPSOID", "EARTH", et, "IAU_EARTH", "LT+S", "MOON")}
 * ({@link Geometry#subObserverPoint}): light-time corrected states, the IAU_EARTH rotation and the
 * Earth's radii from pck00011.tpc, and the near-point on the reference ellipsoid.
 */
public class GeometryBenchmark extends EngineBenchmark {
  private Geometry geometry;

  /** The geometry facade, made once. */
  @Override
  protected void prepare() {
    super.prepare();
    geometry = spice.geometry();
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
