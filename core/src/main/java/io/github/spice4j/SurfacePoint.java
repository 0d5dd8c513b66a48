package io.github.spice4j;

import java.util.Objects;

/**
 * A point on a target body's surface as CSPICE's {@code subpnt_c}, {@code subslr_c} and {@code sincpt_c}
 * return it.
 *
 * @param spoint the surface point, km, in the body-fixed frame {@code fixref} evaluated at {@code trgepc}
 * @param trgepc the epoch at the target, TDB seconds past J2000 (ET): the observation epoch minus the
 *     one-way light time from the point to the observer when {@code abcorr} is not {@code NONE}
 * @param srfvec the vector from the observer to the surface point, km, in {@code fixref} at {@code trgepc}
 */
public record SurfacePoint(Vector3 spoint, double trgepc, Vector3 srfvec) {
  /**
   * Checks the components are present.
   *
   * @throws NullPointerException if {@code spoint} or {@code srfvec} is null
   */
  public SurfacePoint {
    Objects.requireNonNull(spoint, "spoint");
    Objects.requireNonNull(srfvec, "srfvec");
  }

  /**
   * Builds a surface point from CSPICE's output layout {@code double[7]} = {@code [spoint[3], trgepc, srfvec[3]]}.
   *
   * @param v the seven values (km, ET seconds, km)
   * @return the surface point
   * @throws IllegalArgumentException if {@code v.length != 7}
   */
  public static SurfacePoint of(double[] v) {
    if (v == null || v.length != 7) throw new IllegalArgumentException("expected double[7]");
    return new SurfacePoint(new Vector3(v[0], v[1], v[2]), v[3], new Vector3(v[4], v[5], v[6]));
  }

  /** Distance from the observer to the surface point, km (the norm of {@link #srfvec()}). */
  public double range() {
    return srfvec.norm();
  }
}
