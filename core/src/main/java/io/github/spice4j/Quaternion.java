package io.github.spice4j;

/**
 * A rotation as a SPICE-convention unit quaternion {@code q = (cos(theta/2), sin(theta/2) n)}, where the
 * matrix it stands for rotates vectors by {@code theta} radians, right-handed, about the unit axis {@code n}
 * (CSPICE's quaternion convention, see NAIF's
 * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/req/rotation.html">Rotation required reading</a>;
 * engineering "JPL/Shuster" quaternions have the opposite sign of the vector part).
 *
 * @param q0 scalar part
 * @param q1 vector part, x
 * @param q2 vector part, y
 * @param q3 vector part, z
 */
public record Quaternion(double q0, double q1, double q2, double q3) {
  /**
   * The quaternion of a rotation matrix (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/m2q_c.html">m2q_c</a>), with a
   * non-negative scalar part.
   *
   * @param r a rotation matrix
   * @return its unit quaternion
   * @throws SpiceException {@code SPICE(NOTAROTATION)} when a column's norm is more than 0.1 from 1 or the
   *     determinant is more than 0.1 from 1
   */
  public static Quaternion fromMatrix(Matrix3 r) {
    double[] m = r.toRowMajor();
    Rotations.requireRotation("m2q", m);
    double tr = m[0] + m[4] + m[8];
    // Four times the squares of the components; divide by the largest one for accuracy.
    double c0 = 1.0 + tr;
    double c1 = 1.0 - tr + 2.0 * m[0];
    double c2 = 1.0 - tr + 2.0 * m[4];
    double c3 = 1.0 - tr + 2.0 * m[8];
    double s21 = m[7] - m[5]; // 4 q0 q1
    double s02 = m[2] - m[6]; // 4 q0 q2
    double s10 = m[3] - m[1]; // 4 q0 q3
    double p01 = m[1] + m[3]; // 4 q1 q2
    double p02 = m[2] + m[6]; // 4 q1 q3
    double p12 = m[5] + m[7]; // 4 q2 q3
    double q0;
    double q1;
    double q2;
    double q3;
    if (c0 >= c1 && c0 >= c2 && c0 >= c3) {
      q0 = 0.5 * Math.sqrt(c0);
      double k = 0.25 / q0;
      q1 = s21 * k;
      q2 = s02 * k;
      q3 = s10 * k;
    } else if (c1 >= c2 && c1 >= c3) {
      q1 = 0.5 * Math.sqrt(c1);
      double k = 0.25 / q1;
      q0 = s21 * k;
      q2 = p01 * k;
      q3 = p02 * k;
    } else if (c2 >= c3) {
      q2 = 0.5 * Math.sqrt(c2);
      double k = 0.25 / q2;
      q0 = s02 * k;
      q1 = p01 * k;
      q3 = p12 * k;
    } else {
      q3 = 0.5 * Math.sqrt(c3);
      double k = 0.25 / q3;
      q0 = s10 * k;
      q1 = p02 * k;
      q2 = p12 * k;
    }
    if (q0 < 0.0) return new Quaternion(-q0, -q1, -q2, -q3);
    return new Quaternion(q0, q1, q2, q3);
  }

  /**
   * The rotation matrix of this quaternion (CSPICE
   * <a href="https://naif.jpl.nasa.gov/pub/naif/toolkit_docs/C/cspice/q2m_c.html">q2m_c</a>); a quaternion
   * of any non-zero length stands for the rotation of its unit quaternion, the zero quaternion for the
   * identity (as CSPICE documents).
   *
   * @return the rotation matrix
   */
  public Matrix3 toMatrix() {
    double l2 = q0 * q0 + q1 * q1 + q2 * q2 + q3 * q3;
    if (l2 == 0.0) return Matrix3.wrap(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    double k = 2.0 / l2;
    return Matrix3.wrap(new double[] {
        1.0 - k * (q2 * q2 + q3 * q3), k * (q1 * q2 - q0 * q3), k * (q1 * q3 + q0 * q2),
        k * (q1 * q2 + q0 * q3), 1.0 - k * (q1 * q1 + q3 * q3), k * (q2 * q3 - q0 * q1),
        k * (q1 * q3 - q0 * q2), k * (q2 * q3 + q0 * q1), 1.0 - k * (q1 * q1 + q2 * q2)});
  }

  /** The components as {@code double[4]} = {@code [q0, q1, q2, q3]}, CSPICE's order. */
  public double[] toArray() {
    return new double[] {q0, q1, q2, q3};
  }
}
