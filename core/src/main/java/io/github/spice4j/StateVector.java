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
}
