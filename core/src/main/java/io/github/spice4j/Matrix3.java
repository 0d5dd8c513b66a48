package io.github.spice4j;

import java.util.Arrays;

/**
 * A 3x3 matrix stored row-major ({@code get(i, j)} is CSPICE's {@code m[i][j]}); rotation matrices from
 * {@code pxform} map vectors in the "from" frame to the "to" frame: {@code v_to = M * v_from}.
 *
 * <p>The algebra and rotation routines here run in Java with no engine. {@link #multiply(Vector3)},
 * {@link #multiplyTransposed} and {@link #multiply(Matrix3)} are bit-identical to CSPICE's {@code mxv_c},
 * {@code mtxv_c} and {@code mxm_c}; {@link #frameRotation}, {@link #rotateFrame} and {@link #axisAngle}
 * agree with {@code rotate_c}, {@code rotmat_c} and {@code axisar_c} to a few units in the last place
 * (Java's fdlibm and the engine's musl round {@code cos} differently for about 2% of arguments); all
 * checked on random inputs against the engine. The others follow NAIF's documented definitions (see NAIF's <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/rotation.html">Rotation
 * required reading</a>).
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

  /** The identity matrix. */
  public static Matrix3 identity() {
    return new Matrix3(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
  }

  /**
   * Matrix-vector product {@code M * v}; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/mxv_c.html">mxv_c</a>.
   *
   * @param v the vector
   * @return the product
   */
  public Vector3 multiply(Vector3 v) {
    return VectorMath.mxv(this, v);
  }

  /**
   * {@code transpose(M) * v} (for a rotation, the inverse rotation); bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/mtxv_c.html">mtxv_c</a>.
   *
   * @param v the vector
   * @return the product
   */
  public Vector3 multiplyTransposed(Vector3 v) {
    return VectorMath.mtxv(this, v);
  }

  /**
   * Matrix product {@code this * other}; bit-identical to CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/mxm_c.html">mxm_c</a>.
   *
   * @param other the right factor
   * @return the product
   */
  public Matrix3 multiply(Matrix3 other) {
    return VectorMath.mxm(this, other);
  }

  /**
   * The transpose (for a rotation, its inverse; CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/xpose_c.html">xpose_c</a>).
   *
   * @return the transposed matrix
   */
  public Matrix3 transpose() {
    return new Matrix3(Rotations.transpose(m));
  }

  /**
   * The matrix that turns the coordinate frame by {@code angle} about a coordinate axis, so that it maps
   * vectors into the turned frame; within 1 ulp of CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/rotate_c.html">rotate_c</a>.
   *
   * @param angle radians
   * @param axis 1 = X, 2 = Y, 3 = Z (other values taken modulo 3, as CSPICE)
   * @return the rotation matrix
   */
  public static Matrix3 frameRotation(double angle, int axis) {
    return new Matrix3(Rotations.frame(angle, axis));
  }

  /**
   * {@code frameRotation(angle, axis) * this}; within 2 ulp (of the largest element) of CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/rotmat_c.html">rotmat_c</a>.
   *
   * @param angle radians
   * @param axis 1 = X, 2 = Y, 3 = Z (other values taken modulo 3)
   * @return the rotated matrix
   */
  public Matrix3 rotateFrame(double angle, int axis) {
    return new Matrix3(Rotations.rotateFrame(m, angle, axis));
  }

  /**
   * The matrix rotating vectors right-handedly by {@code angle} about {@code axis} (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/axisar_c.html">axisar_c</a>); agrees
   * with the engine to within 8 ulp of 1 (see PureMathBitIdentityTest).
   *
   * @param axis the rotation axis, any non-zero length (the zero vector gives the identity)
   * @param angle radians
   * @return the rotation matrix
   */
  public static Matrix3 axisAngle(Vector3 axis, double angle) {
    return new Matrix3(Rotations.axisAngle(axis, angle));
  }

  /**
   * The rotation into a frame defined by two vectors (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/twovec_c.html">twovec_c</a>): the
   * frame's axis {@code indexa} points along {@code axdef}, its axis {@code indexp} lies in the plane of
   * {@code axdef} and {@code plndef} on {@code plndef}'s side, the third axis completes a right-handed
   * frame. The rows of the result are those axes in the input frame, so it maps vectors into the new frame.
   *
   * @param axdef the vector defining axis {@code indexa}
   * @param indexa 1 = X, 2 = Y, 3 = Z
   * @param plndef a vector in the plane of axes {@code indexa} and {@code indexp}
   * @param indexp 1 = X, 2 = Y, 3 = Z, different from {@code indexa}
   * @return the rotation matrix
   * @throws SpiceException {@code SPICE(BADINDEX)} for an index outside 1..3, {@code SPICE(UNDEFINEDFRAME)}
   *     for equal indices, {@code SPICE(DEPENDENTVECTORS)} when the vectors are parallel or zero
   */
  public static Matrix3 twoVectors(Vector3 axdef, int indexa, Vector3 plndef, int indexp) {
    return new Matrix3(Rotations.twoVectors(axdef, indexa, plndef, indexp));
  }

  /**
   * Inverse of a matrix whose columns are orthogonal but not necessarily unit (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/invort_c.html">invort_c</a>): row j
   * of the result is column j divided by its squared norm.
   *
   * @return the inverse
   * @throws SpiceException {@code SPICE(ZEROLENGTHCOLUMN)} when a column is zero, {@code SPICE(COLUMNTOOSMALL)}
   *     when a column's norm is so small that its reciprocal overflows
   */
  public Matrix3 invertOrthogonal() {
    return new Matrix3(Rotations.invertOrthogonal(m));
  }

  /**
   * Whether this is a rotation matrix within tolerances (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/isrot_c.html">isrot_c</a>): every
   * column's norm within {@code ntol} of 1 and the determinant of the column-normalized matrix within
   * {@code dtol} of 1.
   *
   * @param ntol column-norm tolerance, non-negative
   * @param dtol determinant tolerance, non-negative
   * @return true for a rotation
   * @throws SpiceException {@code SPICE(VALUEOUTOFRANGE)} for a negative tolerance
   */
  public boolean isRotation(double ntol, double dtol) {
    if (!(ntol >= 0.0) || !(dtol >= 0.0)) {
      throw MathErrors.error("isrot", "VALUEOUTOFRANGE", "Tolerances must be non-negative; they were " + ntol + " and "
          + dtol + ".");
    }
    return Rotations.isRotation(m, ntol, dtol);
  }

  /**
   * This rotation as a SPICE quaternion (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/m2q_c.html">m2q_c</a>); see
   * {@link Quaternion#fromMatrix}.
   *
   * @return the quaternion, scalar part non-negative
   * @throws SpiceException {@code SPICE(NOTAROTATION)} when this is not a rotation
   */
  public Quaternion toQuaternion() {
    return Quaternion.fromMatrix(this);
  }

  /**
   * This rotation as Euler angles (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/m2eul_c.html">m2eul_c</a>); see
   * {@link EulerAngles#fromMatrix}.
   *
   * @param axis3 axis of the leftmost factor, 1..3
   * @param axis2 axis of the middle factor, different from the two others
   * @param axis1 axis of the rightmost factor, 1..3
   * @return the angles
   * @throws SpiceException {@code SPICE(BADAXISNUMBERS)}, {@code SPICE(NOTAROTATION)}
   */
  public EulerAngles toEulerAngles(int axis3, int axis2, int axis1) {
    return EulerAngles.fromMatrix(this, axis3, axis2, axis1);
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
