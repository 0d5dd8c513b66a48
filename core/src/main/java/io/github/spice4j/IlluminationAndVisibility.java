package io.github.spice4j;

import java.util.Objects;

/**
 * Illumination angles at a surface point plus whether the point is visible and lit, as CSPICE's
 * {@code illumf_c} returns them.
 *
 * @param angles the illumination angles (ET seconds, km, radians), as {@code illumg_c} computes them
 * @param visibl whether the point is visible to the observer: its emission angle is less than pi/2
 * @param lit whether the point is illuminated by the source: its incidence angle is less than pi/2
 */
public record IlluminationAndVisibility(IlluminationAngles angles, boolean visibl, boolean lit) {
  /**
   * Checks the angles are present.
   *
   * @throws NullPointerException if {@code angles} is null
   */
  public IlluminationAndVisibility {
    Objects.requireNonNull(angles, "angles");
  }

  /** The epoch at the target, TDB seconds past J2000 (ET). */
  public double trgepc() {
    return angles.trgepc();
  }

  /** The vector from the observer to the surface point, km, in {@code fixref} at {@link #trgepc()}. */
  public Vector3 srfvec() {
    return angles.srfvec();
  }

  /** Phase angle, radians. */
  public double phase() {
    return angles.phase();
  }

  /** Incidence angle of the source's light, radians. */
  public double incdnc() {
    return angles.incdnc();
  }

  /** Emission angle, radians. */
  public double emissn() {
    return angles.emissn();
  }
}
