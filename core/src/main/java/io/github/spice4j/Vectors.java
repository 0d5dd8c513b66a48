package io.github.spice4j;

import java.util.Objects;

/**
 * Algebra on vectors of any dimension given as {@code double[]} (CSPICE's {@code ...g} routines), computed
 * in Java with no engine. For 3-vectors use the methods of {@link Vector3}.
 */
public final class Vectors {
  private Vectors() {}

  /**
   * Angle between two n-vectors, accurate near 0 and pi (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vsepg_c.html">vsepg_c</a>).
   *
   * @param v1 first vector
   * @param v2 second vector, same length as {@code v1}
   * @return the angle in radians, in [0, pi]; 0 when either vector is zero
   * @throws IllegalArgumentException if the lengths differ or are zero
   */
  public static double angle(double[] v1, double[] v2) {
    checkSameLength(v1, v2);
    return VectorMath.vsepg(v1, v2);
  }

  /**
   * Euclidean norm of an n-vector, scaled by its largest component (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/vnormg_c.html">vnormg_c</a>).
   *
   * @param v the vector
   * @return its length; 0 for the zero vector
   */
  public static double norm(double[] v) {
    return VectorMath.vnormg(Objects.requireNonNull(v, "v"));
  }

  private static void checkSameLength(double[] v1, double[] v2) {
    Objects.requireNonNull(v1, "v1");
    Objects.requireNonNull(v2, "v2");
    if (v1.length != v2.length || v1.length == 0) {
      throw new IllegalArgumentException("vectors of equal, positive dimension expected, got " + v1.length + " and "
          + v2.length);
    }
  }
}
