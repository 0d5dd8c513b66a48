package io.github.spice4j;

import java.util.Arrays;

/**
 * A 3x3 matrix stored row-major ({@code get(i, j)} is CSPICE's {@code m[i][j]}); rotation matrices from
 * {@code pxform} map vectors in the "from" frame to the "to" frame: {@code v_to = M * v_from}.
 */
public final class Matrix3 {
  private final double[] m;

  private Matrix3(double[] rowMajor) {
    this.m = rowMajor;
  }

  /**
   * Wraps a copy of a row-major {@code double[9]}.
   *
   * @param rowMajor the nine elements, row by row
   * @return the matrix
   * @throws IllegalArgumentException if the array is null or not of length 9
   */
  public static Matrix3 ofRowMajor(double[] rowMajor) {
    if (rowMajor == null || rowMajor.length != 9) throw new IllegalArgumentException("expected double[9] row-major");
    return new Matrix3(rowMajor.clone());
  }

  /** Internal: takes ownership of the array without copying. */
  static Matrix3 wrap(double[] rowMajor) {
    return new Matrix3(rowMajor);
  }

  /**
   * Element at row {@code i}, column {@code j} (0-based).
   *
   * @param i row 0..2
   * @param j column 0..2
   * @return the element
   * @throws IndexOutOfBoundsException if an index is outside 0..2
   */
  public double get(int i, int j) {
    if (i < 0 || i > 2 || j < 0 || j > 2) throw new IndexOutOfBoundsException("index (" + i + "," + j + ")");
    return m[3 * i + j];
  }

  /** A copy of the elements as a row-major {@code double[9]}. */
  public double[] toRowMajor() {
    return m.clone();
  }

  /**
   * Matrix-vector product {@code M * v} (CSPICE {@code mxv}).
   *
   * @param v the vector
   * @return the product
   */
  public Vector3 multiply(Vector3 v) {
    return new Vector3(
        m[0] * v.x() + m[1] * v.y() + m[2] * v.z(),
        m[3] * v.x() + m[4] * v.y() + m[5] * v.z(),
        m[6] * v.x() + m[7] * v.y() + m[8] * v.z());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Matrix3 other && Arrays.equals(m, other.m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  @Override
  public String toString() {
    return "Matrix3" + Arrays.toString(m);
  }
}
