package io.github.spice4j.gf;

import io.github.spice4j.Vector3;

/** The few vector operations the searches compose, in plain Java. */
final class Vectors {
  /** Speed of light, km/s (CSPICE's {@code clight_c}). */
  static final double C = 299792.458;

  private Vectors() {}

  static double dot(Vector3 a, Vector3 b) {
    return a.x() * b.x() + a.y() * b.y() + a.z() * b.z();
  }

  static Vector3 cross(Vector3 a, Vector3 b) {
    return new Vector3(a.y() * b.z() - a.z() * b.y(), a.z() * b.x() - a.x() * b.z(), a.x() * b.y() - a.y() * b.x());
  }

  static Vector3 neg(Vector3 a) {
    return new Vector3(-a.x(), -a.y(), -a.z());
  }

  static Vector3 scale(double s, Vector3 a) {
    return new Vector3(s * a.x(), s * a.y(), s * a.z());
  }

  static Vector3 add(Vector3 a, Vector3 b) {
    return new Vector3(a.x() + b.x(), a.y() + b.y(), a.z() + b.z());
  }

  static Vector3 unit(Vector3 a) {
    double n = a.norm();
    return n == 0 ? a : scale(1 / n, a);
  }

  /** The angle between two vectors, by the half-chord formula that stays accurate near 0 and pi (as {@code vsep_c}). */
  static double angle(Vector3 a, Vector3 b) {
    if (a.norm() == 0 || b.norm() == 0) return 0;
    Vector3 u = unit(a), v = unit(b);
    if (dot(u, v) > 0) return 2 * Math.asin(add(u, neg(v)).norm() / 2);
    if (dot(u, v) < 0) return Math.PI - 2 * Math.asin(add(u, v).norm() / 2);
    return Math.PI / 2;
  }

  /** {@code v} rotated by {@code angle} (right-handed) about {@code axis} (Rodrigues' formula). */
  static Vector3 rotate(Vector3 v, Vector3 axis, double angle) {
    Vector3 k = unit(axis);
    double c = Math.cos(angle), s = Math.sin(angle);
    return add(add(scale(c, v), scale(s, cross(k, v))), scale(dot(k, v) * (1 - c), k));
  }

  /**
   * A direction corrected for stellar aberration by an observer moving at {@code velocity} (km/s, relative
   * to the solar system barycenter): rotated toward the velocity by the angle whose sine is the size of
   * {@code unit(dir) x velocity / c}, as NAIF's aberration-correction required reading defines it.
   */
  static Vector3 stellarAberration(Vector3 dir, Vector3 velocity) {
    Vector3 h = cross(unit(dir), scale(1 / C, velocity));
    double sin = h.norm();
    return sin == 0 ? dir : rotate(dir, h, Math.asin(sin));
  }
}
