package io.github.spice4j;

import java.util.Objects;

/**
 * Osculating conic elements of a two-body orbit, in CSPICE's {@code oscelt_c}/{@code conics_c} order and
 * units (km, rad, s, km^3/s^2), computed in Java. They describe elliptic, parabolic and hyperbolic orbits
 * alike; the frame is the inertial frame of the state they came from.
 *
 * @param periapsisDistance perifocal distance rp, km
 * @param eccentricity eccentricity, 0 or more (exactly 1 when within 1e-10 of 1, as {@code oscelt_c} rounds it)
 * @param inclination inclination, rad, in [0, pi] (exactly 0 or pi when within 1e-10 of them)
 * @param ascendingNodeLongitude longitude of the ascending node, rad, in [0, 2 pi) (2 pi possible by rounding);
 *     0 when the inclination is 0 or pi
 * @param periapsisArgument argument of periapsis, rad, in [0, 2 pi); 0 for a circular orbit, measured from +X for
 *     an equatorial one
 * @param meanAnomaly mean anomaly at {@code epoch}, rad (in [0, 2 pi) for ellipses)
 * @param epoch epoch of the elements, ET (TDB seconds past J2000)
 * @param gm gravitational parameter of the primary, km^3/s^2
 */
public record ConicElements(double periapsisDistance, double eccentricity, double inclination,
    double ascendingNodeLongitude, double periapsisArgument, double meanAnomaly, double epoch, double gm) {

  /**
   * The osculating elements of a state (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/oscelt_c.html">oscelt_c</a>).
   *
   * @param state position (km) and velocity (km/s) relative to the primary, in an inertial frame
   * @param et epoch of the state, ET
   * @param mu gravitational parameter of the primary, km^3/s^2
   * @return the elements
   * @throws SpiceException {@code SPICE(NONPOSITIVEMASS)} for {@code mu <= 0};
   *     {@code SPICE(DEGENERATECASE)} for a zero position, velocity or angular momentum
   */
  public static ConicElements fromState(StateVector state, double et, double mu) {
    return Conics.elements(Objects.requireNonNull(state, "state").toArray(), et, mu).conic();
  }

  /**
   * The state on this conic at an epoch (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/conics_c.html">conics_c</a>).
   *
   * @param et the epoch, ET
   * @return position (km) and velocity (km/s) relative to the primary, light time 0
   * @throws SpiceException {@code SPICE(BADECCENTRICITY)} for a negative eccentricity,
   *     {@code SPICE(BADPERIAPSEVALUE)} for a non-positive periapsis distance, {@code SPICE(BADGM)} for a
   *     non-positive GM
   */
  public StateVector stateAt(double et) {
    return StateVector.of(Conics.state(this, et), 0.0);
  }

  /** CSPICE's {@code elts}: {@code double[8]} = {@code [rp, ecc, inc, lnode, argp, m0, t0, mu]}. */
  public double[] toArray() {
    return new double[] {periapsisDistance, eccentricity, inclination, ascendingNodeLongitude, periapsisArgument,
        meanAnomaly, epoch, gm};
  }

  /**
   * Elements from CSPICE's {@code double[8]} {@code elts} array.
   *
   * @param elts {@code [rp, ecc, inc, lnode, argp, m0, t0, mu]}
   * @return the elements
   * @throws IllegalArgumentException if {@code elts} has fewer than 8 values
   */
  public static ConicElements of(double[] elts) {
    if (elts == null || elts.length < 8) throw new IllegalArgumentException("expected double[8] elts");
    return new ConicElements(elts[0], elts[1], elts[2], elts[3], elts[4], elts[5], elts[6], elts[7]);
  }
}
