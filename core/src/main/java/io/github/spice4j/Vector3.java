package io.github.spice4j;

/**
 * A 3-vector (e.g. a position in km or a velocity in km/s, in the frame the call named).
 *
 * @param x first component
 * @param y second component
 * @param z third component
 */
public record Vector3(double x, double y, double z) {
  /**
   * Creates a vector from {@code double[3]}.
   *
   * @param v the components
   * @return the vector
   * @throws IllegalArgumentException if {@code v.length != 3}
   */
  public static Vector3 of(double[] v) {
    if (v == null || v.length != 3) throw new IllegalArgumentException("expected double[3]");
    return new Vector3(v[0], v[1], v[2]);
  }

  /** The components as a new {@code double[3]}. */
  public double[] toArray() {
    return new double[] {x, y, z};
  }

  /** Euclidean norm (CSPICE {@code vnorm}), same units as the components. */
  public double norm() {
    return Math.sqrt(x * x + y * y + z * z);
  }
}
