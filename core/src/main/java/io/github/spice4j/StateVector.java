package io.github.spice4j;

/**
 * A state vector: position (km) and velocity (km/s) of a target relative to an observer in a frame,
 * with the one-way light time (s) between them ({@code 0} where CSPICE computes none, e.g. {@code spkssb}).
 *
 * @param position position, km
 * @param velocity velocity, km/s
 * @param lightTime one-way light time, seconds
 */
public record StateVector(Vector3 position, Vector3 velocity, double lightTime) {
  /**
   * Builds a state from CSPICE's {@code double[6]} {@code [x, y, z, vx, vy, vz]} and a light time.
   *
   * @param state the six components (km, km/s)
   * @param lightTime one-way light time, s
   * @return the state
   * @throws IllegalArgumentException if {@code state.length != 6}
   */
  public static StateVector of(double[] state, double lightTime) {
    if (state == null || state.length < 6) throw new IllegalArgumentException("expected double[6]");
    return new StateVector(new Vector3(state[0], state[1], state[2]), new Vector3(state[3], state[4], state[5]),
        lightTime);
  }

  /** The six components as CSPICE orders them: {@code double[6]} = {@code [x, y, z, vx, vy, vz]}. */
  public double[] toArray() {
    return new double[] {position.x(), position.y(), position.z(), velocity.x(), velocity.y(), velocity.z()};
  }

  /**
   * Propagates this state along its two-body (Keplerian) orbit (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/prop2b_c.html">prop2b_c</a>), computed
   * in Java with universal variables; valid for elliptic, parabolic and hyperbolic orbits.
   *
   * @param gm gravitational parameter of the primary, km^3/s^2
   * @param dt time to propagate, seconds (negative goes back)
   * @return the state {@code dt} seconds later, light time 0
   * @throws SpiceException {@code SPICE(NONPOSITIVEMASS)} for {@code gm <= 0}, {@code SPICE(ZEROPOSITION)},
   *     {@code SPICE(ZEROVELOCITY)}, {@code SPICE(NONCONICMOTION)} when position and velocity are parallel (their
   *     cross product's squared length is 0), {@code SPICE(DTOUTOFRANGE)} when {@code dt} is too long to propagate
   *     without overflow (e.g. 1e300 s on a hyperbola)
   * @throws IllegalArgumentException if {@code dt} is not finite
   */
  public StateVector propagateTwoBody(double gm, double dt) {
    return of(TwoBody.propagate(gm, toArray(), dt), 0.0);
  }
}
