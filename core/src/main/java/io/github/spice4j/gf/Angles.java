package io.github.spice4j.gf;

/** Angle helpers for wrapped coordinates. */
final class Angles {
  static final double TWO_PI = 2 * Math.PI;

  private Angles() {}

  /** {@code a} reduced to (-pi, pi]. */
  static double wrapPi(double a) {
    double r = Math.IEEEremainder(a, TWO_PI);
    return r == -Math.PI ? Math.PI : r;
  }

  /** {@code a} reduced to [0, 2 pi). */
  static double wrapTwoPi(double a) {
    double r = a % TWO_PI;
    if (r < 0) r += TWO_PI;
    return r == TWO_PI ? 0 : r;
  }
}
