package io.github.spice4j;

import java.util.Arrays;

/**
 * A 6x6 state transformation matrix stored row-major, as returned by {@code sxform}: it maps a state
 * {@code [position (km) | velocity (km/s)]} from one frame to another; the lower-left block holds the
 * derivative of the rotation (1/s).
 */
public final class Matrix6 {
  private final double[] m;

  private Matrix6(double[] rowMajor) {
    this.m = rowMajor;
  }

  /**
   * Wraps a copy of a row-major {@code double[36]}.
   *
   * @param rowMajor the 36 elements, row by row
   * @return the matrix
   * @throws IllegalArgumentException if the array is null or not of length 36
   */
  public static Matrix6 ofRowMajor(double[] rowMajor) {
    if (rowMajor == null || rowMajor.length != 36) throw new IllegalArgumentException("expected double[36] row-major");
    return new Matrix6(rowMajor.clone());
  }

  static Matrix6 wrap(double[] rowMajor) {
    return new Matrix6(rowMajor);
  }

  /**
   * Element at row {@code i}, column {@code j} (0-based).
   *
   * @param i row 0..5
   * @param j column 0..5
   * @return the element
   * @throws IndexOutOfBoundsException if an index is outside 0..5
   */
  public double get(int i, int j) {
    if (i < 0 || i > 5 || j < 0 || j > 5) throw new IndexOutOfBoundsException("index (" + i + "," + j + ")");
    return m[6 * i + j];
  }

  /** A copy of the elements as a row-major {@code double[36]}. */
  public double[] toRowMajor() {
    return m.clone();
  }

  /**
   * This state transformation as Euler angles and rates (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/xf2eul_c.html">xf2eul_c</a>); see
   * {@link EulerAngleRates#fromStateTransform}.
   *
   * @param axisa axis of the leftmost factor, 1..3
   * @param axisb axis of the middle factor, different from the two others
   * @param axisc axis of the rightmost factor, 1..3
   * @return angles (rad) and rates (rad/s)
   * @throws SpiceException {@code SPICE(BADAXISNUMBERS)}, {@code SPICE(NOTAROTATION)}
   */
  public EulerAngleRates toEulerAngles(int axisa, int axisb, int axisc) {
    return EulerAngleRates.fromStateTransform(this, axisa, axisb, axisc);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix6 other && Arrays.equals(m, other.m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  @Override
  public String toString() {
    return "Matrix6" + Arrays.toString(m);
  }
}
