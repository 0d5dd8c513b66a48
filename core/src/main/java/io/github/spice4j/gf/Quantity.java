package io.github.spice4j.gf;

/**
 * A scalar geometric quantity of time searched by {@link GfSearch#scalar}: its value and whether it is
 * decreasing at a given ET (the GF Required Reading's "decreasing" function).
 */
public interface Quantity {
  /**
   * The quantity at an epoch.
   *
   * @param et TDB seconds past J2000
   * @return the value (its unit is the caller's: km, radians, km/s ...)
   */
  double value(double et);

  /**
   * Whether the quantity is an angle that wraps at 2 pi (longitude, right ascension): its rate and
   * crossings are then taken on the continuous angle, not across the branch cut.
   */
  default boolean wraps() {
    return false;
  }

  /**
   * For a wrapping angle, where its range jumps: pi for ranges (-pi, pi], 0 for [0, 2 pi).
   *
   * @return the branch cut, radians
   */
  default double branchCut() {
    return Math.PI;
  }

  /**
   * The rate of change by the fourth-order central difference over {@code t +- h} and {@code t +- 2h}
   * (wrapped angles differenced modulo 2 pi). A spacing tied to the search step keeps the rounding noise
   * of light-time-corrected geometry far below the rate near an extremum.
   *
   * <p>A quantity undefined at some epochs (NaN, e.g. an intercept near the edge of the time it exists, or
   * a {@link io.github.spice4j.SpiceException} such as missing ephemeris just past the end of a kernel's
   * coverage) falls back to the one-sided difference on the side where it is defined.
   *
   * @param et TDB seconds past J2000
   * @param h spacing, seconds
   * @return the rate, unit per second (0 when no difference can be formed)
   */
  default double rate(double et, double h) {
    double v0 = value(et);
    double m2 = diff(near(et - 2 * h), v0), m1 = diff(near(et - h), v0);
    double p1 = diff(near(et + h), v0), p2 = diff(near(et + 2 * h), v0);
    double r = (m2 - 8 * m1 + 8 * p1 - p2) / (12 * h);
    if (!Double.isNaN(r)) return r;
    if (!Double.isNaN(p1)) return p1 / h;
    if (!Double.isNaN(m1)) return -m1 / h;
    return 0;
  }

  /** The value at a neighbouring epoch of the difference, NaN where SPICE cannot compute it. */
  private double near(double et) {
    try {
      return value(et);
    } catch (io.github.spice4j.SpiceException e) {
      return Double.NaN;
    }
  }

  /** {@code v - v0}, modulo 2 pi for wrapped angles. */
  private double diff(double v, double v0) {
    return wraps() ? Angles.wrapPi(v - v0) : v - v0;
  }

  /**
   * Whether the quantity decreases at {@code et}.
   *
   * @param et TDB seconds past J2000
   * @param h spacing of the numerical rate, seconds (ignored by quantities that know their rate)
   * @return true when the rate is negative
   */
  default boolean decreasing(double et, double h) {
    return rate(et, h) < 0;
  }
}
