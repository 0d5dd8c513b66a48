package io.github.spice4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * Extended osculating elements (CSPICE's {@code oscltx_c}): the conic elements plus true anomaly,
 * semi-major axis and period.
 *
 * @param conic the conic elements, as {@code oscelt} returns them
 * @param trueAnomaly true anomaly at the epoch, rad, in [0, 2 pi) for every conic (the mean anomaly when the
 *     eccentricity is within 1e-10 of 0)
 * @param semiMajorAxis semi-major axis -mu / (2 energy), km: positive for ellipses, negative for hyperbolas, 0 for
 *     parabolas (and when it would overflow)
 * @param period orbital period, s, for ellipses; 0 otherwise
 */
public record OsculatingElements(ConicElements conic, double trueAnomaly, double semiMajorAxis, double period) {
  /** Length of CSPICE's {@code oscltx} output array ({@code SPICE_OSCLTX_NELTS}). */
  public static final int OSCLTX_NELTS = 20;

  /**
   * The extended osculating elements of a state (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/oscltx_c.html">oscltx_c</a>).
   *
   * @param state position (km) and velocity (km/s) relative to the primary, in an inertial frame
   * @param et epoch of the state, ET
   * @param mu gravitational parameter of the primary, km^3/s^2
   * @return the elements
   * @throws SpiceException as {@link ConicElements#fromState}
   */
  public static OsculatingElements fromState(StateVector state, double et, double mu) {
    return Conics.elements(Objects.requireNonNull(state, "state").toArray(), et, mu);
  }

  /**
   * CSPICE's {@code elts}: {@code double[20]} = {@code [rp, ecc, inc, lnode, argp, m0, t0, mu, nu, a, tau]}
   * followed by CSPICE's reserved zeros.
   */
  public double[] toArray() {
    double[] out = Arrays.copyOf(conic.toArray(), OSCLTX_NELTS);
    out[8] = trueAnomaly;
    out[9] = semiMajorAxis;
    out[10] = period;
    return out;
  }
}
