package io.github.spice4j.gf;

import io.github.spice4j.Units;
import io.github.spice4j.Vector3;

/** The rotation and stellar aberration the ray-in-FOV search applies; plain algebra lives on {@link Vector3}. */
final class Vectors {
  private Vectors() {}

  /** {@code v} rotated by {@code angle} (right-handed) about {@code axis} (Rodrigues' formula). */
  static Vector3 rotate(Vector3 v, Vector3 axis, double angle) {
    Vector3 k = axis.unit();
    double c = Math.cos(angle), s = Math.sin(angle);
    return v.scale(c).add(k.cross(v).scale(s)).add(k.scale(k.dot(v) * (1 - c)));
  }

  /**
   * A direction corrected for stellar aberration by an observer moving at {@code velocity} (km/s, relative
   * to the solar system barycenter): rotated toward the velocity by the angle whose sine is the size of
   * {@code unit(dir) x velocity / c}, as NAIF's aberration-correction required reading defines it.
   */
  static Vector3 stellarAberration(Vector3 dir, Vector3 velocity) {
    Vector3 h = dir.unit().cross(velocity.scale(1 / Units.CLIGHT));
    double sin = h.norm();
    return sin == 0 ? dir : rotate(dir, h, Math.asin(sin));
  }
}
