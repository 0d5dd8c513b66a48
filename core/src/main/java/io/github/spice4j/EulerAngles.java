package io.github.spice4j;

/**
 * A rotation as three Euler angles about coordinate axes, in CSPICE's convention: the matrix is
 * {@code [angle3]_axis3 * [angle2]_axis2 * [angle1]_axis1}, where {@code [theta]_i} is the frame rotation
 * of {@code rotate_c} (see NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/rotation.html">Rotation required reading</a>).
 * So for a J2000 to body-fixed matrix with axes 3-1-3, {@code angle3} is the prime meridian angle W.
 *
 * @param angle3 radians, about {@code axis3} (the leftmost factor)
 * @param angle2 radians, about {@code axis2}
 * @param angle1 radians, about {@code axis1} (the rightmost factor, applied to vectors first)
 * @param axis3 1 = X, 2 = Y, 3 = Z
 * @param axis2 1 = X, 2 = Y, 3 = Z
 * @param axis1 1 = X, 2 = Y, 3 = Z
 */
public record EulerAngles(double angle3, double angle2, double angle1, int axis3, int axis2, int axis1) {
  /**
   * Factors a rotation matrix into Euler angles (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/m2eul_c.html">m2eul_c</a>).
   * {@code angle3} and {@code angle1} are in (-pi, pi]; {@code angle2} is in [0, pi] when
   * {@code axis3 == axis1} and in [-pi/2, pi/2] otherwise. When the factorization is not unique (gimbal
   * lock: {@code angle2} is 0 or pi, resp. +-pi/2), {@code angle3} is 0, as CSPICE documents.
   *
   * @param r a rotation matrix
   * @param axis3 axis of the leftmost factor, 1..3
   * @param axis2 axis of the middle factor, 1..3, different from the two others
   * @param axis1 axis of the rightmost factor, 1..3
   * @return the angles
   * @throws SpiceException {@code SPICE(BADAXISNUMBERS)} for axes outside 1..3 or {@code axis2} equal to
   *     another axis; {@code SPICE(NOTAROTATION)} when {@code r} is not a rotation (column norms or
   *     determinant more than 0.1 from 1)
   */
  public static EulerAngles fromMatrix(Matrix3 r, int axis3, int axis2, int axis1) {
    return EulerMath.factor("m2eul", r.toRowMajor(), axis3, axis2, axis1);
  }

  /**
   * The rotation matrix {@code [angle3]_axis3 [angle2]_axis2 [angle1]_axis1} (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/eul2m_c.html">eul2m_c</a>).
   *
   * @return the matrix
   * @throws SpiceException {@code SPICE(BADAXISNUMBERS)} for axes outside 1..3
   */
  public Matrix3 toMatrix() {
    EulerMath.checkAxes("eul2m", axis3, axis2, axis1, false);
    return Matrix3.wrap(EulerMath.compose(angle3, angle2, angle1, axis3, axis2, axis1));
  }
}
