package io.github.spice4j;

import java.util.Objects;

/**
 * Illumination angles at a surface point, as CSPICE's {@code ilumin_c} and {@code illumg_c} return them.
 *
 * @param trgepc the epoch at the target, TDB seconds past J2000 (ET), light-time corrected per {@code abcorr}
 * @param srfvec the vector from the observer to the surface point, km, in {@code fixref} at {@code trgepc}
 * @param phase phase angle, radians in [0, pi]: between the directions from the point to the observer and
 *     from the point to the illumination source
 * @param incdnc solar (source) incidence angle, radians in [0, pi]: between the surface normal at the point
 *     and the direction to the illumination source
 * @param emissn emission angle, radians in [0, pi]: between the surface normal at the point and the
 *     direction to the observer
 */
public record IlluminationAngles(double trgepc, Vector3 srfvec, double phase, double incdnc, double emissn) {
  /**
   * Checks the components are present.
   *
   * @throws NullPointerException if {@code srfvec} is null
   */
  public IlluminationAngles {
    Objects.requireNonNull(srfvec, "srfvec");
  }

  /**
   * Builds the angles from the layout {@code double[7]} = {@code [trgepc, srfvec[3], phase, incdnc, emissn]}.
   *
   * @param v the seven values (ET seconds, km, radians)
   * @return the angles
   * @throws IllegalArgumentException if {@code v.length != 7}
   */
  public static IlluminationAngles of(double[] v) {
    if (v == null || v.length != 7) throw new IllegalArgumentException("expected double[7]");
    return new IlluminationAngles(v[0], new Vector3(v[1], v[2], v[3]), v[4], v[5], v[6]);
  }
}
